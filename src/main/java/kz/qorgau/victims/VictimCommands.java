package kz.qorgau.victims;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import kz.qorgau.cases.VictimRole;
import kz.qorgau.shared.AgeGroup;
import kz.qorgau.shared.CountryCode;
import kz.qorgau.shared.ExploitationForm;
import kz.qorgau.shared.Sex;

/** What users ask of the victims module, from the pages and the API alike. */
public final class VictimCommands {

    private VictimCommands() {
    }

    /**
     * What is known of the victim and the trafficking situation (HTCDS 2.0 vocabularies). Sex, age at
     * identification and citizenships are kept on the record itself, so that anonymous records are
     * counted like the others. Free texts are sealed (they may name people or places).
     */
    public record Situation(Sex sex, Integer ageAtIdentification, String region, Set<ExploitationForm> forms,
            Set<SexExploitationType> sexExploitation, IsicSection forcedLabourSector,
            Set<RecruitmentMethod> recruitmentMethods, Set<OnlinePlatform> recruitmentPlatforms,
            RecruiterRelationship recruiterRelationship, String recruitmentPlace, Set<ControlMethod> controlMethods,
            Set<Vulnerability> vulnerabilities, Set<CountryCode> citizenships, Set<CountryCode> recruitmentCountries,
            Set<CountryCode> transitCountries, Set<CountryCode> exploitationCountries, Integer ageWhenTrafficked,
            String narrative, Boolean stateless) {

        public Situation {
            stateless = Boolean.TRUE.equals(stateless);
            forms = forms == null ? Set.of() : Set.copyOf(forms);
            sexExploitation = sexExploitation == null ? Set.of() : Set.copyOf(sexExploitation);
            recruitmentMethods = recruitmentMethods == null ? Set.of() : Set.copyOf(recruitmentMethods);
            recruitmentPlatforms = recruitmentPlatforms == null ? Set.of() : Set.copyOf(recruitmentPlatforms);
            controlMethods = controlMethods == null ? Set.of() : Set.copyOf(controlMethods);
            vulnerabilities = vulnerabilities == null ? Set.of() : Set.copyOf(vulnerabilities);
            citizenships = citizenships == null ? Set.of() : Set.copyOf(citizenships);
            recruitmentCountries = recruitmentCountries == null ? Set.of() : Set.copyOf(recruitmentCountries);
            transitCountries = transitCountries == null ? Set.of() : Set.copyOf(transitCountries);
            exploitationCountries = exploitationCountries == null ? Set.of() : Set.copyOf(exploitationCountries);
            sex = sex == null ? Sex.UNKNOWN : sex;
        }

        /** A situation of a victim not recorded as stateless. */
        public Situation(Sex sex, Integer ageAtIdentification, String region, Set<ExploitationForm> forms,
                Set<SexExploitationType> sexExploitation, IsicSection forcedLabourSector,
                Set<RecruitmentMethod> recruitmentMethods, Set<OnlinePlatform> recruitmentPlatforms,
                RecruiterRelationship recruiterRelationship, String recruitmentPlace, Set<ControlMethod> controlMethods,
                Set<Vulnerability> vulnerabilities, Set<CountryCode> citizenships,
                Set<CountryCode> recruitmentCountries,
                Set<CountryCode> transitCountries, Set<CountryCode> exploitationCountries, Integer ageWhenTrafficked,
                String narrative) {
            this(sex, ageAtIdentification, region, forms, sexExploitation, forcedLabourSector, recruitmentMethods,
                    recruitmentPlatforms, recruiterRelationship, recruitmentPlace, controlMethods, vulnerabilities,
                    citizenships, recruitmentCountries, transitCountries, exploitationCountries, ageWhenTrafficked,
                    narrative, false);
        }

        /** Nothing known yet but sex. */
        public static Situation of(Sex sex) {
            return new Situation(sex, null, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null);
        }

        /** Never personal data in logs. */
        @Override
        public String toString() {
            return "Situation[(sealed)]";
        }
    }

