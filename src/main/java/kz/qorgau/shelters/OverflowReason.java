package kz.qorgau.shelters;

/**
 * Why a victim was admitted to a group whose beds were all taken: a shelter may not turn a victim away with nowhere
 * else to go, but every such night is counted (nights over capacity).
 */
public enum OverflowReason {
    NO_OTHER_SHELTER_NEARBY,
    EMERGENCY_NIGHT,
    KEEPING_FAMILY_TOGETHER,
    OTHER;

    public String messageKey() {
        return "shelter.overflow." + name();
    }
}
