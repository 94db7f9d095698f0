-- International cooperation in criminal matters (cases module): extraditions, mutual legal assistance,
-- joint investigations, transfers of proceedings. direction is who asks: OUTGOING = Kazakhstan asks
-- another state; INCOMING = another state asks Kazakhstan.
create table cases_cooperation (
    id           bigint generated always as identity primary key,
    kind         varchar(30) not null,
    direction    varchar(10) not null check (direction in ('OUTGOING', 'INCOMING')),
    country      char(2)     not null,
    person_id    bigint,
    case_id      bigint      references cases_case (id),
    requested_on date        not null,
    status       varchar(12) not null,
    decided_on   date,
    executed_on  date,
    created_by   varchar(64) not null,
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    version      integer     not null default 0,
    constraint cases_cooperation_dates check ((decided_on is null or decided_on >= requested_on)
        and (executed_on is null or (decided_on is not null and executed_on >= decided_on)))
);
create index cases_cooperation_requested on cases_cooperation (requested_on desc);
create index cases_cooperation_executed on cases_cooperation (kind, executed_on) where executed_on is not null;
create index cases_cooperation_case on cases_cooperation (case_id) where case_id is not null;
