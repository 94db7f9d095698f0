-- The key check (kz.qorgau.system.KeyCheck) also covers the audit key: the constant's tag under it. Null in a
-- database written before the audit key existed, until the first start that has one fills it in.
alter table system_key_check add column audit_tag char(64);
