package kz.qorgau.referrals;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the referral mechanism.
 *
 * @param answerDays days the receiving organisation has to accept or decline a referral, unless the sender
 *        sets an earlier date ({@code qorgau.referrals.answer-days}, default 3)
 */
@ConfigurationProperties("qorgau.referrals")
record ReferralSettings(@DefaultValue("3") int answerDays) {

    ReferralSettings {
        if (answerDays < 1 || answerDays > 60) {
            throw new IllegalArgumentException("qorgau.referrals.answer-days must be between 1 and 60");
        }
    }
}
