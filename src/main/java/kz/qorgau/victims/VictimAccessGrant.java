package kz.qorgau.victims;

import java.util.Set;

import kz.qorgau.identity.QorgauUser;

/**
 * Access to victim records granted by another module (an SPI: the victims module cannot depend on the
 * modules that depend on it). The referrals module implements it: an organisation a victim is referred to
 * sees the record while the referral is open, and the person's data once it has accepted an identified
 * referral. Implementations answer quickly and never throw for "no".
 */
public interface VictimAccessGrant {

    /** Whether the user may see the victim record (pseudonymously). */
    boolean maySeeRecord(QorgauUser user, long victimId);

    /** Whether the user may see the personal data of the victim record's person. */
    boolean maySeePersonalData(QorgauUser user, long victimId);

    /** The victim records the user may see through this grant, for lists. */
    Set<Long> recordsVisibleTo(QorgauUser user);
}
