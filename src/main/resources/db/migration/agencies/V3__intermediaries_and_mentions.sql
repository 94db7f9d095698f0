-- Informal intermediaries (agencies module): persons or companies reported as recruiting without a licence. One row
-- per intermediary, whoever reported it: a company by its BIN where known, otherwise by its normalised name, kept as
-- a keyed blind index (HMAC) so that the database never holds a person's name in clear; the name itself is sealed
-- (Tink AEAD, context "agencies.intermediary"). Each report names its source: a complaint against an agency, or an
-- inspection, a criminal case or a hotline call by the reference people quote.
create table agencies_intermediary (
    id           bigint generated always as identity primary key,
    reference    varchar(12)  not null check (reference ~ '^N-[2-9A-HJKMNP-Z]{8}$'),
    kind         varchar(8)   not null check (kind in ('PERSON', 'COMPANY')),
    bin          char(12)     check (bin ~ '^[0-9]{12}$'),
    name_key     varchar(128) not null,
    name         bytea        not null,
    recorded_at  timestamptz  not null,
    version      integer      not null default 0,
    constraint agencies_intermediary_bin check (bin is null or kind = 'COMPANY')
);
create unique index agencies_intermediary_reference on agencies_intermediary (reference);
create unique index agencies_intermediary_bin_unique on agencies_intermediary (bin);
create unique index agencies_intermediary_name_unique on agencies_intermediary (kind, name_key) where bin is null;
create index agencies_intermediary_name on agencies_intermediary (name_key);

create table agencies_intermediary_report (
    id               bigint generated always as identity primary key,
    intermediary_id  bigint       not null references agencies_intermediary (id),
    organisation_id  bigint       not null references organisations_organisation (id),
    reported_on      date         not null,
    source           varchar(12)  not null check (source in ('COMPLAINT', 'INSPECTION', 'CASE', 'CALL')),
    complaint_id     bigint       references agencies_complaint (id),
    source_reference varchar(40),
    activities       varchar(24)[] not null check (cardinality(activities) > 0
                                                   and activities <@ array['JOBS_ABROAD', 'JOBS_IN_KAZAKHSTAN',
                                                       'MIGRATION_REGISTRATION', 'DOCUMENTS', 'TRANSPORT']::varchar[]),
    region           varchar(5)   check (region ~ '^KZ-[0-9]{2}$'),
    recorded_by      varchar(64)  not null,
    recorded_at      timestamptz  not null,
    constraint agencies_intermediary_report_source check ((source = 'COMPLAINT') = (complaint_id is not null)
                                                          and (source = 'COMPLAINT') = (source_reference is null))
);
create index agencies_intermediary_report_of on agencies_intermediary_report (intermediary_id, reported_on);

-- A case, an inspection or a hotline call that names a registered agency (a police referral's case among them), by
-- the reference people quote. Shown on the agency's page only to those who may open the record it names.
create table agencies_mention (
    id               bigint generated always as identity primary key,
    agency_id        bigint       not null references agencies_agency (id),
    kind             varchar(12)  not null check (kind in ('INSPECTION', 'CASE', 'CALL')),
    reference        varchar(40)  not null,
    sanction_id      bigint       references agencies_sanction (id),
    organisation_id  bigint       not null references organisations_organisation (id),
    recorded_by      varchar(64)  not null,
    recorded_at      timestamptz  not null,
    unique (agency_id, reference)
);
