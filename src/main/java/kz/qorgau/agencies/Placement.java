package kz.qorgau.agencies;

/** Where an agency places workers: within Kazakhstan, abroad, or foreign workers brought into Kazakhstan. */
public enum Placement {
    WITHIN_KAZAKHSTAN, ABROAD, FOREIGN_WORKERS_IN;

    public String messageKey() {
        return "agency.placement." + name();
    }
}
