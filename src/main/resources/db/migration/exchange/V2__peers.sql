-- The transnational referral mechanism's peers (kz.qorgau.exchange.Peers): each other country's system that speaks
-- the exchange format, configured by an administrator with the public key its messages are signed with (Ed25519,
-- X.509 SubjectPublicKeyInfo, base64). A peer is deactivated, never deleted: the messages it sent name it.
create table exchange_peer (
    id                 bigint generated always as identity primary key,
    country            char(2)      not null check (country ~ '^[A-Z]{2}$'),
    name               varchar(200) not null,
    endpoint           varchar(500) not null,
    key_id             varchar(100) not null,
    public_key         text         not null,
    created_at         timestamptz  not null,
    created_by_user_id bigint       not null references identity_user (id),
    deactivated_at     timestamptz,
    constraint exchange_peer_key unique (key_id)
);

-- This system's own signing key (Ed25519): the private key sealed by the field encryption, the public key given to
-- the peers' administrators. One row; a new key would be a new row.
create table exchange_own_key (
    key_id      varchar(100) primary key,
    public_key  text         not null,
    private_key bytea        not null,
    created_at  timestamptz  not null
);

-- The messages received from peers, once each by their message id (a message sent again is answered with the same
-- acknowledgement and not stored twice). The body is sealed: a referral carries a person's data.
create table exchange_inbox (
    message_id  uuid         primary key,
    peer_id     bigint       not null references exchange_peer (id),
    kind        varchar(40)  not null,
    sent_at     timestamptz  not null,
    received_at timestamptz  not null,
    body        bytea        not null
);
create index exchange_inbox_peer on exchange_inbox (peer_id, received_at desc);
