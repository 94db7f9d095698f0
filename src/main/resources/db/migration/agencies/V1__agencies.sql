-- The register of private employment agencies (agencies module). An agency's data are public (a BIN, names, a legal
-- address, a licence), as the state registers show them; no person's data are kept here.
create table agencies_agency (
    id                  bigint generated always as identity primary key,
    reference           varchar(12)  not null check (reference ~ '^A-[2-9A-HJKMNP-Z]{8}$'),
    bin                 varchar(12)  not null check (bin ~ '^[0-9]{12}$'),
    name_ru             varchar(300) not null,
    name_kk             varchar(300),
    name_en             varchar(300),
    legal_address       varchar(500) not null,
    region              varchar(5)   not null check (region ~ '^KZ-[0-9]{2}$'),
    licence_number      varchar(50)  not null,
    licence_issued_on   date         not null,
    licence_expires_on  date,
    placements          varchar(20)[] not null check (cardinality(placements) > 0
                                                      and placements <@ array['WITHIN_KAZAKHSTAN', 'ABROAD',
                                                                              'FOREIGN_WORKERS_IN']::varchar[]),
    countries           varchar(2)[]  not null default '{}',
    registered_by       varchar(64)  not null,
    registered_at       timestamptz  not null,
    version             integer      not null default 0,
    constraint agencies_agency_licence check (licence_expires_on is null or licence_expires_on > licence_issued_on)
);
create unique index agencies_agency_reference on agencies_agency (reference);
create unique index agencies_agency_bin on agencies_agency (bin);
create index agencies_agency_name on agencies_agency (lower(name_ru));

-- The licensing authority's decisions on a licence, appended in the order of their days, never rewritten: the
-- status on a past day follows from those dated up to it.
create table agencies_decision (
    agency_id    bigint       not null references agencies_agency (id),
    seq          integer      not null,
    kind         varchar(12)  not null check (kind in ('SUSPENDED', 'REINSTATED', 'REVOKED', 'RENEWED')),
    decided_on   date         not null,
    expires_on   date,
    body         varchar(300) not null,
    document     varchar(300) not null,
    recorded_by  varchar(64)  not null,
    recorded_at  timestamptz  not null,
    primary key (agency_id, seq),
    constraint agencies_decision_expiry check ((kind = 'RENEWED') = (expires_on is not null))
);

-- Sanctions of agencies' violations. A suspension or revocation is also a decision on the licence (decision_seq).
create table agencies_sanction (
    id            bigint generated always as identity primary key,
    agency_id     bigint       not null references agencies_agency (id),
    kind          varchar(16)  not null check (kind in ('WARNING', 'FINE', 'SUSPENSION', 'REVOCATION',
                                                         'POLICE_REFERRAL')),
    decided_on    date         not null,
    body          varchar(300) not null,
    document      varchar(300) not null,
    fine_kzt      bigint       check (fine_kzt > 0),
    violation     varchar(300) not null,
    decision_seq  integer,
    recorded_by   varchar(64)  not null,
    recorded_at   timestamptz  not null,
    constraint agencies_sanction_fine check ((kind = 'FINE') = (fine_kzt is not null)),
    constraint agencies_sanction_decision check ((kind in ('SUSPENSION', 'REVOCATION')) = (decision_seq is not null)),
    foreign key (agency_id, decision_seq) references agencies_decision (agency_id, seq)
);
create index agencies_sanction_agency on agencies_sanction (agency_id, decided_on);
