-- Money allocated to a shelter for a year, by source, in KZT with the rate used to state it in USD (shelters
-- module). Never updated: a correction is a new row naming the row it replaces (corrects_id), which then no longer
-- counts; a row is replaced once at most.
create table shelters_allocation (
    id              bigint generated always as identity primary key,
    shelter_id      bigint        not null references shelters_shelter (id),
    year            integer       not null check (year between 1991 and 2100),
    source          varchar(30)   not null check (source in ('REPUBLICAN_BUDGET', 'LOCAL_BUDGET', 'STATE_SOCIAL_ORDER',
                                                             'INTERNATIONAL_DONOR', 'OWN_FUNDS', 'PRIVATE_DONATIONS')),
    contract_number varchar(50),
    amount_kzt      bigint        not null check (amount_kzt >= 0),
    kzt_per_usd     numeric(12,4) not null check (kzt_per_usd > 0),
    document        varchar(100)  not null,
    corrects_id     bigint references shelters_allocation (id),
    recorded_by     varchar(64)   not null,
    recorded_at     timestamptz   not null,
    constraint shelters_allocation_contract check (source <> 'STATE_SOCIAL_ORDER' or contract_number is not null)
);
create index shelters_allocation_shelter on shelters_allocation (shelter_id, year);
create unique index shelters_allocation_corrects on shelters_allocation (corrects_id) where corrects_id is not null;
