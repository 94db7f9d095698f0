package kz.qorgau.victims;

/** The result of non-punishment screening. */
public enum NonPunishmentResult {
    NOT_PUNISHED,
    OFFENCE_NOT_LINKED,
    REFERRED_FOR_DECISION;

    public String messageKey() {
        return "victim.non-punishment.result." + name();
    }
}
