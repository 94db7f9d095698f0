-- The register of shelters and crisis centres (shelters module). The address is sealed (Tink AEAD under the
-- shelter's reference): only the operator's staff and administrators read it, never a list, export or statistic.
create table shelters_shelter (
    id              bigint generated always as identity primary key,
    reference       varchar(12)  not null check (reference ~ '^H-[2-9A-HJKMNP-Z]{8}$'),
    organisation_id bigint       not null references organisations_organisation (id),
    name            varchar(200) not null,
    kind            varchar(20)  not null check (kind in ('SHELTER', 'CRISIS_CENTRE')),
    region          varchar(5)   not null check (region ~ '^KZ-[0-9]{2}$'),
    district        varchar(200),
    settlement      varchar(10)  not null check (settlement in ('URBAN', 'RURAL')),
    address         bytea        not null,
    services        varchar(20)[] not null default '{}',
    languages       varchar(2)[]  not null default '{}',
    accessible      boolean      not null,
    opened_on       date         not null,
    closed_on       date,
    registered_by   varchar(64)  not null,
    registered_at   timestamptz  not null,
    version         integer      not null default 0,
    constraint shelters_shelter_period check (closed_on is null or closed_on >= opened_on)
);
create unique index shelters_shelter_reference on shelters_shelter (reference);
create index shelters_shelter_organisation on shelters_shelter (organisation_id);
create index shelters_shelter_region on shelters_shelter (region);

-- Beds by client group, changed from a date on: appended, never rewritten, so that a past night is measured
-- against the beds of that night.
create table shelters_capacity (
    shelter_id     bigint      not null references shelters_shelter (id),
    seq            integer     not null,
    effective_from date        not null,
    bed_group      varchar(10) not null check (bed_group in ('WOMEN', 'MEN', 'CHILDREN', 'FAMILIES')),
    beds           integer     not null check (beds >= 0),
    recorded_by    varchar(64) not null,
    recorded_at    timestamptz not null,
    primary key (shelter_id, seq)
);

-- A victim's stay: a shelter service episode of the referrals module (which holds its dates and cost), the bed
-- group, the overflow reason of an admission beyond capacity, the discharge and the special social services period.
create table shelters_stay (
    id                   bigint generated always as identity primary key,
    shelter_id           bigint      not null references shelters_shelter (id),
    victim_id            bigint      not null,
    episode_id           bigint      not null references referrals_service_episode (id),
    bed_group            varchar(10) not null check (bed_group in ('WOMEN', 'MEN', 'CHILDREN', 'FAMILIES')),
    unaccompanied_child  boolean     not null,
    overflow_reason      varchar(30) check (overflow_reason in ('NO_OTHER_SHELTER_NEARBY', 'EMERGENCY_NIGHT',
                                                                'KEEPING_FAMILY_TOGETHER', 'OTHER')),
    discharge_reason     varchar(30) check (discharge_reason in ('SERVICES_COMPLETED', 'RETURNED_HOME', 'REPATRIATED',
                                                                 'LEFT_ON_OWN_DECISION', 'MOVED_TO_ANOTHER_SHELTER',
                                                                 'OTHER')),
    period_extended_on   date,
    admitted_by          varchar(64) not null,
    discharged_by        varchar(64),
    extended_by          varchar(64),
    recorded_at          timestamptz not null,
    version              integer     not null default 0,
    constraint shelters_stay_child_bed check (not unaccompanied_child or bed_group = 'CHILDREN'),
    constraint shelters_stay_discharged_by check ((discharge_reason is null) = (discharged_by is null))
);
create unique index shelters_stay_episode on shelters_stay (episode_id);
create index shelters_stay_shelter on shelters_stay (shelter_id);
-- a victim stays in one shelter at a time
create unique index shelters_stay_current on shelters_stay (victim_id) where discharge_reason is null;
