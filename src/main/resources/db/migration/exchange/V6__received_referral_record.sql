-- A received referral's person registered here: the victim record the focal point who took the referral opened in
-- this system for the person it names (or, for a purpose that names no one, an anonymous one), once. Only a received
-- referral has one; a sent referral's record is victim_id.
alter table exchange_referral add column registered_victim_id bigint;
alter table exchange_referral add constraint exchange_referral_registered
    check (registered_victim_id is null or direction = 'IN');
