-- Bulk imports of the exchange format (kz.qorgau.exchange.ExchangeImport). An import is all or nothing: a document
-- with any error saves no record, and only the fact of the refusal is kept here, with its problems (record, path,
-- message key and harmless arguments: never a value of the document).
create table exchange_import (
    id              bigint generated always as identity primary key,
    organisation_id bigint       not null references organisations_organisation (id),
    user_id         bigint       not null references identity_user (id),
    channel         varchar(10)  not null check (channel in ('WEB', 'API', 'COMMAND')),
    file_name       varchar(255),
    version         varchar(5),
    outcome         varchar(10)  not null check (outcome in ('IMPORTED', 'REFUSED')),
    started_at      timestamptz  not null,
    finished_at     timestamptz  not null,
    counts          jsonb        not null,
    problems        jsonb        not null,
    problem_count   integer      not null check (problem_count >= 0)
);
create index exchange_import_organisation on exchange_import (organisation_id, id desc);

-- The records an organisation imported, by the sender's external id: importing the same record again changes nothing,
-- a changed record is an update. External ids are the importing organisation's own namespace, so that one
-- organisation's import never reaches another's records. A victim record keeps the content last imported (codes and
-- dates only, no personal data), from which an update is worked out; a person keeps its digest only.
create table exchange_record (
    id              bigint generated always as identity primary key,
    organisation_id bigint       not null references organisations_organisation (id),
    kind            varchar(10)  not null check (kind in ('PERSON', 'VICTIM')),
    external_id     varchar(200) not null,
    local_id        bigint       not null,
    digest          varchar(64)  not null,
    content         jsonb,
    import_id       bigint       not null references exchange_import (id),
    constraint exchange_record_once unique (organisation_id, kind, external_id)
);

-- Each import that created or changed a record: the record's history of imports.
create table exchange_record_change (
    record_id bigint      not null references exchange_record (id),
    import_id bigint      not null references exchange_import (id),
    change    varchar(10) not null check (change in ('CREATED', 'UPDATED')),
    digest    varchar(64) not null,
    primary key (record_id, import_id)
);
