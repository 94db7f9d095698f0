package kz.qorgau.agencies;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import kz.qorgau.shared.InvalidFieldException;
import kz.qorgau.shared.RuleViolationException;

/**
 * An agency's licence (or notification) over time: issued on a day, valid until its expiry (none for a notification,
 * which does not expire), and the licensing authority's dated decisions since, in the order they were taken. Its
 * status on a day follows from them alone, so that a past day's status stays what it was.
 */
record Licence(LocalDate issuedOn, LocalDate expiresOn, List<Decision> decisions) {

    static final int TEXT_LENGTH = 300;

    /** A decision: what, on which day, until when (a renewal), by which body, by which document. */
    record Decision(DecisionKind kind, LocalDate decidedOn, LocalDate expiresOn, String body, String document) {
    }

    Licence {
        if (issuedOn == null) {
            throw new IllegalArgumentException("a licence is issued on a day");
        }
        decisions = decisions.stream().sorted(Comparator.comparing(Decision::decidedOn)).toList();
    }

    /** The status on the day. */
    LicenceStatus on(LocalDate day) {
        if (day.isBefore(issuedOn)) {
            return LicenceStatus.NONE;
        }
        LocalDate expiry = expiresOn;
        boolean suspended = false;
        for (Decision decision : decisions) {
            if (decision.decidedOn().isAfter(day)) {
                break;
            }
            switch (decision.kind()) {
                case SUSPENDED -> suspended = true;
                case REINSTATED -> suspended = false;
                case REVOKED -> {
                    return LicenceStatus.REVOKED;
                }
                case RENEWED -> expiry = decision.expiresOn();
            }
        }
        if (suspended) {
            return LicenceStatus.SUSPENDED;
        }
        return expiry != null && day.isAfter(expiry) ? LicenceStatus.EXPIRED : LicenceStatus.ACTIVE;
    }

    /** The expiry in force on the day (a renewal's, else the first; null for a notification). */
    LocalDate expiryOn(LocalDate day) {
        LocalDate expiry = expiresOn;
        for (Decision decision : decisions) {
            if (!decision.decidedOn().isAfter(day) && decision.kind() == DecisionKind.RENEWED) {
                expiry = decision.expiresOn();
            }
        }
        return expiry;
    }

    /**
     * The licence with one more decision, taken on its day (not in the future, not before the licence was issued
     * nor before the last decision) from the status it finds then: a suspension of a licence in force, a
     * reinstatement of a suspended one, a revocation of any not revoked, a renewal (to a later expiry) of one not
     * revoked.
     */
    Licence decide(Decision decision, LocalDate today) {
        if (decision.kind() == null) {
            throw new InvalidFieldException("kind", "agency.error.required");
        }
        if (decision.decidedOn() == null) {
            throw new InvalidFieldException("decidedOn", "agency.error.required");
        }
        requireText("body", decision.body());
        requireText("document", decision.document());
        if (decision.decidedOn().isAfter(today)) {
            throw new InvalidFieldException("decidedOn", "agency.error.future-date");
        }
        if (decision.decidedOn().isBefore(issuedOn)) {
            throw new InvalidFieldException("decidedOn", "agency.error.before-issue");
        }
        if (!decisions.isEmpty() && decision.decidedOn().isBefore(decisions.getLast().decidedOn())) {
            throw new InvalidFieldException("decidedOn", "agency.error.before-last-decision");
        }
        LicenceStatus then = on(decision.decidedOn());
        boolean allowed = switch (decision.kind()) {
            case SUSPENDED -> then == LicenceStatus.ACTIVE;
            case REINSTATED -> then == LicenceStatus.SUSPENDED;
            case REVOKED, RENEWED -> then != LicenceStatus.REVOKED;
        };
        if (!allowed) {
            throw new RuleViolationException("agency.error.not-allowed." + decision.kind().name().toLowerCase());
        }
        if (decision.kind() == DecisionKind.RENEWED) {
            LocalDate current = expiryOn(decision.decidedOn());
            if (decision.expiresOn() == null || !decision.expiresOn().isAfter(decision.decidedOn())
                    || current != null && !decision.expiresOn().isAfter(current)) {
                throw new InvalidFieldException("expiresOn", "agency.error.renewal-expiry");
            }
        } else if (decision.expiresOn() != null) {
            throw new InvalidFieldException("expiresOn", "agency.error.expiry-only-renewal");
        }
        List<Decision> more = new ArrayList<>(decisions);
        more.add(new Decision(decision.kind(), decision.decidedOn(), decision.expiresOn(), decision.body().strip(),
                decision.document().strip()));
        return new Licence(issuedOn, expiresOn, more);
    }

    static void requireText(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidFieldException(field, "agency.error.required");
        }
        if (text.strip().length() > TEXT_LENGTH) {
            throw new InvalidFieldException(field, "agency.error.too-long");
        }
    }
}
