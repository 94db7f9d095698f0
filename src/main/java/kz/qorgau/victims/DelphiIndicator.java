package kz.qorgau.victims;

import java.util.Arrays;
import java.util.List;

/**
 * The ILO-EC operational indicators of trafficking (Delphi method, 2009), list "adults, labour
 * exploitation", as transcribed in shared/reference/screening-indicators.md: each with its dimension and
 * weight. The weights are to be confirmed against the ILO publication, and the lists for sexual
 * exploitation and for children are not transcribed yet: screenings of those kinds use this list with
 * the rule of their kind ({@link DelphiRule}). The result is only ever a suggestion.
 */
public enum DelphiIndicator {
    // deceptive recruitment
    DR_NATURE_OF_JOB(Dimension.DECEPTIVE_RECRUITMENT, Weight.STRONG),
    DR_CONDITIONS_OF_WORK(Dimension.DECEPTIVE_RECRUITMENT, Weight.MEDIUM),
    DR_CONTRACT(Dimension.DECEPTIVE_RECRUITMENT, Weight.MEDIUM),
    DR_FAMILY_REUNIFICATION(Dimension.DECEPTIVE_RECRUITMENT, Weight.MEDIUM),
    DR_HOUSING(Dimension.DECEPTIVE_RECRUITMENT, Weight.MEDIUM),
    DR_DOCUMENTS_OR_STATUS(Dimension.DECEPTIVE_RECRUITMENT, Weight.MEDIUM),
    DR_TRAVEL_AND_RECRUITMENT(Dimension.DECEPTIVE_RECRUITMENT, Weight.MEDIUM),
    DR_WAGES(Dimension.DECEPTIVE_RECRUITMENT, Weight.MEDIUM),
    DR_MARRIAGE_OR_ADOPTION(Dimension.DECEPTIVE_RECRUITMENT, Weight.MEDIUM),
    DR_EDUCATION(Dimension.DECEPTIVE_RECRUITMENT, Weight.WEAK),
    // coercive recruitment
    CR_VIOLENCE(Dimension.COERCIVE_RECRUITMENT, Weight.STRONG),
    CR_ABDUCTION_OR_SALE(Dimension.COERCIVE_RECRUITMENT, Weight.MEDIUM),
    CR_DOCUMENTS_CONFISCATED(Dimension.COERCIVE_RECRUITMENT, Weight.MEDIUM),
    CR_DEBT_BONDAGE(Dimension.COERCIVE_RECRUITMENT, Weight.MEDIUM),
    CR_ISOLATION(Dimension.COERCIVE_RECRUITMENT, Weight.MEDIUM),
    CR_THREAT_OF_DENUNCIATION(Dimension.COERCIVE_RECRUITMENT, Weight.MEDIUM),
    CR_THREAT_TO_INFORM_FAMILY(Dimension.COERCIVE_RECRUITMENT, Weight.MEDIUM),
    CR_VIOLENCE_ON_FAMILY(Dimension.COERCIVE_RECRUITMENT, Weight.MEDIUM),
    CR_WITHHOLDING_MONEY(Dimension.COERCIVE_RECRUITMENT, Weight.MEDIUM),
    CR_THREATS_OF_VIOLENCE(Dimension.COERCIVE_RECRUITMENT, Weight.MEDIUM),
    // recruitment by abuse of vulnerability
    VR_FAMILY_SITUATION(Dimension.RECRUITMENT_BY_ABUSE_OF_VULNERABILITY, Weight.MEDIUM),
    VR_ILLEGAL_STATUS(Dimension.RECRUITMENT_BY_ABUSE_OF_VULNERABILITY, Weight.MEDIUM),
    VR_LACK_OF_EDUCATION(Dimension.RECRUITMENT_BY_ABUSE_OF_VULNERABILITY, Weight.MEDIUM),
    VR_LACK_OF_INFORMATION(Dimension.RECRUITMENT_BY_ABUSE_OF_VULNERABILITY, Weight.MEDIUM),
    VR_CONTROL_BY_EXPLOITERS(Dimension.RECRUITMENT_BY_ABUSE_OF_VULNERABILITY, Weight.MEDIUM),
    VR_ECONOMIC_REASONS(Dimension.RECRUITMENT_BY_ABUSE_OF_VULNERABILITY, Weight.MEDIUM),
    VR_FALSE_INFORMATION_ON_LAW(Dimension.RECRUITMENT_BY_ABUSE_OF_VULNERABILITY, Weight.MEDIUM),
    VR_FALSE_INFORMATION_ON_MIGRATION(Dimension.RECRUITMENT_BY_ABUSE_OF_VULNERABILITY, Weight.MEDIUM),
    VR_PERSONAL_SITUATION(Dimension.RECRUITMENT_BY_ABUSE_OF_VULNERABILITY, Weight.MEDIUM),
    VR_EMOTIONAL_DEPENDENCY(Dimension.RECRUITMENT_BY_ABUSE_OF_VULNERABILITY, Weight.MEDIUM),
    VR_RELATIONSHIP_WITH_AUTHORITIES(Dimension.RECRUITMENT_BY_ABUSE_OF_VULNERABILITY, Weight.MEDIUM),
    VR_PAST_DIFFICULTIES(Dimension.RECRUITMENT_BY_ABUSE_OF_VULNERABILITY, Weight.MEDIUM),
    VR_DIFFICULTY_TO_TRAVEL(Dimension.RECRUITMENT_BY_ABUSE_OF_VULNERABILITY, Weight.MEDIUM),
    VR_CULTURAL_OR_RELIGIOUS_BELIEFS(Dimension.RECRUITMENT_BY_ABUSE_OF_VULNERABILITY, Weight.WEAK),
    VR_GENERAL_CONTEXT(Dimension.RECRUITMENT_BY_ABUSE_OF_VULNERABILITY, Weight.WEAK),
    // exploitation
    EX_EXCESSIVE_HOURS(Dimension.EXPLOITATION, Weight.STRONG),
    EX_BAD_LIVING_CONDITIONS(Dimension.EXPLOITATION, Weight.MEDIUM),
    EX_HAZARDOUS_WORK(Dimension.EXPLOITATION, Weight.MEDIUM),
    EX_LOW_OR_NO_SALARY(Dimension.EXPLOITATION, Weight.MEDIUM),
    EX_NO_RESPECT_OF_LAW_OR_CONTRACT(Dimension.EXPLOITATION, Weight.MEDIUM),
    EX_NO_SOCIAL_PROTECTION(Dimension.EXPLOITATION, Weight.MEDIUM),
    EX_VERY_BAD_WORKING_CONDITIONS(Dimension.EXPLOITATION, Weight.MEDIUM),
    EX_WAGE_MANIPULATION(Dimension.EXPLOITATION, Weight.MEDIUM),
    EX_NO_ACCESS_TO_EDUCATION(Dimension.EXPLOITATION, Weight.WEAK),
    // coercion at destination
    CD_DOCUMENTS_CONFISCATED(Dimension.COERCION_AT_DESTINATION, Weight.STRONG),
    CD_DEBT_BONDAGE(Dimension.COERCION_AT_DESTINATION, Weight.STRONG),
    CD_ISOLATION(Dimension.COERCION_AT_DESTINATION, Weight.STRONG),
    CD_VIOLENCE(Dimension.COERCION_AT_DESTINATION, Weight.STRONG),
    CD_ILLICIT_ACTIVITIES(Dimension.COERCION_AT_DESTINATION, Weight.MEDIUM),
    CD_FORCED_TASKS_OR_CLIENTS(Dimension.COERCION_AT_DESTINATION, Weight.MEDIUM),
    CD_AGAINST_PEERS(Dimension.COERCION_AT_DESTINATION, Weight.MEDIUM),
    CD_FORCED_TO_LIE(Dimension.COERCION_AT_DESTINATION, Weight.MEDIUM),
    CD_THREAT_OF_DENUNCIATION(Dimension.COERCION_AT_DESTINATION, Weight.MEDIUM),
    CD_THREAT_OF_WORSE_CONDITIONS(Dimension.COERCION_AT_DESTINATION, Weight.MEDIUM),
    CD_THREATS_OF_VIOLENCE(Dimension.COERCION_AT_DESTINATION, Weight.MEDIUM),
    CD_STRONG_INFLUENCE(Dimension.COERCION_AT_DESTINATION, Weight.MEDIUM),
    CD_VIOLENCE_ON_FAMILY(Dimension.COERCION_AT_DESTINATION, Weight.MEDIUM),
    CD_WITHHOLDING_WAGES(Dimension.COERCION_AT_DESTINATION, Weight.MEDIUM),
    CD_THREAT_TO_INFORM_FAMILY(Dimension.COERCION_AT_DESTINATION, Weight.WEAK),
    // abuse of vulnerability at destination
    VD_DEPENDENCY_ON_EXPLOITERS(Dimension.ABUSE_OF_VULNERABILITY_AT_DESTINATION, Weight.MEDIUM),
    VD_UNKNOWN_AREA(Dimension.ABUSE_OF_VULNERABILITY_AT_DESTINATION, Weight.MEDIUM),
    VD_ECONOMIC_REASONS(Dimension.ABUSE_OF_VULNERABILITY_AT_DESTINATION, Weight.MEDIUM),
    VD_FAMILY_SITUATION(Dimension.ABUSE_OF_VULNERABILITY_AT_DESTINATION, Weight.MEDIUM),
    VD_RELATIONSHIP_WITH_AUTHORITIES(Dimension.ABUSE_OF_VULNERABILITY_AT_DESTINATION, Weight.MEDIUM),
    VD_PAST_DIFFICULTIES(Dimension.ABUSE_OF_VULNERABILITY_AT_DESTINATION, Weight.WEAK),
    VD_PERSONAL_CHARACTERISTICS(Dimension.ABUSE_OF_VULNERABILITY_AT_DESTINATION, Weight.WEAK);

    /** The six elements of the Palermo Protocol definition that the indicators assess. */
    public enum Dimension {
        DECEPTIVE_RECRUITMENT,
        COERCIVE_RECRUITMENT,
        RECRUITMENT_BY_ABUSE_OF_VULNERABILITY,
        EXPLOITATION,
        COERCION_AT_DESTINATION,
        ABUSE_OF_VULNERABILITY_AT_DESTINATION;

        /** The indicators of the dimension, in the order of the list. */
        public List<DelphiIndicator> indicators() {
            return Arrays.stream(DelphiIndicator.values()).filter(indicator -> indicator.dimension == this).toList();
        }

        public String messageKey() {
            return "screening.dimension." + name();
        }
    }

    /** How strongly an indicator points to the dimension. */
    public enum Weight {
        STRONG,
        MEDIUM,
        WEAK;

        public String messageKey() {
            return "screening.weight." + name();
        }
    }

    private final Dimension dimension;
    private final Weight weight;

    DelphiIndicator(Dimension dimension, Weight weight) {
        this.dimension = dimension;
        this.weight = weight;
    }

    public Dimension dimension() {
        return dimension;
    }

    public Weight weight() {
        return weight;
    }

    public String messageKey() {
        return "screening.delphi." + name();
    }
}
