-- The case worker's queue of services to record lists accepted referrals under which no service episode exists yet:
-- episodes are looked up by their referral.
create index referrals_service_episode_referral on referrals_service_episode (referral_id);
