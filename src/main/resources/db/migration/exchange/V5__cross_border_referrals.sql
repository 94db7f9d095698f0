-- The referrals of the transnational mechanism (kz.qorgau.exchange.CrossBorderReferrals): those this system sent to a
-- peer (OUT, of a victim record here) and those a peer sent to this country (IN). Both sides name a referral by the
-- same id (uid). What crossed the border is kept sealed, exactly as it was sent or received: the purpose's fields
-- only. The victim's consent to this transfer to this country is part of the referral: its date and whether it
-- covers reporting back on the return (the follow-ups).
create table exchange_referral (
    id                  bigint generated always as identity primary key,
    uid                 uuid         not null,
    direction           varchar(3)   not null check (direction in ('OUT', 'IN')),
    peer_id             bigint       not null references exchange_peer (id),
    purpose             varchar(20)  not null,
    victim_id           bigint,
    organisation_id     bigint,
    status              varchar(10)  not null check (status in ('OPEN', 'ACCEPTED', 'DECLINED', 'COMPLETED')),
    consent_on          date         not null,
    follow_up_consent   boolean      not null,
    data                bytea        not null,
    created_at          timestamptz  not null,
    created_by_user_id  bigint       references identity_user (id),
    constraint exchange_referral_uid unique (uid, direction),
    constraint exchange_referral_side check ((direction = 'OUT') = (victim_id is not null)),
    constraint exchange_referral_sender check (direction = 'IN' or organisation_id is not null)
);
create index exchange_referral_organisation on exchange_referral (direction, organisation_id, created_at desc);

-- A referral's dated events, on this side (HERE) or told by the peer (PEER): sent, received, accepted, declined,
-- departed, arrived, a service in the home country, the follow-ups at 3 and 12 months, completed. The detail is a
-- code (a decline reason, a service type, a follow-up's outcome), never a text. A peer's event is kept once by the
-- message that told it.
create table exchange_referral_event (
    id                  bigint generated always as identity primary key,
    referral_id         bigint       not null references exchange_referral (id),
    kind                varchar(20)  not null,
    occurred_on         date         not null,
    detail              varchar(40),
    side                varchar(4)   not null check (side in ('HERE', 'PEER')),
    recorded_at         timestamptz  not null,
    recorded_by_user_id bigint       references identity_user (id),
    message_id          uuid         unique
);
create index exchange_referral_event_referral on exchange_referral_event (referral_id, id);

-- The outbox delivers each peer's messages in the order they were written (an answer never overtakes the referral it
-- answers, even when the referral waits for a retry).
alter table exchange_outbox add column seq bigint generated always as identity;
create index exchange_outbox_peer_order on exchange_outbox (peer_id, seq) where status = 'PENDING';
