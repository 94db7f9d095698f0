package kz.qorgau.victims;

/** Where a victim was interviewed in proceedings. */
public enum InterviewPlace {
    SHELTER,
    POLICE,
    COURT,
    OTHER;

    public String messageKey() {
        return "victim.interview-place." + name();
    }
}
