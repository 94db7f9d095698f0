-- Yearly figures (prevention module) that no record yields, entered by ministry staff into defined data elements:
-- a value of a year, of the whole country or of a region, a sex and an age group ('' where the element has none),
-- with the document it comes from. Each entry is a revision of its cell; a second person approves it, after which it
-- is locked (no column of an approved row changes: there is no update path); a correction is the next revision, with
-- its reason. The latest approved revision counts (statistics_figure).
create table prevention_figure (
    id              bigint generated always as identity primary key,
    element         varchar(24)  not null check (element in ('POLICE_OFFICERS', 'POPULATION')),
    year            integer      not null check (year between 1991 and 2100),
    region          varchar(5)   not null default '' check (region = '' or region ~ '^KZ-[0-9]{2}$'),
    sex             varchar(6)   not null default '' check (sex in ('', 'FEMALE', 'MALE')),
    age             varchar(6)   not null default '' check (age in ('', 'CHILD', 'ADULT')),
    revision        integer      not null check (revision >= 1),
    value           bigint       not null check (value >= 0),
    document        varchar(300) not null,
    reason          varchar(300),
    entered_by      varchar(64)  not null,
    entered_at      timestamptz  not null,
    approved_by     varchar(64),
    approved_at     timestamptz,
    unique (element, year, region, sex, age, revision),
    constraint prevention_figure_reason check (revision = 1 or reason is not null),
    constraint prevention_figure_approval check ((approved_by is null) = (approved_at is null)
                                                 and (approved_by is null or approved_by <> entered_by))
);
-- one entry awaiting approval per cell at a time
create unique index prevention_figure_pending on prevention_figure (element, year, region, sex, age)
    where approved_by is null;
