-- Removal proceedings of foreign nationals (inspections module): the migration service's decision to expel or deport
-- a person of the registry, the person's trafficking screening before removal (the victim record it made, with its
-- decision) or why it could not be done, and the execution. A screening that found a possible or presumed victim
-- stops the removal; a removal is executed only after a screening that did not, or a reason recorded.
create table inspections_removal (
    id                  bigint generated always as identity primary key,
    reference           varchar(12)  not null check (reference ~ '^D-[2-9A-HJKMNP-Z]{8}$'),
    organisation_id     bigint       not null references organisations_organisation (id),
    region              varchar(5)   not null check (region ~ '^KZ-[0-9]{2}$'),
    person_id           bigint       not null references persons_person (id),
    citizenship         varchar(2)   not null check (citizenship ~ '^[A-Z]{2}$' and citizenship <> 'KZ'),
    kind                varchar(12)  not null check (kind in ('EXPULSION', 'DEPORTATION')),
    decision_number     varchar(60),
    decided_on          date         not null,
    status              varchar(10)  not null check (status in ('PENDING', 'STOPPED', 'EXECUTED')),
    victim_id           bigint       references victims_victim (id),
    victim_reference    varchar(12),
    screened_on         date,
    screening_decision  varchar(20)  check (screening_decision in ('POSSIBLE', 'PRESUMED', 'NOT_A_VICTIM')),
    no_screening_reason varchar(20)  check (no_screening_reason in ('PERSON_REFUSED', 'NO_INTERPRETER', 'ABSCONDED',
                                                                    'HEALTH', 'OTHER')),
    no_screening_on     date,
    stopped_on          date,
    executed_on         date,
    recorded_by         varchar(64)  not null,
    recorded_at         timestamptz  not null,
    version             integer      not null default 0,
    constraint inspections_removal_screening check ((victim_id is null) = (screened_on is null)
        and (victim_id is null) = (screening_decision is null)),
    constraint inspections_removal_no_screening check ((no_screening_reason is null) = (no_screening_on is null)),
    constraint inspections_removal_stopped check ((status = 'STOPPED') = (stopped_on is not null)),
    constraint inspections_removal_executed check ((status = 'EXECUTED') = (executed_on is not null)
        and (status <> 'EXECUTED' or victim_id is not null or no_screening_reason is not null))
);
create unique index inspections_removal_reference on inspections_removal (reference);
create index inspections_removal_organisation on inspections_removal (organisation_id, decided_on);
