package kz.qorgau.agencies;

/** What an informal intermediary was reported doing without a licence. */
public enum IntermediaryActivity {
    /** Finding work abroad. */
    JOBS_ABROAD,
    /** Finding work in Kazakhstan (for migrants among others). */
    JOBS_IN_KAZAKHSTAN,
    /** Arranging migrants' registration. */
    MIGRATION_REGISTRATION,
    /** Arranging documents: permits, passports, contracts. */
    DOCUMENTS,
    /** Transporting workers. */
    TRANSPORT;

    public String messageKey() {
        return "intermediary.activity." + name();
    }
}
