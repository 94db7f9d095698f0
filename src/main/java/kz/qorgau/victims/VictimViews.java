package kz.qorgau.victims;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kz.qorgau.cases.VictimRole;
import kz.qorgau.shared.AgeGroup;
import kz.qorgau.shared.CountryCode;
import kz.qorgau.shared.ExploitationForm;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.Sex;

/** The read models of the victims module, as the pages and the API show them. Pseudonymous throughout. */
public final class VictimViews {

    private VictimViews() {
    }

    /** A row of the victim list: the record's reference, the person's pseudonym (none if anonymous). */
    public record VictimListItem(long id, String reference, String personPseudonym, boolean anonymous,
            LocalDate identifiedOn, RegionCode region, TraffickingStatus status, Set<ExploitationForm> forms, Sex sex,
            AgeGroup ageGroup, boolean child, boolean foreign, Citizenship citizenship,
            long registeredByOrganisationId) {
    }

    /**
     * What a list says of a victim's citizenship: a citizen of Kazakhstan, a foreigner (another citizenship recorded),
     * stateless, or unknown (none recorded and not stateless). {@code foreign} of a list item is every one but a
     * citizen, as the deadlines of foreign victims count them.
     */
    public enum Citizenship {
        CITIZEN("victim.citizen"), FOREIGN("victim.foreign"), STATELESS("victim.stateless"),
        UNKNOWN("victim.citizenship.unknown-short");

        private final String messageKey;

        Citizenship(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /**
     * A victim record with everything on its page, and what the user may do on it ({@link Victim#allowedActions}).
     *
     * @param brokenGlass whether the user reads it only by breaking the glass (read only)
     */
    public record VictimView(long id, String reference, Long personId, String personPseudonym, boolean anonymous,
            boolean maySeePersonalData, String registeredBy, long registeredByOrganisationId,
            long ownerOrganisationId, RegionCode region, LocalDate identifiedOn, TraffickingStatus status,
            LocalDate firstIdentifiedOn, Situation situation, List<StatusEntry> statusHistory,
            List<ScreeningView> screenings, Map<ConsentScope, ConsentDecision> consents,
            List<ConsentView> consentHistory, List<RightView> rights, boolean foreign, Reflection reflection,
            List<PermitView> permits, List<DeadlineView> deadlines, List<NonPunishmentView> nonPunishment,
            List<TestimonyView> testimonies, List<ProtectionView> protection, List<CompensationView> compensation,
            List<LinkedCase> cases, boolean maySeeSealedTexts, boolean mayRecordConsent, Set<VictimAction> actions,
            boolean brokenGlass) {

        /** Whether consent for the scope is given now (the consent gate). */
        public boolean consentGiven(ConsentScope scope) {
            return consents.get(scope) == ConsentDecision.GIVEN;
        }

        /** Whether the user may take the action now (none on a record opened by breaking the glass). */
        public boolean allows(VictimAction action) {
            return actions.contains(action);
        }
    }

    /** What is known of the victim and the situation, opened. */
    public record Situation(Sex sex, Integer ageAtIdentification, AgeGroup ageGroup, boolean child,
            Set<ExploitationForm> forms, Set<SexExploitationType> sexExploitation, IsicSection forcedLabourSector,
            Set<RecruitmentMethod> recruitmentMethods, Set<OnlinePlatform> recruitmentPlatforms,
            RecruiterRelationship recruiterRelationship, String recruitmentPlace, Set<ControlMethod> controlMethods,
            Set<Vulnerability> vulnerabilities, Set<CountryCode> citizenships, Set<CountryCode> recruitmentCountries,
            Set<CountryCode> transitCountries, Set<CountryCode> exploitationCountries, Integer ageWhenTrafficked,
            String narrative, boolean stateless) {
    }

    /** A decision of the status history (seq: order of recording). */
    public record StatusEntry(int seq, TraffickingStatus status, LocalDate decidedOn, long decidingOrganisationId,
            DecidingOrganisationType decidingType, String reason, Integer screeningNumber, String recordedBy,
            Instant recordedAt) {
    }

    /** A screening with its answers and the suggestion of the rule. */
    public record ScreeningView(long id, int number, LocalDate screenedOn, ScreeningContext context, boolean child,
            ExploitationKind exploitation, DelphiRule.Outcome suggestionShown, DelphiRule.Suggestion suggestion,
            TraffickingStatus decision, String reason, long organisationId, String screenedBy,
            Map<IloIndicator, Answer> iloAnswers, Map<DelphiIndicator, Answer> delphiAnswers) {
    }

    public record ConsentView(int seq, ConsentScope scope, ConsentDecision decision, LocalDate decidedOn,
            String recordedBy, long organisationId) {
    }

    public record RightView(VictimRight right, LocalDate informedOn, String informedBy, long organisationId) {
    }

    /** The reflection period in force; {@code extendedOn} the day of its last extension, if dated. */
    public record Reflection(LocalDate startsOn, LocalDate endsOn, boolean extended, LocalDate extendedOn) {
    }

    public record PermitView(int seq, PermitKind kind, LocalDate appliedOn, PermitOutcome outcome, LocalDate decidedOn,
            LocalDate validUntil) {
    }

    public record DeadlineView(DeadlineKind kind, LocalDate dueOn, boolean overdue, PermitKind permit) {
    }

    public record NonPunishmentView(LocalDate screenedOn, NonPunishmentContext context, OffenceKind offence,
            NonPunishmentResult result, String recordedBy, long organisationId) {
    }

    public record TestimonyView(LocalDate interviewedOn, Long caseId, InterviewPlace place, boolean videoRecorded,
            boolean socialWorkerPresent, String recordedBy) {
    }

    public record ProtectionView(Long caseId, LocalDate startsOn, LocalDate endsOn, long costKzt) {
    }

    public record CompensationView(int seq, CompensationRoute route, Long caseId, LocalDate filedOn, long claimedKzt,
            LocalDate awardedOn, Long awardedKzt, LocalDate paidOn, Long paidKzt) {
    }

    /** A case the victim is linked to; its number only for those who may see the case. */
    public record LinkedCase(long caseId, String erdrNumber, boolean visible, VictimRole role, LocalDate linkedOn) {
    }

    /** A deadline on the dashboard, with the record it belongs to. */
    public record DeadlineItem(long victimId, String reference, DeadlineKind kind, LocalDate dueOn, boolean overdue,
            PermitKind permit) {
    }

    /**
     * What the referral mechanism needs to know of a victim record: whether it may be referred (the
     * consent gate), with or without identity, and whether it is of an unaccompanied child.
     *
     * @param carriesIdentity whether a referral by the asking user carries the person's identity: only when
     *        that user sees it (a grant passes on no more than its grantor holds)
     */
    public record ReferralFacts(long victimId, String reference, boolean anonymous, boolean carriesIdentity,
            boolean consentToRefer,
            boolean child, boolean unaccompaniedChild, long ownerOrganisationId, boolean consentToLawEnforcement) {

        /** No referral of an identified person without consent to refer; the anonymous route refers without identity. */
        public boolean mayBeReferred() {
            return anonymous || consentToRefer;
        }
    }
}
