-- The referral mechanism (referrals module). victim_id refers to a victim record (victims module);
-- organisation ids to organisations. Notes and details are sealed (Tink AEAD, bytea): they may name people.
create table referrals_referral (
    id                   bigint generated always as identity primary key,
    reference            varchar(12) not null check (reference ~ '^R-[2-9A-HJKMNP-Z]{8}$'),
    victim_id            bigint      not null,
    anonymous            boolean     not null,
    kind                 varchar(10) not null check (kind in ('REFERRAL', 'TRANSFER')),
    from_organisation_id bigint      not null references organisations_organisation (id),
    to_organisation_id   bigint      not null references organisations_organisation (id),
    -- derived from the last step, for inboxes and filters
    status               varchar(10) not null check (status in ('PENDING', 'ACCEPTED', 'DECLINED', 'COMPLETED', 'REVOKED')),
    sent_on              date        not null,
    answer_due_on        date        not null,
    details              bytea,
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    version              integer     not null default 0,
    constraint referrals_referral_not_to_self check (from_organisation_id <> to_organisation_id),
    constraint referrals_referral_due check (answer_due_on >= sent_on)
);
create unique index referrals_referral_reference on referrals_referral (reference);
create index referrals_referral_inbox on referrals_referral (to_organisation_id, status, id desc);
create index referrals_referral_outbox on referrals_referral (from_organisation_id, status, id desc);
create index referrals_referral_victim on referrals_referral (victim_id);

create table referrals_referral_service (
    referral_id bigint      not null references referrals_referral (id) on delete cascade,
    service     varchar(20) not null,
    primary key (referral_id, service)
);

-- The steps of a referral: sent, accepted, declined (with a reason), completed, revoked.
create table referrals_step (
    referral_id     bigint      not null references referrals_referral (id) on delete cascade,
    seq             integer     not null,
    step            varchar(10) not null check (step in ('SENT', 'ACCEPTED', 'DECLINED', 'COMPLETED', 'REVOKED')),
    occurred_on     date        not null,
    recorded_at     timestamptz not null,
    recorded_by     varchar(64) not null,
    organisation_id bigint      not null references organisations_organisation (id),
    reason          varchar(30),
    note            bytea,
    primary key (referral_id, seq)
);
create index referrals_step_date on referrals_step (step, occurred_on);

-- In-application notices to the organisation on the other side of a step.
create table referrals_notification (
    id                 bigint generated always as identity primary key,
    organisation_id    bigint      not null references organisations_organisation (id),
    referral_id        bigint      not null references referrals_referral (id) on delete cascade,
    step               varchar(10) not null,
    by_organisation_id bigint      not null references organisations_organisation (id),
    created_at         timestamptz not null,
    read_at            timestamptz
);
create index referrals_notification_unread on referrals_notification (organisation_id, created_at desc) where read_at is null;
create index referrals_notification_organisation on referrals_notification (organisation_id, created_at desc);

-- Services actually delivered (issue 4: what, by whom, from / to, cost in KZT, funding source).
create table referrals_service_episode (
    id              bigint generated always as identity primary key,
    victim_id       bigint      not null,
    referral_id     bigint references referrals_referral (id),
    organisation_id bigint      not null references organisations_organisation (id),
    service         varchar(20) not null,
    started_on      date        not null,
    ended_on        date,
    cost_kzt        bigint      not null check (cost_kzt >= 0),
    funding_source  varchar(30) not null,
    recorded_by     varchar(64) not null,
    recorded_at     timestamptz not null,
    constraint referrals_service_episode_period check (ended_on is null or ended_on >= started_on)
);
create index referrals_service_episode_victim on referrals_service_episode (victim_id, started_on desc);
create index referrals_service_episode_organisation on referrals_service_episode (organisation_id, started_on);

-- The referral mechanism's profile of a provider: whether it takes unaccompanied children (none does
-- unless its profile says so).
create table referrals_provider (
    organisation_id  bigint primary key references organisations_organisation (id),
    accepts_children boolean     not null default false,
    updated_at       timestamptz not null
);
