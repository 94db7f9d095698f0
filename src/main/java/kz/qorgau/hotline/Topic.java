package kz.qorgau.hotline;

/** What a call was about (several may apply). */
public enum Topic {
    LABOUR_EXPLOITATION, SEXUAL_EXPLOITATION, DOCUMENTS_RETAINED, DEBT_BONDAGE, RECRUITMENT_FRAUD, MIGRATION_STATUS,
    MISSING_PERSON, CHILD, WORK_ABROAD, VIOLENCE;

    public String messageKey() {
        return "hotline.topic." + name();
    }
}
