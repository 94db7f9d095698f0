-- Break the glass (DESIGN.md §1, issue 10): a user opens a record outside their scope for a stated reason
-- and a limited time. The record is named by its kind, id and reference (ERDR number, V-…): never a person.
-- The reason may name people: sealed like personal data. Grants are never changed but to note their
-- expiry in the audit trail and to count the reads made under them.
create table identity_break_glass (
    id              bigint generated always as identity primary key,
    user_id         bigint      not null references identity_user (id),
    organisation_id bigint      not null references organisations_organisation (id),
    record_kind     varchar(20) not null check (record_kind in ('CASE', 'VICTIM')),
    record_id       bigint      not null,
    record_label    varchar(40) not null,
    reason          bytea       not null,
    opened_at       timestamptz not null,
    expires_at      timestamptz not null,
    reads           integer     not null default 0,
    expiry_audited  boolean     not null default false,
    constraint identity_break_glass_period check (expires_at > opened_at)
);
create index identity_break_glass_user on identity_break_glass (user_id, record_kind, record_id, expires_at);
create index identity_break_glass_unaudited on identity_break_glass (expires_at) where not expiry_audited;

-- In-application notices to a user: today, a supervisor told that a member of their team broke the glass.
create table identity_notice (
    id         bigint generated always as identity primary key,
    user_id    bigint      not null references identity_user (id) on delete cascade,
    kind       varchar(40) not null check (kind in ('BREAK_GLASS')),
    grant_id   bigint      references identity_break_glass (id),
    created_at timestamptz not null,
    read_at    timestamptz
);
create index identity_notice_user on identity_notice (user_id, read_at);
