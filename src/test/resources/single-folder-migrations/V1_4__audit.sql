-- The audit trail (DESIGN.md §5): append-only and hash-chained. Each entry stores the hash of the
-- previous entry and its own hash over its content and that previous hash, so that altering or
-- deleting a row breaks the chain at that point. seq is gapless (assigned under an advisory lock in the
-- writing transaction), so a deleted row also shows as a gap.
create table audit_entry (
    seq            bigint       primary key,
    occurred_at    timestamptz  not null,
    actor          varchar(64),
    source_address varchar(64),
    action         varchar(64)  not null,
    target_type    varchar(40),
    target_id      varchar(64),
    details        text         not null default '',
    previous_hash  char(64)     not null,
    hash           char(64)     not null
);
create index audit_entry_occurred on audit_entry (occurred_at);
create index audit_entry_actor on audit_entry (actor, seq);
create index audit_entry_action on audit_entry (action, seq);
create index audit_entry_target on audit_entry (target_type, target_id);

-- Append-only: the application never updates or deletes; the database refuses it too. (A database
-- superuser can still disable the trigger; that is what the hash chain is for.)
create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only';
end;
$$;
create trigger audit_entry_no_update before update or delete on audit_entry
    for each row execute function audit_entry_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_append_only();
