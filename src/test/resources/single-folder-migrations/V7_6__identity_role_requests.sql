-- Administrators' data roles need a second administrator (issue 10): a change that would give an administrator
-- a role that reaches data is kept here until another administrator approves or rejects it.
create table identity_role_request (
    id                   bigint generated always as identity primary key,
    user_id              bigint       not null references identity_user (id) on delete cascade,
    roles                varchar(400) not null,
    requested_by_user_id bigint       not null references identity_user (id),
    requested_at         timestamptz  not null,
    decided_by_user_id   bigint       references identity_user (id),
    decided_at           timestamptz,
    approved             boolean,
    constraint identity_role_request_decision check ((decided_at is null) = (approved is null))
);
create unique index identity_role_request_pending on identity_role_request (user_id) where decided_at is null;
