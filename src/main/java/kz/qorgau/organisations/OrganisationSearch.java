package kz.qorgau.organisations;

/** Filters of the organisation list; null or blank means "any". */
public record OrganisationSearch(String text, OrganisationType type, String region, Boolean active) {

    public static OrganisationSearch any() {
        return new OrganisationSearch(null, null, null, null);
    }
}
