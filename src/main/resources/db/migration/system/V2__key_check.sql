-- The key check (system module): one value sealed and indexed with the field encryption keys at first
-- start. Every later start opens it again and refuses to run when the keys are not the ones the data
-- was written with (kz.qorgau.system.KeyCheck). The value is a constant, not personal data.
create table system_key_check (
    id          smallint     primary key check (id = 1),
    ciphertext  bytea        not null,
    blind_index varchar(128) not null,
    created_at  timestamptz  not null
);
