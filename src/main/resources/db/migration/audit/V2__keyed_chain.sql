-- The keyed audit chain. Until this version each entry's hash was an unkeyed SHA-256, which anyone
-- with database access can recompute after altering, truncating or re-chaining the trail. From now on each
-- entry's hash is an HMAC-SHA256 under the audit key, kept outside the database with the field-encryption keys
-- (kz.qorgau.system.AuditKey), and hash_scheme says which one an entry carries:
--   1  SHA-256 over the entry and the previous hash (every entry written before this version);
--   2  HMAC-SHA256 under the audit key over the same (kz.qorgau.audit.AuditHashing).
-- Entries already written keep their SHA-256 and still verify as they are. The keyed chain starts with the
-- first entry written after this migration (AUDIT_CHAIN_KEYED, written at the first start when the last entry
-- is unkeyed); its HMAC covers the hash of the last unkeyed entry, so the unkeyed part cannot be re-chained
-- without breaking the link into the keyed part. The verifier refuses an unkeyed entry after a keyed one (a
-- downgrade), and the checkpoints written outside the database (kz.qorgau.audit.Checkpoints) reveal a chain
-- truncated, or re-chained as a whole, by someone without the key.
alter table audit_entry add column hash_scheme smallint not null default 1;
-- No default from now on: a writer that does not know the schemes (a node of an older version still running)
-- cannot add entries that would read as unkeyed ones.
alter table audit_entry alter column hash_scheme drop default;
alter table audit_entry add constraint audit_entry_hash_scheme check (hash_scheme in (1, 2));
