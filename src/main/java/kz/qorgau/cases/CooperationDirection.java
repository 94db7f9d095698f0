package kz.qorgau.cases;

/** Who asks whom in a request of international cooperation. */
public enum CooperationDirection {
    /** Kazakhstan asks another state (for an extradition: the person is brought to Kazakhstan). */
    OUTGOING,
    /** Another state asks Kazakhstan (for an extradition: Kazakhstan surrenders the person). */
    INCOMING;

    public String messageKey() {
        return "cooperation.direction." + name();
    }
}
