-- Users, their roles and scope, and personal access tokens (identity module).
create table identity_user (
    id                    bigint generated always as identity primary key,
    username              varchar(64)  not null,
    full_name             varchar(200) not null,
    email                 varchar(200),
    organisation_id       bigint       not null references organisations_organisation (id),
    password_hash         varchar(255) not null,
    must_change_password  boolean      not null default false,
    enabled               boolean      not null default true,
    national_scope        boolean      not null default false,
    locale                varchar(5)   not null default 'ru',
    failed_attempts       integer      not null default 0,
    locked_until          timestamptz,
    last_login_at         timestamptz,
    password_changed_at   timestamptz  not null,
    created_at            timestamptz  not null,
    updated_at            timestamptz  not null,
    version               integer      not null default 0,
    constraint identity_user_username_format check (username ~ '^[a-z][a-z0-9._-]{1,63}$')
);
create unique index identity_user_username on identity_user (username);
create index identity_user_organisation on identity_user (organisation_id);

create table identity_user_role (
    user_id bigint      not null references identity_user (id) on delete cascade,
    role    varchar(40) not null,
    primary key (user_id, role)
);

create table identity_user_region (
    user_id     bigint     not null references identity_user (id) on delete cascade,
    region_code varchar(6) not null,
    primary key (user_id, region_code)
);

-- Personal access tokens for API clients. Only a SHA-256 hash of the token is stored; the token
-- itself is shown once, at creation. The prefix lets a user recognise a token in the list.
create table identity_access_token (
    id           bigint generated always as identity primary key,
    user_id      bigint       not null references identity_user (id) on delete cascade,
    name         varchar(100) not null,
    token_hash   char(64)     not null,
    token_prefix varchar(16)  not null,
    created_at   timestamptz  not null,
    expires_at   timestamptz  not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create unique index identity_access_token_hash on identity_access_token (token_hash);
create index identity_access_token_user on identity_access_token (user_id);
