-- The workers screened at an inspection (inspections module): each a victim record of the victims module, made by the
-- screening form from the inspection's page (or an earlier record of the inspectorate linked to it), with the day and
-- the decision of its screening. A victim record comes from one inspection at most.
create table inspections_screening (
    inspection_id    bigint       not null references inspections_inspection (id),
    victim_id        bigint       not null references victims_victim (id),
    victim_reference varchar(12)  not null,
    screened_on      date         not null,
    decision         varchar(20)  not null check (decision in ('POSSIBLE', 'PRESUMED', 'NOT_A_VICTIM')),
    recorded_by      varchar(64)  not null,
    recorded_at      timestamptz  not null,
    primary key (inspection_id, victim_id)
);
create unique index inspections_screening_victim on inspections_screening (victim_id);
