-- Labour inspections (inspections module): who inspected which employer where, how the inspection came about, the
-- workers checked, the contracting chain, the violations and the forced-labour indicators observed for a group of
-- workers. No worker is named here: a person is screened through the victims module.
create table inspections_inspection (
    id                   bigint generated always as identity primary key,
    reference            varchar(12)   not null check (reference ~ '^L-[2-9A-HJKMNP-Z]{8}$'),
    organisation_id      bigint        not null references organisations_organisation (id),
    inspectors           varchar(300)  not null,
    started_on           date          not null,
    ended_on             date          not null,
    employer_bin         varchar(12)   check (employer_bin ~ '^[0-9]{12}$'),
    employer_name        varchar(300)  not null,
    site                 varchar(20)   not null check (site in ('FARM', 'CONSTRUCTION_SITE', 'FACTORY', 'MARKET',
                                                               'DOMESTIC_HOUSEHOLD', 'HOSPITALITY', 'OTHER')),
    isic_section         varchar(1)    check (isic_section ~ '^[A-U]$'),
    region               varchar(5)    not null check (region ~ '^KZ-[0-9]{2}$'),
    district             varchar(200),
    settlement           varchar(200),
    remote               boolean       not null,
    announced            boolean       not null,
    trigger              varchar(20)   not null check (trigger in ('PLAN', 'COMPLAINT', 'HOTLINE_TIP', 'POLICE_REQUEST',
                                                                  'JOINT_OPERATION', 'MOBILE_TEAM', 'OWN_INITIATIVE')),
    moratorium           boolean       not null,
    moratorium_exemption varchar(300),
    participants         varchar(20)[] not null default '{}',
    workers              integer       not null check (workers >= 0),
    workers_women        integer       not null check (workers_women >= 0),
    workers_men          integer       not null check (workers_men >= 0),
    workers_children     integer       not null check (workers_children >= 0),
    workers_foreign      integer       not null check (workers_foreign >= 0),
    violations           varchar(30)[] not null default '{}',
    ilo_indicators       varchar(40)[] not null default '{}',
    client_id            uuid,
    recorded_by          varchar(64)   not null,
    recorded_at          timestamptz   not null,
    version              integer       not null default 0,
    constraint inspections_inspection_period check (ended_on >= started_on),
    constraint inspections_inspection_workers check (workers_women + workers_men <= workers
        and workers_children <= workers and workers_foreign <= workers),
    constraint inspections_inspection_exemption check (moratorium or moratorium_exemption is null)
);
create unique index inspections_inspection_reference on inspections_inspection (reference);
-- a form sent twice (a retried submission, a phone back online) is one inspection
create unique index inspections_inspection_client on inspections_inspection (organisation_id, client_id);
create index inspections_inspection_organisation on inspections_inspection (organisation_id, started_on);
create index inspections_inspection_region on inspections_inspection (region, started_on);
create index inspections_inspection_bin on inspections_inspection (employer_bin);

-- The foreign workers checked, by citizenship (ISO 3166-1 alpha-2; XX where not established).
create table inspections_foreign_workers (
    inspection_id bigint     not null references inspections_inspection (id),
    citizenship   varchar(2) not null check (citizenship ~ '^[A-Z]{2}$'),
    workers       integer    not null check (workers > 0),
    primary key (inspection_id, citizenship)
);

-- The contracting chain, from the main contractor down to the intermediary who brought the workers.
create table inspections_contractor (
    inspection_id bigint       not null references inspections_inspection (id),
    seq           integer      not null,
    role          varchar(20)  not null check (role in ('MAIN_CONTRACTOR', 'SUBCONTRACTOR', 'INTERMEDIARY')),
    name          varchar(300),
    bin           varchar(12)  check (bin ~ '^[0-9]{12}$'),
    informal      boolean      not null,
    primary key (inspection_id, seq),
    constraint inspections_contractor_named check (name is not null or bin is not null or informal)
);

-- An inspection's notification to the police: the unit notified, when, the deadline for an answer (working days),
-- and the answer: registered in ERDR (the criminal case) or refused with a reason. Unanswered past its deadline, it
-- is overdue.
create table inspections_notification (
    id              bigint generated always as identity primary key,
    inspection_id   bigint       not null references inspections_inspection (id),
    police_unit_id  bigint       not null references organisations_organisation (id),
    notified_by     varchar(64)  not null,
    notified_at     timestamptz  not null,
    due_at          timestamptz  not null,
    answer          varchar(10)  check (answer in ('REGISTERED', 'REFUSED')),
    case_id         bigint       references cases_case (id),
    refusal_reason  varchar(1000),
    answered_by     varchar(64),
    answered_at     timestamptz,
    version         integer      not null default 0,
    constraint inspections_notification_due check (due_at > notified_at),
    constraint inspections_notification_answer check (
        (answer is null and case_id is null and refusal_reason is null and answered_by is null and answered_at is null)
        or (answer = 'REGISTERED' and case_id is not null and refusal_reason is null and answered_by is not null
            and answered_at is not null)
        or (answer = 'REFUSED' and case_id is null and refusal_reason is not null and answered_by is not null
            and answered_at is not null))
);
create unique index inspections_notification_inspection on inspections_notification (inspection_id);
create index inspections_notification_unit on inspections_notification (police_unit_id, answer);
create index inspections_notification_case on inspections_notification (case_id);
