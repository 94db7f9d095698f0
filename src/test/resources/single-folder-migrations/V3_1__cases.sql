-- Criminal cases (cases module): the case, its charges, forms, defendants and the timeline of dated
-- procedural events. Statistics count the events (DESIGN.md §4); status and registered_on on the case
-- row are derived from the effective timeline for lists and filters only.

-- The trafficking-related articles of the Criminal Code of 2014, versioned (shared/reference/criminal-code.csv).
-- Art. 125-1 (forced marriage) was added in 2025; its exact date of entry into force is to be verified.
create table cases_article (
    id          bigint generated always as identity primary key,
    code        varchar(10)  not null,
    title_ru    varchar(200) not null,
    title_kk    varchar(200) not null,
    title_en    varchar(200) not null,
    valid_from  date,
    valid_to    date,
    trafficking boolean      not null,
    constraint cases_article_version unique nulls not distinct (code, valid_from),
    constraint cases_article_validity check (valid_to is null or valid_from is null or valid_to > valid_from)
);
insert into cases_article (code, title_ru, title_kk, title_en, valid_from, valid_to, trafficking) values
    ('128', 'Торговля людьми', 'Адам саудасы', 'Trafficking in persons', null, null, true),
    ('134', 'Вовлечение несовершеннолетнего в занятие проституцией', 'Кәмелетке толмағанды жезөкшелікпен айналысуға тарту', 'Involvement of a minor in prostitution', null, null, true),
    ('135', 'Торговля несовершеннолетними', 'Кәмелетке толмағандарды сату', 'Trafficking in minors', null, null, true),
    ('308', 'Вовлечение в занятие проституцией', 'Жезөкшелікпен айналысуға тарту', 'Involvement in prostitution', null, null, true),
    ('125-1', 'Принуждение к вступлению в брак', 'Некеге тұруға мәжбүрлеу', 'Forced marriage', '2025-01-01', null, true),
    ('other', 'Другие статьи Уголовного кодекса', 'Қылмыстық кодекстің басқа баптары', 'Other articles of the Criminal Code', null, null, false);

create table cases_case (
    id                         bigint generated always as identity primary key,
    erdr_number                char(15)    not null,
    registered_on              date        not null,
    region_code                varchar(6)  not null,
    unit_id                    bigint      not null references organisations_organisation (id),
    court_id                   bigint      references organisations_organisation (id),
    status                     varchar(20) not null,
    forced_labour_remote_area  boolean     not null default false,
    foreign_victims            boolean     not null default false,
    transnational              boolean     not null default false,
    official_complicity        boolean     not null default false,
    online_recruitment         boolean     not null default false,
    narrative                  bytea,
    created_by                 varchar(64) not null,
    created_at                 timestamptz not null,
    updated_at                 timestamptz not null,
    version                    integer     not null default 0,
    constraint cases_case_erdr_format check (erdr_number ~ '^[0-9]{15}$')
);
create unique index cases_case_erdr on cases_case (erdr_number);
-- search by the beginning of an ERDR number (LIKE prefix)
create index cases_case_erdr_prefix on cases_case (erdr_number bpchar_pattern_ops);
-- the regional investigator's list: own region, newest first
create index cases_case_region_registered on cases_case (region_code, registered_on desc, id desc);
create index cases_case_registered on cases_case (registered_on desc, id desc);
create index cases_case_court on cases_case (court_id, registered_on desc) where court_id is not null;
create index cases_case_unit on cases_case (unit_id, registered_on desc);

create table cases_charge (
    case_id      bigint      not null references cases_case (id) on delete cascade,
    article_code varchar(10) not null,
    part         smallint,
    constraint cases_charge_part check (part is null or part between 1 and 9)
);
create unique index cases_charge_unique on cases_charge (case_id, article_code, coalesce(part, 0));
create index cases_charge_article on cases_charge (article_code, case_id);

create table cases_case_form (
    case_id bigint      not null references cases_case (id) on delete cascade,
    form    varchar(40) not null,
    primary key (case_id, form)
);
create index cases_case_form_form on cases_case_form (form, case_id);

-- person_id refers to the person registry (persons module).
create table cases_defendant (
    case_id         bigint      not null references cases_case (id) on delete cascade,
    defendant_no    integer     not null,
    person_id       bigint      not null,
    role            varchar(40) not null,
    public_official boolean     not null default false,
    arrested_on     date,
    arrest_region   varchar(6),
    arrest_country  char(2),
    added_on        date,
    primary key (case_id, defendant_no)
);
create index cases_defendant_person on cases_defendant (person_id);
create index cases_defendant_arrested on cases_defendant (arrested_on) where arrested_on is not null;

-- The timeline. seq is the entry's position; a correction or retraction refers to the entry it
-- corrects by corrects_seq, and the corrected entry stays as it was.
create table cases_event (
    case_id               bigint      not null references cases_case (id) on delete cascade,
    seq                   integer     not null,
    type                  varchar(20) not null,
    occurred_on           date        not null,
    recorded_at           timestamptz not null,
    recorded_by           varchar(64) not null,
    organisation_id       bigint,
    corrects_seq          integer,
    reason                varchar(40),
    court_id              bigint,
    defendant_no          integer,
    outcome               varchar(20),
    appeal_outcome        varchar(30),
    conviction_article    varchar(10),
    conviction_part       smallint,
    imprisonment_months   integer,
    suspended_months      integer,
    probation_months      integer,
    restriction_months    integer,
    fine_kzt              bigint,
    juvenile              boolean,
    confiscation          boolean,
    primary key (case_id, seq)
);
create index cases_event_type_date on cases_event (type, occurred_on);

-- Victims linked to a case (the victims module records them; the link is ready here).
create table cases_victim_link (
    case_id   bigint      not null references cases_case (id) on delete cascade,
    victim_id bigint      not null,
    role      varchar(40),
    linked_on date        not null,
    primary key (case_id, victim_id)
);