    /**
     * A screening: the answers to the ILO and ILO-EC indicators, and the decision of the person screening
     * (the suggestion is computed, never taken on trust from the client).
     */
    public record Screening(LocalDate screenedOn, ScreeningContext context, Boolean child,
            ExploitationKind exploitation,
            Map<IloIndicator, Answer> iloAnswers, Map<DelphiIndicator, Answer> delphiAnswers,
            TraffickingStatus decision, String reason) {

        public Screening {
            child = Boolean.TRUE.equals(child);
            iloAnswers = iloAnswers == null ? Map.of() : Map.copyOf(iloAnswers);
            delphiAnswers = delphiAnswers == null ? Map.of() : Map.copyOf(delphiAnswers);
        }

        @Override
        public String toString() {
            return "Screening[" + screenedOn + ", " + context + ", " + decision + "]";
        }
    }

    /**
     * A new victim record from a first screening: of a person of the registry, or, on the anonymous route
     * for an adult who refuses to be identified, without identity. The consents are those asked at
     * screening; an identified adult must have consented to the processing of their data.
     */
    public record Registration(Long personId, Boolean anonymous, Situation situation, Screening screening,
            Map<ConsentScope, ConsentDecision> consents) {

        public Registration {
            anonymous = Boolean.TRUE.equals(anonymous);
            consents = consents == null ? Map.of() : Map.copyOf(consents);
        }
    }

    /** A decision on the trafficking status. */
    public record StatusDecision(TraffickingStatus status, LocalDate decidedOn, String reason) {
    }

    /** A victim's answer on a scope of consent. */
    public record ConsentAnswer(ConsentScope scope, ConsentDecision decision, LocalDate decidedOn) {
    }

    /** That the victim was told of a right. */
    public record RightInformedOf(VictimRight right, LocalDate informedOn) {
    }

    /**
     * Extension of the reflection period to the expected end of the trial, decided on a day (today when not given): a
     * dated entry of the record, counted in the year of that day.
     */
    public record ReflectionExtension(LocalDate decidedOn, LocalDate until) {
    }

    /** An application for a permit. */
    public record PermitApplication(PermitKind kind, LocalDate appliedOn) {
    }

    /** The decision on an application (seq: its number on the record, from 0). */
    public record PermitDecision(int seq, PermitOutcome outcome, LocalDate decidedOn, LocalDate validUntil) {
    }

    /** Non-punishment screening. */
    public record NonPunishment(LocalDate screenedOn, NonPunishmentContext context, OffenceKind offence,
            NonPunishmentResult result) {
    }

    /** Testimony in proceedings. */
    public record Testimony(LocalDate interviewedOn, Long caseId, InterviewPlace place, Boolean videoRecorded,
            Boolean socialWorkerPresent) {

        public Testimony {
            videoRecorded = Boolean.TRUE.equals(videoRecorded);
            socialWorkerPresent = Boolean.TRUE.equals(socialWorkerPresent);
        }
    }

    /** A period in the state protection programme. */
    public record Protection(Long caseId, LocalDate startsOn, LocalDate endsOn, Long costKzt) {
    }

    /** A compensation claim filed. */
    public record CompensationFiling(CompensationRoute route, Long caseId, LocalDate filedOn, Long claimedKzt) {
    }

    /** An award or a payment on a claim (seq: its number on the record, from 0). */
    public record CompensationStep(int seq, LocalDate on, Long amountKzt) {
    }

    /** Linking a victim record, known by its reference, to a case in the user's scope. */
    public record CaseLink(String victimReference, long caseId, VictimRole role, LocalDate linkedOn) {
    }

    /** Filters of the victim list; null means "any". */
    public record Search(String region, Integer year, TraffickingStatus status, ExploitationForm form, Boolean foreign,
            Sex sex, AgeGroup ageGroup, Boolean child, String reference) {

        public static Search any() {
            return new Search(null, null, null, null, null, null, null, null, null);
        }
    }
}
