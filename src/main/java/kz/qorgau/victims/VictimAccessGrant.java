package kz.qorgau.victims;

import java.util.Map;

import kz.qorgau.identity.QorgauUser;

/**
 * Access to victim records granted by another module (an SPI: the victims module cannot depend on the
 * modules that depend on it). The referrals module implements it: an organisation that accepted a referral
 * of a victim assists the victim (sees and writes the record, refers onward, records consent), and sees the
 * person's data when the referral carries identity. Implementations answer quickly and never throw for "no".
 * The methods answer questions about the user the victims module's rule asks for, hence the parameter.
 */
public interface VictimAccessGrant {

    /** Whether the user's organisation assists the victim under this grant (sees and works on the record). */
    boolean maySeeRecord(QorgauUser user, long victimId);

    /** Whether the user may see the personal data of the victim record's person. */
    boolean maySeePersonalData(QorgauUser user, long victimId);

    /**
     * The victim records the user may see through this grant, for lists: an SQL query that selects their ids (one
     * column), with its parameters added to {@code params} under names of its own, so that the list's visibility
     * stays one predicate of the database however many records the grant opens. It must open exactly the records
     * {@link #maySeeRecord} does (a test compares the two).
     */
    String recordsVisibleTo(QorgauUser user, Map<String, Object> params);
}
