-- Special police operations (cases module), e.g. "STOP-Traffic 2022, stage 2".
create table cases_operation (
    id                      bigint generated always as identity primary key,
    name                    varchar(200) not null,
    started_on              date         not null,
    ended_on                date,
    persons_interviewed     integer      not null default 0 check (persons_interviewed >= 0),
    potential_victims_found integer      not null default 0 check (potential_victims_found >= 0),
    created_by              varchar(64)  not null,
    created_at              timestamptz  not null,
    updated_at              timestamptz  not null,
    version                 integer      not null default 0,
    constraint cases_operation_dates check (ended_on is null or ended_on >= started_on)
);
create index cases_operation_started on cases_operation (started_on desc);

create table cases_operation_region (
    operation_id bigint     not null references cases_operation (id) on delete cascade,
    region_code  varchar(6) not null,
    primary key (operation_id, region_code)
);

create table cases_operation_partner (
    operation_id    bigint not null references cases_operation (id) on delete cascade,
    organisation_id bigint not null references organisations_organisation (id),
    primary key (operation_id, organisation_id)
);

create table cases_operation_venue (
    operation_id bigint      not null references cases_operation (id) on delete cascade,
    venue        varchar(40) not null,
    primary key (operation_id, venue)
);

create table cases_operation_case (
    operation_id bigint not null references cases_operation (id) on delete cascade,
    case_id      bigint not null references cases_case (id),
    primary key (operation_id, case_id)
);
create index cases_operation_case_case on cases_operation_case (case_id);
