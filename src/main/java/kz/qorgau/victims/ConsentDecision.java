package kz.qorgau.victims;

/** A victim's answer on one scope of consent; a withdrawal ends a consent given earlier. */
public enum ConsentDecision {
    GIVEN,
    REFUSED,
    WITHDRAWN;

    public String messageKey() {
        return "consent.decision." + name();
    }
}
