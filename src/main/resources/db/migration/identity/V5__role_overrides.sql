-- A role that does not fit the type of its holder's organisation (Role.fits: police roles for police units, the
-- court clerk's for courts, ...) is granted only by an administrator's explicit override with a reason. Each override
-- is kept here, for the user's page, and audited (ROLE_OVERRIDE_GRANTED); it holds for that role in that organisation.
create table identity_role_override (
    id              bigint generated always as identity primary key,
    user_id         bigint        not null references identity_user (id) on delete cascade,
    role            varchar(40)   not null,
    organisation_id bigint        not null references organisations_organisation (id),
    reason          varchar(2000) not null,
    granted_by      varchar(64)   not null,
    granted_at      timestamptz   not null
);
create index identity_role_override_user on identity_role_override (user_id, organisation_id);
