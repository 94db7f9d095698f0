package kz.qorgau.statistics;

import java.util.List;
import java.util.Set;
import java.util.Arrays;

/**
 * The 27 variables of the CTDC / HTCDS victim-level export, in column order, named as the CTDC global synthetic
 * data codebook (2024) names them. The published codebook is not among the project's reference files
 * (shared/reference/README.md describes it: year of registration, gender, age band, citizenship and country of
 * exploitation as ISO alpha-3, means-of-control, exploitation-type, labour-sector and recruiter-relationship
 * flags), so this list follows that description and shared/reference/screening-indicators.md; it holds the 27
 * variables the system's records can fill. Each constant says which HTCDS 2.0 field and codes it comes from.
 *
 * <p>Flags are 1 or 0, and empty when the source field is not recorded at all (CTDC's practice: unknown is
 * missing, not 0): the means flags when no method of control is recorded, the exploitation flags when no form
 * is recorded, the labour flags when no forced-labour sector is recorded, the recruiter flags when the
 * relationship is not recorded.
 */
enum CtdcVariable {

    /** The year the victim was identified: the status first presumed or confirmed (DESIGN.md §4). */
    YEAR_OF_REGISTRATION("yearOfRegistration", Kind.YEAR),
    /** {@code prs_Gender} as recorded on the victim record: Female, Male, Other; unknown empty. */
    GENDER("gender", Kind.TEXT),
    /**
     * The age at identification in CTDC's bands (see {@link Ctdc#ageBand}): the record's age, else the band the
     * person's birth year decides (the statistics' age band, statistics_victim.age_band).
     */
    AGE_BROAD("ageBroad", Kind.TEXT),
    /** {@code prs_Citizenship} as ISO 3166-1 alpha-3; unknown when none or several are recorded. */
    CITIZENSHIP("citizenship", Kind.TEXT),
    /** {@code hte_Country} of the exploitation events as ISO 3166-1 alpha-3; unknown when none or several. */
    COUNTRY_OF_EXPLOITATION("CountryOfExploitation", Kind.TEXT),
    /** {@code vic_MethodsOfControl}: DebtBondage, TakesEarnings, RestrictsFinancialAccess. */
    MEANS_DEBT_BONDAGE_EARNINGS("meansDebtBondageEarnings", Kind.MEANS, "DEBT_BONDAGE", "TAKES_EARNINGS",
            "RESTRICTS_FINANCIAL_ACCESS"),
    /** {@code vic_MethodsOfControl}: PhysicalThreats, ThreatsLawEnforcement, ThreatensChildrenFamily. */
    MEANS_THREATS("meansThreats", Kind.MEANS, "PHYSICAL_THREATS", "THREATS_LAW_ENFORCEMENT",
            "THREATENS_CHILDREN_FAMILY"),
    /** {@code vic_MethodsOfControl}: PsychologicalAbuse, PhysicalAbuse, SexualAbuse. */
    MEANS_ABUSE_PSY_PHY_SEX("meansAbusePsyPhySex", Kind.MEANS, "PSYCHOLOGICAL_ABUSE", "PHYSICAL_ABUSE",
            "SEXUAL_ABUSE"),
    /** {@code vic_MethodsOfControl}: FalsePromises (ILO: deception). */
    MEANS_FALSE_PROMISES("meansFalsePromises", Kind.MEANS, "FALSE_PROMISES"),
    /** {@code vic_MethodsOfControl}: PsychoactiveSubstance. */
    MEANS_DRUGS_ALCOHOL("meansDrugsAlcohol", Kind.MEANS, "PSYCHOACTIVE_SUBSTANCE"),
    /**
     * {@code vic_MethodsOfControl}: WithholdsNecessities, RestrictsMedicalCare, and the system's extension
     * RestrictsMovement (ILO: restriction of movement; abusive working and living conditions).
     */
    MEANS_DENY_BASIC_NEEDS("meansDenyBasicNeeds", Kind.MEANS, "WITHHOLDS_NECESSITIES", "RESTRICTS_MEDICAL_CARE",
            "RESTRICTS_MOVEMENT"),
    /** {@code vic_MethodsOfControl}: ExcessiveWorkingHours. */
    MEANS_EXCESSIVE_WORK_HOURS("meansExcessiveWorkHours", Kind.MEANS, "EXCESSIVE_WORKING_HOURS"),
    /** {@code vic_MethodsOfControl}: WithholdsDocuments. */
    MEANS_WITHHOLD_DOCS("meansWithholdDocs", Kind.MEANS, "WITHHOLDS_DOCUMENTS"),
    /** {@code vic_TypeOfExploitation}: ForcedLabour, ChildLabour, Servitude (the GLOTIP group). */
    IS_FORCED_LABOUR("isForcedLabour", Kind.FORM),
    /** {@code vic_TypeOfExploitation}: SexualExploitation. */
    IS_SEXUAL_EXPLOIT("isSexualExploit", Kind.FORM),
    /** {@code vic_TypeOfExploitation}: every other form (begging, criminality, marriage, organs, ...). */
    IS_OTHER_EXPLOIT("isOtherExploit", Kind.FORM),
    /** {@code vic_ForcedLabourIndustry} (ISIC Rev. 4) A: agriculture, forestry and fishing. */
    TYPE_OF_LABOUR_AGRICULTURE("typeOfLabourAgriculture", Kind.SECTOR, "A"),
    /** {@code vic_ForcedLabourIndustry} F: construction. */
    TYPE_OF_LABOUR_CONSTRUCTION("typeOfLabourConstruction", Kind.SECTOR, "F"),
    /** {@code vic_ForcedLabourIndustry} T: activities of households as employers. */
    TYPE_OF_LABOUR_DOMESTIC_WORK("typeOfLabourDomesticWork", Kind.SECTOR, "T"),
    /** {@code vic_ForcedLabourIndustry} I: accommodation and food service activities. */
    TYPE_OF_LABOUR_HOSPITALITY("typeOfLabourHospitality", Kind.SECTOR, "I"),
    /** {@code vic_ForcedLabourIndustry} C: manufacturing. */
    TYPE_OF_LABOUR_MANUFACTURING("typeOfLabourManufacturing", Kind.SECTOR, "C"),
    /** {@code vic_ForcedLabourIndustry} B: mining and quarrying. */
    TYPE_OF_LABOUR_MINING_OR_DRILLING("typeOfLabourMiningOrDrilling", Kind.SECTOR, "B"),
    /** {@code vic_ForcedLabourIndustry} H: transportation and storage. */
    TYPE_OF_LABOUR_TRANSPORTATION("typeOfLabourTransportation", Kind.SECTOR, "H"),
    /** {@code vic_ForcedLabourIndustry}: any other ISIC section (D, E, G, J to S, U). */
    TYPE_OF_LABOUR_OTHER("typeOfLabourOther", Kind.SECTOR, "D", "E", "G", "J", "K", "L", "M", "N", "O", "P", "Q", "R",
            "S", "U"),
    /** {@code vic_RelationshipToTrafficker}: Familial. */
    RECRUITER_RELATION_FAMILY("recruiterRelationFamily", Kind.RECRUITER, "FAMILIAL"),
    /** {@code vic_RelationshipToTrafficker}: Acquainted (an acquaintance, the nearest CTDC category). */
    RECRUITER_RELATION_FRIEND("recruiterRelationFriend", Kind.RECRUITER, "ACQUAINTED"),
    /** {@code vic_RelationshipToTrafficker}: Unacquainted. */
    RECRUITER_RELATION_OTHER("recruiterRelationOther", Kind.RECRUITER, "UNACQUAINTED");

    /** Where a variable's value comes from, and so how it is written (a year, a text or a 1/0 flag). */
    enum Kind {
        YEAR, TEXT, MEANS, FORM, SECTOR, RECRUITER;

        boolean flag() {
            return this != YEAR && this != TEXT;
        }
    }

    /** The names, in column order. */
    static final List<String> NAMES = Arrays.stream(values()).map(CtdcVariable::ctdcName).toList();

    /**
     * The quasi-identifiers: the variables someone who knows a victim could know too, over which the export is
     * k-anonymous (see {@link KAnonymity}).
     */
    static final List<CtdcVariable> QUASI_IDENTIFIERS = List.of(YEAR_OF_REGISTRATION, GENDER, AGE_BROAD, CITIZENSHIP,
            COUNTRY_OF_EXPLOITATION);

    private final String ctdcName;
    private final Kind kind;
    private final Set<String> codes;

    CtdcVariable(String ctdcName, Kind kind, String... codes) {
        this.ctdcName = ctdcName;
        this.kind = kind;
        this.codes = Set.of(codes);
    }

    String ctdcName() {
        return ctdcName;
    }

    Kind kind() {
        return kind;
    }

    /** The source codes that set the flag. */
    Set<String> codes() {
        return codes;
    }
}
