-- The National Action Plan (prevention module): plans of several years (2021-2023, 2024-2026), their items (number,
-- text in Russian, Kazakh and English, responsible and co-responsible bodies, deadline, indicator and target) and the
-- items' progress reports, one per item and year reported on, each with its state: in progress, done (with its
-- evidence) or dropped (with its reason). An item's status is its last report's state, or late once its deadline has
-- passed without its being done or dropped; it is computed, never stored.
create table prevention_plan (
    id          bigint generated always as identity primary key,
    title_ru    varchar(300) not null,
    title_kk    varchar(300),
    title_en    varchar(300),
    first_year  integer      not null check (first_year between 1991 and 2100),
    last_year   integer      not null check (last_year between 1991 and 2100),
    recorded_by varchar(64)  not null,
    recorded_at timestamptz  not null,
    check (last_year >= first_year),
    unique (first_year, last_year)
);

create table prevention_plan_item (
    id             bigint generated always as identity primary key,
    plan_id        bigint        not null references prevention_plan (id),
    number         varchar(20)   not null,
    text_ru        varchar(2000) not null,
    text_kk        varchar(2000) not null,
    text_en        varchar(2000) not null,
    responsible    varchar(300)  not null,
    co_responsible varchar(1000),
    deadline       date          not null,
    indicator      varchar(1000) not null,
    target         varchar(300)  not null,
    recorded_by    varchar(64)   not null,
    recorded_at    timestamptz   not null,
    unique (plan_id, number)
);

create table prevention_plan_report (
    id          bigint generated always as identity primary key,
    item_id     bigint        not null references prevention_plan_item (id),
    period      integer       not null check (period between 1991 and 2100),
    state       varchar(12)   not null check (state in ('IN_PROGRESS', 'DONE', 'DROPPED')),
    progress    varchar(4000) not null,
    evidence    varchar(2000),
    reason      varchar(1000),
    reported_on date          not null,
    recorded_by varchar(64)   not null,
    recorded_at timestamptz   not null,
    unique (item_id, period),
    constraint prevention_plan_report_done check (state <> 'DONE' or evidence is not null),
    constraint prevention_plan_report_dropped check (state <> 'DROPPED' or reason is not null)
);
