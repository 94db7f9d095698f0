-- The person registry (persons module). Personal data is stored only encrypted (Tink AEAD, bytea,
-- sealed for its field and its record: kz.qorgau.persons.Person) or as a keyed blind index (HMAC, hex)
-- for exact search. In clear: the pseudonym, sex, birth year and citizenships, which statistics need
-- (victims by sex, age group at identification, citizenship) and which do not identify a person alone.
create table persons_person (
    id                            bigint generated always as identity primary key,
    pseudonym                     varchar(12)  not null check (pseudonym ~ '^P-[2-9A-HJKMNP-Z]{8}$'),
    surname                       bytea,
    given_name                    bytea,
    patronymic                    bytea,
    latin_name                    bytea,
    -- blind index of the normalised Latin surname and given name with the date of birth (duplicate search)
    name_index                    varchar(128),
    birth_date                    bytea,
    birth_year                    smallint check (birth_year between 1800 and 2200),
    sex                           varchar(10)  not null check (sex in ('FEMALE', 'MALE', 'OTHER', 'UNKNOWN')),
    phone                         bytea,
    email                         bytea,
    address                       bytea,
    registered_by_user_id         bigint       not null references identity_user (id),
    registered_by_organisation_id bigint       not null references organisations_organisation (id),
    created_at                    timestamptz  not null,
    updated_at                    timestamptz  not null,
    version                       integer      not null default 0
);
create unique index persons_person_pseudonym on persons_person (pseudonym);
create index persons_person_name_index on persons_person (name_index);
create index persons_person_registered_by on persons_person (registered_by_user_id);

create table persons_citizenship (
    person_id    bigint  not null references persons_person (id) on delete cascade,
    country_code char(2) not null check (country_code ~ '^[A-Z]{2}$'),
    primary key (person_id, country_code)
);

-- Identity documents: the IIN and passports. The number is encrypted; blind_index finds it by exact value.
-- The same IIN may appear on two records: the duplicate check warns before it happens, and a user may
-- still register a second record (the first may carry a mistyped number); linkage resolves duplicates.
create table persons_document (
    person_id       bigint       not null references persons_person (id) on delete cascade,
    kind            varchar(10)  not null check (kind in ('IIN', 'PASSPORT')),
    issuing_country char(2)      not null check (issuing_country ~ '^[A-Z]{2}$'),
    number          bytea        not null,
    blind_index     varchar(128) not null,
    primary key (person_id, kind, blind_index)
);
create index persons_document_blind_index on persons_document (kind, blind_index);
