-- A referral may also report the crime to the police (kind REPORT): a purpose of its own, with no services.
alter table referrals_referral drop constraint referrals_referral_kind_check;
alter table referrals_referral add constraint referrals_referral_kind_check
    check (kind in ('REFERRAL', 'TRANSFER', 'REPORT'));
