package kz.qorgau.exchange;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import kz.qorgau.organisations.OrganisationType;
import kz.qorgau.shared.ExploitationForm;
import kz.qorgau.shared.Sex;
import kz.qorgau.victims.ControlMethod;
import kz.qorgau.victims.DecidingOrganisationType;
import kz.qorgau.victims.IsicSection;
import kz.qorgau.victims.RecruiterRelationship;
import kz.qorgau.victims.RecruitmentMethod;
import kz.qorgau.victims.SexExploitationType;
import kz.qorgau.victims.TraffickingStatus;

/**
 * The codes of the exchange format's vocabularies. Where HTCDS 2.0 has a picklist, its value names as the standard
 * spells them ({@code shared/reference/htcds-2.0-field-standards.tsv}), each Java constant mapped explicitly so that a
 * new constant does not compile without a code; values HTCDS lacks are extensions in the same style (listed in
 * {@code docs/exchange/README.md}). Qorgau's own vocabularies (referral kinds, services, steps and the like) take the
 * constant's name in the same style ({@link #code(Enum)}). The schema's enums are checked against these by
 * {@code ExchangeSchemaTests}.
 */
final class Vocabulary {

    private Vocabulary() {
    }

    /** A constant's name in HTCDS's style: {@code FORCED_LABOUR} as {@code ForcedLabour}. */
    static String code(Enum<?> value) {
        StringBuilder code = new StringBuilder();
        for (String word : value.name().split("_")) {
            code.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return code.toString();
    }

    /** The sender's kinds of organisation, finer than HTCDS {@code org_Type}; {@code NGO} as HTCDS spells it. */
    static String organisationType(OrganisationType type) {
        return type == OrganisationType.NGO ? "NGO" : code(type);
    }

    /** {@code prs_Gender}: the recorded sex in the standard's terms; other as non-conforming, none as unknown. */
    static String gender(Sex sex) {
        return switch (sex == null ? Sex.UNKNOWN : sex) {
            case FEMALE -> "Feminine";
            case MALE -> "Masculine";
            case OTHER -> "NonConforming";
            case UNKNOWN -> "NonSpecifiedUnknown";
        };
    }

    /** HTCDS's genders on Qorgau's recorded sex: the transgender and non-conforming codes as other. */
    static Sex sex(String gender) {
        if (gender == null) {
            return Sex.UNKNOWN;
        }
        return switch (gender) {
            case "Feminine" -> Sex.FEMALE;
            case "Masculine" -> Sex.MALE;
            case "NonSpecifiedUnknown" -> Sex.UNKNOWN;
            default -> Sex.OTHER;
        };
    }

    /** The constant whose code, as {@code code} spells it, is the text; empty when none is. */
    static <E extends Enum<E>> Optional<E> constant(E[] constants, Function<E, String> code, String text) {
        for (E constant : constants) {
            if (code.apply(constant).equals(text)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    /** {@code vic_TraffickingStatus}: HTCDS has no presumed victim; a presumed victim is an actual one there. */
    static String traffickingStatus(TraffickingStatus status) {
        return status.htcdsCode();
    }

    /** {@code vic_TraffickingStatusDecisionMakingOrg}. */
    static String decidingOrganisation(DecidingOrganisationType type) {
        return switch (type) {
            case POLICE -> "Police";
            case NGO -> "NGO";
            case COURT_OR_PROSECUTION -> "CourtOrProsecution";
            case NON_POLICE_GOVERNMENTAL_ORGANISATION -> "NonPoliceGovernmentalOrganization";
            case OTHER -> "Other";
        };
    }

    /** {@code vic_TypeOfExploitation}, extended with forced criminality. */
    static String exploitation(ExploitationForm form) {
        return switch (form) {
            case SEXUAL_EXPLOITATION -> "SexualExploitation";
            case FORCED_LABOUR -> "ForcedLabour";
            case CHILD_LABOUR -> "ChildLabour";
            case SERVITUDE -> "Servitude";
            case FORCED_BEGGING -> "ForcedBegging";
            case FORCED_CRIMINALITY -> "ForcedCriminality";
            case FORCED_MARRIAGE -> "ForcedMarriage";
            case ORGAN_REMOVAL -> "OrganRemoval";
            case FORCED_ADOPTION -> "ForcedAdoption";
            case SURROGACY -> "Surrogacy";
            case FORCED_MILITARY_BY_NON_STATE_ACTORS -> "ForcedMilitaryByNonStateActors";
            case OTHER -> "Other";
        };
    }

    /** {@code vic_TypeOfSexExploitation}. */
    static String sexExploitation(SexExploitationType type) {
        return switch (type) {
            case PROSTITUTION -> "Prostitution";
            case PORNOGRAPHY -> "Pornography";
            case REMOTE_INTERACTIVE_SERVICES -> "RemoteInteractiveServices";
            case PRIVATE_SEXUAL_SERVICES -> "PrivateSexualServices";
        };
    }

    /** {@code vic_ForcedLabourIndustry} (ISIC Rev. 4 sections). */
    static String industry(IsicSection section) {
        return switch (section) {
            case A -> "A_AgricultureForestryAndFishing";
            case B -> "B_MiningAndQuarrying";
            case C -> "C_Manufacturing";
            case D -> "D_ElectricityGasSteamAndAirConditioningSupply";
            case E -> "E_WaterSupplySewerageWasteManagement";
            case F -> "F_Construction";
            case G -> "G_WholesaleAndRetailTradeRepairOfMotorVehicles";
            case H -> "H_TransportationAndStorage";
            case I -> "I_AccommodationAndFoodServiceActivities";
            case J -> "J_InformationAndCommunication";
            case K -> "K_FinancialAndInsuranceActivities";
            case L -> "L_RealEstateActivities";
            case M -> "M_ProfessionalScientificAndTechnicalActivities";
            case N -> "N_AdministrativeAndSupportServiceActivities";
            case O -> "O_PublicAdministrationAndDefence";
            case P -> "P_Education";
            case Q -> "Q_HumanHealthAndSocialWorkActivities";
            case R -> "R_ArtsEntertainmentAndRecreation";
            case S -> "S_OtherServiceActivities";
            case T -> "T_ActivitiesOfHouseholdsAsEmployers";
            case U -> "U_ActivitiesOfExtraterritorialOrganizations";
        };
    }

    /** {@code vic_RelationshipToTrafficker}, spelled as the standard spells it ({@code Unaquainted}). */
    static String relationship(RecruiterRelationship relationship) {
        return switch (relationship) {
            case FAMILIAL -> "Familial";
            case ACQUAINTED -> "Acquainted";
            case UNACQUAINTED -> "Unaquainted";
        };
    }

    /** {@code vic_MethodOfRecruitment}, extended with private recruitment agencies. */
    static String recruitment(RecruitmentMethod method) {
        return switch (method) {
            case AT_A_PLACE_OF_BUSINESS -> "AtAPlaceOfBusiness";
            case AT_AN_EDUCATIONAL_INSTITUTION -> "AtAnEducationalInstitution";
            case AT_WORK -> "AtWork";
            case THROUGH_ONLINE_SOCIAL_NETWORKS -> "ThroughOnlineSocialNetworks";
            case THROUGH_AN_ONLINE_ADVERTISEMENT -> "ThroughAnOnlineAdvertisement";
            case THROUGH_A_TELEVISION_ADVERT -> "ThroughATelevisionAdvert";
            case THROUGH_A_NEWSPAPER_ADVERT -> "ThroughANewspaperAdvert";
            case THROUGH_FAMILY_OR_FAMILY_EVENTS -> "ThroughFamilyOrFamilyEvents";
            case THROUGH_FRIENDS_OR_SOCIAL_EVENTS -> "ThroughFriendsOrSocialEvents";
            case THROUGH_A_RECRUITMENT_AGENCY -> "ThroughARecruitmentAgency";
            case OTHER -> "Other";
        };
    }

    /** {@code vic_MethodsOfControl}, extended with restricted movement. */
    static String control(ControlMethod method) {
        return switch (method) {
            case PHYSICAL_THREATS -> "PhysicalThreats";
            case THREATS_LAW_ENFORCEMENT -> "ThreatsLawEnforcement";
            case THREATENS_CHILDREN_FAMILY -> "ThreatensChildrenFamily";
            case DEBT_BONDAGE -> "DebtBondage";
            case FALSE_PROMISES -> "FalsePromises";
            case PHYSICAL_ABUSE -> "PhysicalAbuse";
            case SEXUAL_ABUSE -> "SexualAbuse";
            case TAKES_EARNINGS -> "TakesEarnings";
            case RESTRICTS_FINANCIAL_ACCESS -> "RestrictsFinancialAccess";
            case RESTRICTS_MEDICAL_CARE -> "RestrictsMedicalCare";
            case WITHHOLDS_NECESSITIES -> "WithholdsNecessities";
            case PSYCHOLOGICAL_ABUSE -> "PsychologicalAbuse";
            case PSYCHOACTIVE_SUBSTANCE -> "PsychoactiveSubstance";
            case EXCESSIVE_WORKING_HOURS -> "ExcessiveWorkingHours";
            case WITHHOLDS_DOCUMENTS -> "WithholdsDocuments";
            case RESTRICTS_MOVEMENT -> "RestrictsMovement";
            case OTHER -> "Other";
        };
    }
}
