-- Victim records (victims module): one person (or nobody named, on the anonymous route) in one trafficking
-- situation. Statistics count from the dated rows of victims_status ("victims whose status first became
-- presumed or confirmed in P", DESIGN.md §4); status and first_identified_on on the record are derived
-- from them for lists and filters only. Free texts that may name people are sealed (Tink AEAD, bytea).
-- person_id refers to the person registry (persons module); organisation ids to organisations.
create table victims_victim (
    id                            bigint generated always as identity primary key,
    reference                     varchar(12) not null check (reference ~ '^V-[2-9A-HJKMNP-Z]{8}$'),
    person_id                     bigint,
    registered_by                 varchar(64) not null,
    registered_by_organisation_id bigint      not null references organisations_organisation (id),
    owner_organisation_id         bigint      not null references organisations_organisation (id),
    region_code                   varchar(6),
    identified_on                 date        not null,
    status                        varchar(20) not null
        check (status in ('POSSIBLE', 'PRESUMED', 'CONFIRMED', 'NOT_A_VICTIM')),
    first_identified_on           date,
    -- the statistical profile at identification, kept on the record so that anonymous records count too
    sex                           varchar(10) not null check (sex in ('FEMALE', 'MALE', 'OTHER', 'UNKNOWN')),
    age_at_identification         smallint check (age_at_identification between 0 and 120),
    child                         boolean     not null default false,
    age_when_trafficked           smallint check (age_when_trafficked between 0 and 120),
    forced_labour_sector          char(1),
    recruiter_relationship        varchar(20),
    recruitment_place             bytea,
    narrative                     bytea,
    reflection_starts_on          date,
    reflection_ends_on            date,
    reflection_extended           boolean     not null default false,
    created_at                    timestamptz not null,
    updated_at                    timestamptz not null,
    version                       integer     not null default 0,
    constraint victims_victim_reflection check (reflection_ends_on is null or reflection_ends_on > reflection_starts_on)
);
create unique index victims_victim_reference on victims_victim (reference);
create index victims_victim_person on victims_victim (person_id) where person_id is not null;
create index victims_victim_registered_by on victims_victim (registered_by_organisation_id, identified_on desc);
create index victims_victim_owner on victims_victim (owner_organisation_id, identified_on desc);
create index victims_victim_identified on victims_victim (identified_on desc, id desc);
create index victims_victim_reflection_ends on victims_victim (reflection_ends_on) where reflection_ends_on is not null;

create table victims_form (
    victim_id bigint      not null references victims_victim (id) on delete cascade,
    form      varchar(40) not null,
    primary key (victim_id, form)
);
create index victims_form_form on victims_form (form, victim_id);

create table victims_country (
    victim_id    bigint      not null references victims_victim (id) on delete cascade,
    role         varchar(20) not null check (role in ('CITIZENSHIP', 'RECRUITMENT', 'TRANSIT', 'EXPLOITATION')),
    country_code char(2)     not null check (country_code ~ '^[A-Z]{2}$'),
    primary key (victim_id, role, country_code)
);
create index victims_country_code on victims_country (role, country_code);

-- Multi-select HTCDS fields: kind is the vocabulary (SexExploitationType, RecruitmentMethod, OnlinePlatform,
-- ControlMethod, Vulnerability), code its value.
create table victims_trait (
    victim_id bigint      not null references victims_victim (id) on delete cascade,
    kind      varchar(40) not null,
    code      varchar(60) not null,
    primary key (victim_id, kind, code)
);
create index victims_trait_code on victims_trait (kind, code);

-- The dated status history. seq is the order of recording; decided_on the date of the decision.
create table victims_status (
    victim_id                bigint      not null references victims_victim (id) on delete cascade,
    seq                      integer     not null,
    status                   varchar(20) not null
        check (status in ('POSSIBLE', 'PRESUMED', 'CONFIRMED', 'NOT_A_VICTIM')),
    decided_on               date        not null,
    deciding_organisation_id bigint      not null references organisations_organisation (id),
    deciding_type            varchar(40) not null,
    reason                   bytea,
    screening_number         integer,
    recorded_by              varchar(64) not null,
    recorded_at              timestamptz not null,
    primary key (victim_id, seq)
);
create index victims_status_identified on victims_status (decided_on) where status in ('PRESUMED', 'CONFIRMED');

create table victims_consent (
    victim_id       bigint      not null references victims_victim (id) on delete cascade,
    seq             integer     not null,
    scope           varchar(20) not null check (scope in ('PROCESSING', 'REFERRAL', 'LAW_ENFORCEMENT')),
    decision        varchar(10) not null check (decision in ('GIVEN', 'REFUSED', 'WITHDRAWN')),
    decided_on      date        not null,
    recorded_by     varchar(64) not null,
    organisation_id bigint      not null references organisations_organisation (id),
    recorded_at     timestamptz not null,
    primary key (victim_id, seq)
);

create table victims_right (
    victim_id       bigint      not null references victims_victim (id) on delete cascade,
    seq             integer     not null,
    right_code      varchar(40) not null,
    informed_on     date        not null,
    informed_by     varchar(64) not null,
    organisation_id bigint      not null references organisations_organisation (id),
    recorded_at     timestamptz not null,
    primary key (victim_id, seq)
);

create table victims_permit (
    victim_id   bigint      not null references victims_victim (id) on delete cascade,
    seq         integer     not null,
    kind        varchar(30) not null check (kind in ('TEMPORARY_RESIDENCE', 'WORK')),
    applied_on  date        not null,
    outcome     varchar(10) check (outcome in ('GRANTED', 'REFUSED')),
    decided_on  date,
    valid_until date,
    recorded_by varchar(64) not null,
    primary key (victim_id, seq)
);
create index victims_permit_valid_until on victims_permit (valid_until) where outcome = 'GRANTED';

create table victims_non_punishment (
    victim_id       bigint      not null references victims_victim (id) on delete cascade,
    seq             integer     not null,
    screened_on     date        not null,
    context         varchar(40) not null,
    offence         varchar(30) not null,
    result          varchar(30) not null,
    recorded_by     varchar(64) not null,
    organisation_id bigint      not null references organisations_organisation (id),
    primary key (victim_id, seq)
);

-- case_id refers to a criminal case (cases module).
create table victims_interview (
    victim_id             bigint      not null references victims_victim (id) on delete cascade,
    seq                   integer     not null,
    interviewed_on        date        not null,
    case_id               bigint,
    place                 varchar(20) not null,
    video_recorded        boolean     not null,
    social_worker_present boolean     not null,
    recorded_by           varchar(64) not null,
    primary key (victim_id, seq)
);

create table victims_protection (
    victim_id   bigint      not null references victims_victim (id) on delete cascade,
    seq         integer     not null,
    case_id     bigint,
    starts_on   date        not null,
    ends_on     date,
    cost_kzt    bigint      not null check (cost_kzt >= 0),
    recorded_by varchar(64) not null,
    primary key (victim_id, seq),
    constraint victims_protection_period check (ends_on is null or ends_on >= starts_on)
);

create table victims_compensation (
    victim_id   bigint      not null references victims_victim (id) on delete cascade,
    seq         integer     not null,
    route       varchar(40) not null,
    case_id     bigint,
    filed_on    date        not null,
    claimed_kzt bigint      not null check (claimed_kzt > 0),
    awarded_on  date,
    awarded_kzt bigint check (awarded_kzt >= 0),
    paid_on     date,
    paid_kzt    bigint check (paid_kzt > 0),
    recorded_by varchar(64) not null,
    primary key (victim_id, seq)
);

-- Screenings by first responders; the suggestion is the rule's result as it was shown at the time.
create table victims_screening (
    id              bigint generated always as identity primary key,
    victim_id       bigint      not null references victims_victim (id) on delete cascade,
    number          integer     not null,
    screened_on     date        not null,
    context         varchar(30) not null,
    child           boolean     not null,
    exploitation    varchar(10) not null check (exploitation in ('LABOUR', 'SEXUAL')),
    suggestion      varchar(20) not null check (suggestion in ('POSITIVE', 'NEGATIVE', 'UNDETERMINED')),
    decision        varchar(20) not null,
    reason          bytea       not null,
    organisation_id bigint      not null references organisations_organisation (id),
    screened_by     varchar(64) not null,
    recorded_at     timestamptz not null,
    constraint victims_screening_number unique (victim_id, number)
);
create index victims_screening_date on victims_screening (screened_on);

create table victims_screening_answer (
    screening_id bigint      not null references victims_screening (id) on delete cascade,
    list         varchar(10) not null check (list in ('ILO', 'DELPHI')),
    indicator    varchar(60) not null,
    answer       varchar(10) not null check (answer in ('PRESENT', 'ABSENT', 'UNKNOWN')),
    primary key (screening_id, list, indicator)
);
