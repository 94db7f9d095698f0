package kz.qorgau.cases;

/** Properties of a case that the report asks about. */
public enum CaseFlag {
    FORCED_LABOUR_REMOTE_AREA, FOREIGN_VICTIMS, TRANSNATIONAL, OFFICIAL_COMPLICITY, ONLINE_RECRUITMENT;

    public String messageKey() {
        return "case.flag." + name();
    }
}
