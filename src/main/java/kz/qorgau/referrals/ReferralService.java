package kz.qorgau.referrals;

import org.springframework.data.relational.core.mapping.Table;

/** A service a referral asks for (part of the referral aggregate). */
@Table("referrals_referral_service")
record ReferralService(ServiceType service) {
}
