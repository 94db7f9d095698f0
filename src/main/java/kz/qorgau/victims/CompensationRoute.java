package kz.qorgau.victims;

/** How compensation is claimed: in the criminal case, by a separate civil suit, or from the state fund. */
public enum CompensationRoute {
    CIVIL_CLAIM_IN_CRIMINAL_CASE,
    CIVIL_SUIT,
    STATE_FUND;

    public String messageKey() {
        return "victim.compensation-route." + name();
    }
}
