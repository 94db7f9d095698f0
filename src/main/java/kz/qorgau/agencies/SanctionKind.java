package kz.qorgau.agencies;

/**
 * A sanction of an agency's violation. A suspension or a revocation is also a decision on the licence, dated the
 * same day; a referral to the police names the criminal case once one is registered.
 */
public enum SanctionKind {
    WARNING, FINE, SUSPENSION, REVOCATION, POLICE_REFERRAL;

    /** The decision on the licence this sanction is, if it is one. */
    DecisionKind decision() {
        return switch (this) {
            case SUSPENSION -> DecisionKind.SUSPENDED;
            case REVOCATION -> DecisionKind.REVOKED;
            default -> null;
        };
    }

    public String messageKey() {
        return "agency.sanction." + name();
    }
}
