package kz.qorgau.prevention;

/** Whom a training was for (its main audience): each training counts once, under one audience. */
public enum Audience {
    POLICE, INVESTIGATORS, PROSECUTORS, JUDGES, LAWYERS, LABOUR_INSPECTORS, MIGRATION_OFFICERS, DIPLOMATS,
    /** Military personnel before their deployment to a peacekeeping mission. */
    PEACEKEEPERS, SOCIAL_WORKERS, TEACHERS, HEALTH_WORKERS;

    public String messageKey() {
        return "training.audience." + name();
    }
}
