package kz.qorgau.exchange;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A document of the exchange format, version 3 ({@code docs/exchange/qorgau-exchange-v3.schema.json}; version 2 is the
 * same without the victims' screenings, version 1 without their consents either, and both are still read): the envelope
 * and the records it carries, each named by the sender's stable external id and referring to the others by it. Field
 * names and codes follow HTCDS 2.0 where it has them ({@link Vocabulary}); countries are ISO 3166-1 alpha-2, regions
 * ISO 3166-2, dates ISO 8601. Absent values are left out, never null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ExchangeDocument(String format, String version, Sender sender, String createdAt, Selection selection,
        List<Person> persons, List<Victim> victims, List<Referral> referrals) {

    static final String FORMAT = "qorgau-exchange";
    /** The version this system writes. */
    static final String VERSION = "3";
    /** The versions this system reads, oldest first: each is a subset of the next. */
    static final List<String> READABLE = List.of("1", "2", "3");

    /** Who sent the document: the country, the system and the organisation of the user who made it. */
    record Sender(String country, String system, Organisation organisation) {
    }

    /** An organisation, named by its external id. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Organisation(String externalId, String name, String type, String region) {
    }

    /** What the sender selected: the period, the region if one, and the kind of records. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Selection(LocalDate from, LocalDate to, String region, String kind) {
    }

    /**
     * A person. A pseudonymous person carries no name, no date of birth and no document: only the external id (from
     * the pseudonym), sex, birth year and citizenships.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Person(String externalId, boolean pseudonymous, String gender, Integer birthYear,
            List<String> citizenship, boolean stateless, String firstName, String middleName, String secondName,
            String latinName, LocalDate birthdate, String identityNumber, List<IdentityDocument> identityDocuments) {
    }

    /** A travel or identity document other than the IIN. */
    record IdentityDocument(String type, String number, String country) {
    }

    /** A victim record: one person (none on the anonymous route) in one trafficking situation. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Victim(String externalId, String person, boolean anonymous, String region, LocalDate identifiedOn,
            LocalDate firstIdentifiedOn, String traffickingStatus, String traffickingStatusDetail,
            List<StatusDecision> statusHistory, String gender, Integer ageAtIdentification, Integer ageWhenTrafficked,
            boolean child, boolean stateless, List<String> typeOfExploitation, List<String> typeOfSexExploitation,
            String forcedLabourIndustry, String relationshipToTrafficker, List<String> methodOfRecruitment,
            List<String> methodsOfControl, List<Country> countries, String mergedInto, List<Consent> consents,
            List<Screening> screenings, List<ServiceEpisode> services) {
    }

    /**
     * A service provided to the victim (version 3; written by the export, not imported): the service, from when to
     * when (no end: still going), the provider, the referral it was given under (external id) if any, its cost in
     * tenge and its funding.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ServiceEpisode(String service, LocalDate startedOn, LocalDate endedOn, Organisation provider,
            String referral, Long costKzt, String fundingSource) {
    }

    /**
     * One screening of the person (version 3): where and when, the indicators asked with their answers (by code), the
     * suggestion the Delphi rule made of them (written, never read: the receiver works it out again) and the decision
     * taken on it. Never the reason, which stays sealed.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Screening(LocalDate screenedOn, String context, String exploitation, Boolean child, Map<String, String> ilo,
            Map<String, String> delphi, String suggestion, String traffickingStatus, String traffickingStatusDetail) {
    }

    /** A victim's dated answer on one scope of consent (version 2). */
    record Consent(String scope, String decision, LocalDate decidedOn) {
    }

    /** One dated decision on the trafficking status. */
    record StatusDecision(LocalDate decidedOn, String traffickingStatus, String traffickingStatusDetail,
            String traffickingStatusDecisionMakingOrg) {
    }

    /** A country and what it is to the victim (citizenship; recruitment, transit, exploitation as HTCDS hte_Type). */
    record Country(String country, String role) {
    }

    /** A referral from one organisation to another, with its dated steps. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Referral(String externalId, String victim, boolean anonymous, String kind,
            Organisation referringOrganisation, Organisation referredOrganisation, List<String> services,
            String status, LocalDate outgoingReferralDate, LocalDate answerDueOn, List<Step> steps) {
    }

    /** One step of a referral, by the organisation (external id) that took it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Step(String step, LocalDate date, String organisation, String declineReason) {
    }
}
