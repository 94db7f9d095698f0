package kz.qorgau.inspections;

/** Who else took part in an inspection besides the labour inspectors. */
public enum Participant {
    POLICE,
    MIGRATION,
    NGO;

    public String messageKey() {
        return "inspection.participant." + name();
    }
}
