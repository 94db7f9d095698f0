-- Awareness campaigns (prevention module): audiences, channels, languages and regions (none: national), their period,
-- the reach as the organiser reported it and how it was measured, and the budget in tenge with its source; and the
-- legislation and policy milestones (a law signed, an amendment, an order, a policy adopted), dated, titled in Russian
-- and, if given, Kazakh and English, shown in chronological order in the annual report.
create table prevention_campaign (
    id           bigint generated always as identity primary key,
    title        varchar(300)  not null,
    organiser    varchar(300)  not null,
    audiences    varchar(24)[] not null check (cardinality(audiences) > 0 and audiences <@ array['CHILDREN',
                     'MIGRANTS', 'CITIZENS_GOING_ABROAD', 'EMPLOYERS', 'GENERAL_PUBLIC']::varchar(24)[]),
    channels     varchar(16)[] not null check (cardinality(channels) > 0 and channels <@ array['TELEVISION', 'RADIO',
                     'PRINT', 'SOCIAL_MEDIA', 'WEBSITE', 'OUTDOOR', 'EVENTS', 'MESSENGERS']::varchar(16)[]),
    languages    varchar(2)[]  not null check (cardinality(languages) > 0 and languages <@ array['kk', 'ru', 'en', 'ky',
                     'uz', 'tg']::varchar(2)[]),
    regions      varchar(5)[]  not null default '{}',
    starts_on    date          not null,
    ends_on      date          not null,
    reach        bigint        check (reach >= 0),
    reach_method varchar(300),
    budget_kzt   bigint        check (budget_kzt >= 0),
    budget_source varchar(16)  check (budget_source in ('STATE', 'LOCAL', 'INTERNATIONAL', 'NGO', 'PRIVATE')),
    recorded_by  varchar(64)   not null,
    recorded_at  timestamptz   not null,
    check (ends_on >= starts_on),
    constraint prevention_campaign_reach check ((reach is null) = (reach_method is null)),
    constraint prevention_campaign_budget check ((budget_kzt is null) = (budget_source is null))
);
create index prevention_campaign_period on prevention_campaign (starts_on, ends_on);

create table prevention_milestone (
    id          bigint generated always as identity primary key,
    dated_on    date         not null,
    kind        varchar(12)  not null check (kind in ('LAW', 'AMENDMENT', 'ORDER', 'POLICY')),
    title_ru    varchar(500) not null,
    title_kk    varchar(500),
    title_en    varchar(500),
    reference   varchar(300),
    recorded_by varchar(64)  not null,
    recorded_at timestamptz  not null
);
create index prevention_milestone_day on prevention_milestone (dated_on);
