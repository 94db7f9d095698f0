package kz.qorgau.victims;

/** What a country is to a victim: citizenship, or where they were recruited, transited or exploited. */
public enum CountryRole {
    CITIZENSHIP,
    RECRUITMENT,
    TRANSIT,
    EXPLOITATION;

    public String messageKey() {
        return "victim.country-role." + name();
    }
}
