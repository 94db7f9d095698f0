package kz.qorgau.victims;

import java.time.LocalDate;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import kz.qorgau.shared.RuleViolationException;

/**
 * A claim for compensation: filed, amount claimed, awarded and paid, in tenge. An aggregate of its own,
 * referenced by the victim's id: filing inserts one row, an award or a payment updates it.
 */
@Table("victims_compensation")
class CompensationClaim extends VictimEntry {

    private CompensationRoute route;
    private Long caseId;
    private LocalDate filedOn;
    private long claimedKzt;
    private LocalDate awardedOn;
    private Long awardedKzt;
    private LocalDate paidOn;
    private Long paidKzt;
    @Version
    private Integer version;

    @PersistenceCreator
    CompensationClaim() {
    }

    /** A claim filed for the victim, the {@code seq}-th on the record (from 0). */
    static CompensationClaim file(long victimId, int seq, CompensationRoute route, Long caseId, LocalDate filedOn,
            long claimedKzt, String recordedBy, LocalDate today) {
        if (route == null) {
            throw new RuleViolationException("victim.error.incomplete");
        }
        Victim.checkDate(filedOn, today);
        if (claimedKzt <= 0) {
            throw new RuleViolationException("victim.error.amount");
        }
        CompensationClaim claim = new CompensationClaim();
        claim.enter(victimId, seq, recordedBy);
        claim.route = route;
        claim.caseId = caseId;
        claim.filedOn = filedOn;
        claim.claimedKzt = claimedKzt;
        return claim;
    }

    /** The amount awarded on the claim (possibly none: an award of 0 is a rejection). */
    void award(LocalDate on, long amountKzt, LocalDate today) {
        if (awardedOn != null) {
            throw new RuleViolationException("victim.error.compensation-awarded");
        }
        Victim.checkDate(on, today);
        if (on.isBefore(filedOn)) {
            throw new RuleViolationException("victim.error.award-before-filing");
        }
        if (amountKzt < 0 || amountKzt > claimedKzt) {
            throw new RuleViolationException("victim.error.award-amount");
        }
        awardedOn = on;
        awardedKzt = amountKzt;
    }

    /** What was actually paid on an award (all of it or part). */
    void pay(LocalDate on, long amountKzt, LocalDate today) {
        if (awardedOn == null) {
            throw new RuleViolationException("victim.error.payment-before-award");
        }
        if (paidOn != null) {
            throw new RuleViolationException("victim.error.compensation-paid");
        }
        Victim.checkDate(on, today);
        if (on.isBefore(awardedOn)) {
            throw new RuleViolationException("victim.error.payment-before-award");
        }
        if (amountKzt <= 0 || amountKzt > awardedKzt) {
            throw new RuleViolationException("victim.error.payment-amount");
        }
        paidOn = on;
        paidKzt = amountKzt;
    }

    CompensationRoute route() {
        return route;
    }

    Long caseId() {
        return caseId;
    }

    LocalDate filedOn() {
        return filedOn;
    }

    long claimedKzt() {
        return claimedKzt;
    }

    LocalDate awardedOn() {
        return awardedOn;
    }

    Long awardedKzt() {
        return awardedKzt;
    }

    LocalDate paidOn() {
        return paidOn;
    }

    Long paidKzt() {
        return paidKzt;
    }
}
