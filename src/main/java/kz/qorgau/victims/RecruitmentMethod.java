package kz.qorgau.victims;

/**
 * How a victim was recruited (HTCDS 2.0 {@code vic_MethodOfRecruitment}), extended with private recruitment
 * agencies, which Kazakhstan registers (DESIGN.md §2, agencies).
 */
public enum RecruitmentMethod {
    AT_A_PLACE_OF_BUSINESS,
    AT_AN_EDUCATIONAL_INSTITUTION,
    AT_WORK,
    THROUGH_ONLINE_SOCIAL_NETWORKS,
    THROUGH_AN_ONLINE_ADVERTISEMENT,
    THROUGH_A_TELEVISION_ADVERT,
    THROUGH_A_NEWSPAPER_ADVERT,
    THROUGH_FAMILY_OR_FAMILY_EVENTS,
    THROUGH_FRIENDS_OR_SOCIAL_EVENTS,
    THROUGH_A_RECRUITMENT_AGENCY,
    OTHER;

    public String messageKey() {
        return "victim.recruitment." + name();
    }
}
