-- The messages this system sends to its peers (kz.qorgau.exchange.Outbox): written in the same transaction as what
-- they tell, so that nothing is sent that did not happen and nothing that happened is left unsent; delivered by a
-- scheduled task with retries and backoff; a message refused by its peer, or undelivered after the last attempt, is
-- dead, shown to administrators, who may send it again. The body is sealed until it is signed and sent.
create table exchange_outbox (
    message_id      uuid         primary key,
    peer_id         bigint       not null references exchange_peer (id),
    kind            varchar(40)  not null,
    body            bytea        not null,
    created_at      timestamptz  not null,
    status          varchar(10)  not null check (status in ('PENDING', 'DELIVERED', 'DEAD')),
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null,
    last_failure    varchar(60),
    delivered_at    timestamptz,
    constraint exchange_outbox_delivered check ((status = 'DELIVERED') = (delivered_at is not null))
);
create index exchange_outbox_due on exchange_outbox (next_attempt_at) where status = 'PENDING';
create index exchange_outbox_status on exchange_outbox (status, created_at desc);
