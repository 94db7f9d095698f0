package kz.qorgau.victims;

/** When a victim was screened for the non-punishment principle: before deportation or before a penalty. */
public enum NonPunishmentContext {
    BEFORE_DEPORTATION,
    BEFORE_PROSECUTION,
    BEFORE_ADMINISTRATIVE_PENALTY;

    public String messageKey() {
        return "victim.non-punishment.context." + name();
    }
}
