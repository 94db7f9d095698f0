-- Complaints against agencies (agencies module): who brought it (a worker, the hotline, an inspection, an NGO, a
-- consulate, other), when, what was alleged, and the licensing authority's outcome. What was told is sealed (Tink
-- AEAD under the complaint's id context): it may name the worker. Only the recording organisation and the licensing
-- authority of the agency's region read it; the public never sees a complaint.
create table agencies_complaint (
    id               bigint generated always as identity primary key,
    agency_id        bigint       not null references agencies_agency (id),
    organisation_id  bigint       not null references organisations_organisation (id),
    received_on      date         not null,
    source           varchar(12)  not null check (source in ('WORKER', 'HOTLINE', 'INSPECTION', 'NGO', 'CONSULATE',
                                                             'OTHER')),
    allegations      varchar(24)[] not null check (cardinality(allegations) > 0
                                                   and allegations <@ array['FEES_CHARGED', 'JOB_DECEPTION',
                                                       'DOCUMENTS_RETAINED', 'NO_CONTRACT',
                                                       'TRAFFICKING_INDICATORS']::varchar[]),
    account          bytea,
    outcome          varchar(20)  check (outcome in ('UNFOUNDED', 'SANCTIONED', 'REFERRED_TO_POLICE', 'WITHDRAWN')),
    outcome_on       date,
    sanction_id      bigint       references agencies_sanction (id),
    recorded_by      varchar(64)  not null,
    recorded_at      timestamptz  not null,
    decided_by       varchar(64),
    version          integer      not null default 0,
    constraint agencies_complaint_outcome check ((outcome is null) = (outcome_on is null)),
    constraint agencies_complaint_sanction check (sanction_id is null or outcome = 'SANCTIONED')
);
create index agencies_complaint_agency on agencies_complaint (agency_id, received_on);
