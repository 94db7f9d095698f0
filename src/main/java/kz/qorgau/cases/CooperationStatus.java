package kz.qorgau.cases;

/** Where a request of international cooperation stands. */
public enum CooperationStatus {
    REQUESTED, GRANTED, REFUSED, WITHDRAWN, EXECUTED;

    public String messageKey() {
        return "cooperation.status." + name();
    }
}
