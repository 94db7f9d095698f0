package kz.qorgau.victims;

/** Where a first responder screened the person (DESIGN.md §1: who meets victims). */
public enum ScreeningContext {
    LABOUR_INSPECTION,
    PRE_DEPORTATION,
    CONSULAR,
    POLICE,
    NGO_OUTREACH,
    HEALTH_CARE,
    HOTLINE,
    OTHER;

    public String messageKey() {
        return "screening.context." + name();
    }
}
