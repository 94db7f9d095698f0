package kz.qorgau.shelters;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import kz.qorgau.shared.RuleViolationException;

/**
 * A victim's stay in a shelter: the bed group, an overflow reason where the group's beds were all taken, the
 * discharge with its reason, and the special social services period. A stay is a shelter service episode of the
 * referrals module, which keeps its dates and its cost: the stay refers to it and holds no date of its own, so that
 * there is one record of when a victim was sheltered. The methods take the episode's dates where a rule needs them.
 */
@Table("shelters_stay")
class Stay {

    @Id
    private Long id;
    private Long shelterId;
    private long victimId;
    private Long episodeId;
    private BedGroup bedGroup;
    private boolean unaccompaniedChild;
    private OverflowReason overflowReason;
    private DischargeReason dischargeReason;
    private LocalDate periodExtendedOn;
    private String admittedBy;
    private String dischargedBy;
    private String extendedBy;
    private Instant recordedAt;
    @Version
    private Integer version;

    @PersistenceCreator
    Stay() {
    }

    /**
     * Admits a victim to a bed of the group on the day, refusing what the rules forbid: an unaccompanied child
     * anywhere but in a bed for children, an adult in one, a shelter closed or not yet open on the day, a date to
     * come, and a group whose beds are all taken that night unless the worker states why the victim is admitted all
     * the same.
     *
     * @param occupied the beds of the group taken on the night of the admission, before it
     */
    static Stay admit(Shelter shelter, long victimId, boolean child, boolean unaccompaniedChild, BedGroup group,
            LocalDate admittedOn, int occupied, OverflowReason overflow, String by, LocalDate today, Instant now) {
        if (group == null) {
            throw new RuleViolationException("shelter.error.group-required");
        }
        if (admittedOn == null) {
            throw new RuleViolationException("shelter.error.admission-date-required");
        }
        if (admittedOn.isAfter(today)) {
            throw new RuleViolationException("shelter.error.future-date");
        }
        if (!shelter.openOn(admittedOn)) {
            throw new RuleViolationException("shelter.error.not-open");
        }
        if (unaccompaniedChild && group != BedGroup.CHILDREN) {
            throw new RuleViolationException("shelter.error.child-bed");
        }
        if (!child && group == BedGroup.CHILDREN) {
            throw new RuleViolationException("shelter.error.adult-in-child-bed");
        }
        int beds = shelter.capacity().beds(group, admittedOn);
        if (occupied >= beds && overflow == null) {
            throw new RuleViolationException("shelter.error.full", beds);
        }
        Stay stay = new Stay();
        stay.shelterId = shelter.id();
        stay.victimId = victimId;
        stay.bedGroup = group;
        stay.unaccompaniedChild = unaccompaniedChild;
        stay.overflowReason = occupied >= beds ? overflow : null;
        stay.admittedBy = by;
        stay.recordedAt = now;
        return stay;
    }

    /** The shelter service episode that holds the stay's dates and cost, recorded with the admission. */
    void servedBy(long episodeId) {
        if (this.episodeId != null) {
            throw new IllegalStateException("the stay has its episode");
        }
        this.episodeId = episodeId;
    }

    /** Ends the stay on the day, for the reason; not before the admission, not in the future, not twice. */
    void discharge(DischargeReason reason, LocalDate admittedOn, LocalDate on, LocalDate today, String by) {
        if (dischargeReason != null) {
            throw new RuleViolationException("shelter.error.already-discharged");
        }
        if (reason == null) {
            throw new RuleViolationException("shelter.error.discharge-reason-required");
        }
        if (on == null) {
            throw new RuleViolationException("shelter.error.discharge-date-required");
        }
        if (on.isBefore(admittedOn)) {
            throw new RuleViolationException("shelter.error.discharge-before-admission");
        }
        if (on.isAfter(today)) {
            throw new RuleViolationException("shelter.error.future-date");
        }
        this.dischargeReason = reason;
        this.dischargedBy = by;
    }

    /**
     * Extends the special social services period from six months to nine, by a decision dated within the six
     * months (once; not before the admission, not in the future).
     */
    void extendPeriod(LocalDate admittedOn, LocalDate decidedOn, LocalDate today, String by) {
        if (periodExtendedOn != null) {
            throw new RuleViolationException("shelter.error.already-extended");
        }
        if (decidedOn == null) {
            throw new RuleViolationException("shelter.error.decision-date-required");
        }
        if (decidedOn.isBefore(admittedOn) || decidedOn.isAfter(today)) {
            throw new RuleViolationException(decidedOn.isAfter(today) ? "shelter.error.future-date"
                    : "shelter.error.decision-before-admission");
        }
        if (decidedOn.isAfter(period(admittedOn).extensionDueBy())) {
            throw new RuleViolationException("shelter.error.period-ended");
        }
        this.periodExtendedOn = decidedOn;
        this.extendedBy = by;
    }

    ServicePeriod period(LocalDate admittedOn) {
        return new ServicePeriod(admittedOn, periodExtendedOn);
    }

    boolean discharged() {
        return dischargeReason != null;
    }

    Long id() {
        return id;
    }

    Long shelterId() {
        return shelterId;
    }

    long victimId() {
        return victimId;
    }

    Long episodeId() {
        return episodeId;
    }

    BedGroup bedGroup() {
        return bedGroup;
    }

    boolean unaccompaniedChild() {
        return unaccompaniedChild;
    }

    OverflowReason overflowReason() {
        return overflowReason;
    }

    DischargeReason dischargeReason() {
        return dischargeReason;
    }

    LocalDate periodExtendedOn() {
        return periodExtendedOn;
    }
}
