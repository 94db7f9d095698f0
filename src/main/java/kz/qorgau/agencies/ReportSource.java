package kz.qorgau.agencies;

/**
 * Where a report of an informal intermediary came from: a complaint against an agency, or an inspection, a criminal
 * case or a hotline call, each named by the reference people quote and which the reporting user may open.
 */
public enum ReportSource {
    COMPLAINT(null), INSPECTION("/inspections/"), CASE("/cases/"), CALL("/hotline/");

    private final String pages;

    ReportSource(String pages) {
        this.pages = pages;
    }

    /** The source whose records' pages the address opens; null when it is none of these. */
    static ReportSource ofPage(String address) {
        for (ReportSource source : values()) {
            if (source.pages != null && address.startsWith(source.pages)) {
                return source;
            }
        }
        return null;
    }

    public String messageKey() {
        return "intermediary.source." + name();
    }
}
