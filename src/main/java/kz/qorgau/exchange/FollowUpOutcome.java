package kz.qorgau.exchange;

/** What a follow-up after a return found: the person settled, still needs support, or could not be reached. */
public enum FollowUpOutcome {
    SETTLED,
    NEEDS_SUPPORT,
    NOT_REACHED;

    public String messageKey() {
        return "exchange.referral.outcome." + name();
    }
}
