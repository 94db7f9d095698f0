-- Regions of Kazakhstan (ISO 3166-2:KZ), reference data versioned by validity dates.
-- Source: shared/reference/kz-regions.csv (ISO 3166-2 via Debian iso-codes). The three regions created
-- on 2022-06-08 (Abai, Zhetysu, Ulytau) carry valid_from; a future boundary change closes a row with
-- valid_to and adds a new one, so that figures for past years keep their region.
create table organisations_region (
    id          bigint generated always as identity primary key,
    iso_code    varchar(6)   not null check (iso_code ~ '^KZ-[0-9]{2}$'),
    kind        varchar(10)  not null check (kind in ('region', 'city')),
    name_en     varchar(100) not null,
    name_ru     varchar(100) not null,
    name_kk     varchar(100) not null,
    valid_from  date,
    valid_to    date,
    legacy_code varchar(6),
    constraint organisations_region_validity check (valid_to is null or valid_from is null or valid_to > valid_from),
    constraint organisations_region_version unique nulls not distinct (iso_code, valid_from)
);

insert into organisations_region (iso_code, kind, name_en, name_ru, name_kk, valid_from, valid_to, legacy_code) values
    ('KZ-10', 'region', 'Abai Region', 'Абайская область', 'Абай облысы', '2022-06-08', null, null),
    ('KZ-11', 'region', 'Akmola Region', 'Акмолинская область', 'Ақмола облысы', null, null, 'KZ-AKM'),
    ('KZ-15', 'region', 'Aktobe Region', 'Актюбинская область', 'Ақтөбе облысы', null, null, 'KZ-AKT'),
    ('KZ-19', 'region', 'Almaty Region', 'Алматинская область', 'Алматы облысы', null, null, 'KZ-ALM'),
    ('KZ-23', 'region', 'Atyrau Region', 'Атырауская область', 'Атырау облысы', null, null, 'KZ-ATY'),
    ('KZ-27', 'region', 'West Kazakhstan Region', 'Западно-Казахстанская область', 'Батыс Қазақстан облысы', null, null, 'KZ-ZAP'),
    ('KZ-31', 'region', 'Zhambyl Region', 'Жамбылская область', 'Жамбыл облысы', null, null, 'KZ-ZHA'),
    ('KZ-33', 'region', 'Zhetysu Region', 'Жетысуская область', 'Жетісу облысы', '2022-06-08', null, null),
    ('KZ-35', 'region', 'Karaganda Region', 'Карагандинская область', 'Қарағанды облысы', null, null, 'KZ-KAR'),
    ('KZ-39', 'region', 'Kostanay Region', 'Костанайская область', 'Қостанай облысы', null, null, 'KZ-KUS'),
    ('KZ-43', 'region', 'Kyzylorda Region', 'Кызылординская область', 'Қызылорда облысы', null, null, 'KZ-KZY'),
    ('KZ-47', 'region', 'Mangystau Region', 'Мангистауская область', 'Маңғыстау облысы', null, null, 'KZ-MAN'),
    ('KZ-55', 'region', 'Pavlodar Region', 'Павлодарская область', 'Павлодар облысы', null, null, 'KZ-PAV'),
    ('KZ-59', 'region', 'North Kazakhstan Region', 'Северо-Казахстанская область', 'Солтүстік Қазақстан облысы', null, null, 'KZ-SEV'),
    ('KZ-61', 'region', 'Turkistan Region', 'Туркестанская область', 'Түркістан облысы', null, null, 'KZ-YUZ'),
    ('KZ-62', 'region', 'Ulytau Region', 'Улытауская область', 'Ұлытау облысы', '2022-06-08', null, null),
    ('KZ-63', 'region', 'East Kazakhstan Region', 'Восточно-Казахстанская область', 'Шығыс Қазақстан облысы', null, null, 'KZ-VOS'),
    ('KZ-71', 'city', 'Astana', 'город Астана', 'Астана қаласы', null, null, 'KZ-AST'),
    ('KZ-75', 'city', 'Almaty', 'город Алматы', 'Алматы қаласы', null, null, 'KZ-ALA'),
    ('KZ-79', 'city', 'Shymkent', 'город Шымкент', 'Шымкент қаласы', null, null, 'KZ-SHY');


create table organisations_organisation (
    id           bigint generated always as identity primary key,
    name_ru      varchar(300) not null,
    name_kk      varchar(300),
    name_en      varchar(300),
    type         varchar(40)  not null,
    region_code  varchar(6),
    parent_id    bigint references organisations_organisation (id),
    active       boolean      not null default true,
    created_at   timestamptz  not null,
    updated_at   timestamptz  not null,
    version      integer      not null default 0,
    constraint organisations_organisation_not_own_parent check (parent_id is null or parent_id <> id)
);
create index organisations_organisation_parent on organisations_organisation (parent_id);
create index organisations_organisation_region on organisations_organisation (region_code);
create unique index organisations_organisation_name on organisations_organisation (lower(name_ru));
