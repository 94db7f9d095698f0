-- Statistics module: published editions of the annual report. An edition is a frozen snapshot of a year's figures
-- (national and by region as the public may read them, the year before, the GLOTIP table, the narratives in Russian,
-- Kazakh and English) written once as canonical JSON text, with its SHA-256 digest and the indicator catalogue's
-- version; its PDF (one per language) and XLSX are kept byte for byte as published; and, for each figure whose
-- records can be listed, the ids of the records it counted, so that a revision can name the records that moved it.
-- Nothing here is ever updated or deleted: the database refuses it.
create table statistics_edition (
    id                bigint generated always as identity primary key,
    year              integer      not null check (year between 1991 and 2100),
    number            integer      not null check (number >= 1),
    published_at      timestamptz  not null,
    published_by      varchar(64)  not null,
    catalogue_version char(16)     not null,
    note              varchar(2000),
    snapshot          text         not null,
    digest            char(64)     not null check (digest ~ '^[0-9a-f]{64}$'),
    unique (year, number),
    constraint statistics_edition_note check (number = 1 or note is not null)
);

create table statistics_edition_file (
    edition_id  bigint       not null references statistics_edition (id),
    name        varchar(64)  not null,
    media_type  varchar(100) not null,
    content     bytea        not null,
    digest      char(64)     not null check (digest ~ '^[0-9a-f]{64}$'),
    primary key (edition_id, name)
);

create table statistics_edition_records (
    edition_id  bigint       not null references statistics_edition (id),
    code        varchar(120) not null,
    kind        varchar(16)  not null,
    ids         bigint[]     not null,
    primary key (edition_id, code)
);

create function statistics_edition_frozen() returns trigger language plpgsql as $$
begin
    raise exception 'a published edition never changes (%)', tg_table_name;
end;
$$;
create trigger statistics_edition_frozen before update or delete on statistics_edition
    for each row execute function statistics_edition_frozen();
create trigger statistics_edition_file_frozen before update or delete on statistics_edition_file
    for each row execute function statistics_edition_frozen();
create trigger statistics_edition_records_frozen before update or delete on statistics_edition_records
    for each row execute function statistics_edition_frozen();
