package kz.qorgau.inspections;

/** The kind of workplace inspected. */
public enum InspectionSite {
    FARM,
    CONSTRUCTION_SITE,
    FACTORY,
    MARKET,
    DOMESTIC_HOUSEHOLD,
    HOSPITALITY,
    OTHER;

    public String messageKey() {
        return "inspection.site." + name();
    }
}
