-- The second factor: TOTP (RFC 6238) for every user who may see personal data and for
-- administrators, enrolled at first login. The secret is sealed with the field-encryption keys; the last time
-- step accepted is kept so that a code is used once. Recovery codes are single-use and stored as SHA-256
-- hashes (they are random, 50 bits each, so a plain hash is not open to guessing).
alter table identity_user add column totp_secret bytea;
alter table identity_user add column totp_enrolled_at timestamptz;
alter table identity_user add column totp_last_step bigint not null default 0;

create table identity_recovery_code (
    user_id   bigint      not null references identity_user (id) on delete cascade,
    code_hash char(64)    not null,
    used_at   timestamptz,
    primary key (user_id, code_hash)
);
