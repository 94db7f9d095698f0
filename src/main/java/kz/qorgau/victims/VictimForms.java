package kz.qorgau.victims;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kz.qorgau.shared.CountryCode;
import kz.qorgau.shared.ExploitationForm;
import kz.qorgau.shared.Sex;

/** The HTML forms of the victim pages, bound from requests and turned into commands. */
public final class VictimForms {

    private VictimForms() {
    }

    /**
     * The screening form, usable on a phone: the answers by indicator ({@code ilo[DECEPTION]=PRESENT}), the
     * decision and its reason; for a new record also who the person is (or the anonymous route), what is
     * known of them, and the consents asked.
     */
    public record ScreeningForm(
            LocalDate screenedOn,
            ScreeningContext context,
            Boolean child,
            ExploitationKind exploitation,
            Map<String, Answer> ilo,
            Map<String, Answer> delphi,
            TraffickingStatus decision,
            String reason,
            Long personId,
            Boolean anonymous,
            Sex sex,
            Integer ageAtIdentification,
            String region,
            List<String> citizenships,
            Set<ExploitationForm> forms,
            Set<Vulnerability> vulnerabilities,
            ConsentDecision processing,
            ConsentDecision referral,
            ConsentDecision lawEnforcement) {

        static ScreeningForm empty(Long personId, boolean anonymous, ScreeningContext context, String region,
                LocalDate today) {
            return new ScreeningForm(today, context, false, ExploitationKind.LABOUR, Map.of(), Map.of(), null, null,
                    personId, anonymous, null, null, region, List.of(), Set.of(), Set.of(), null, null, null);
        }

        /**
         * The same, for a person of the registry: their sex and citizenships as the registry knows them, for the
         * screener to confirm or correct.
         */
        ScreeningForm knowing(Sex knownSex, List<String> knownCitizenships) {
            return new ScreeningForm(screenedOn, context, child, exploitation, ilo, delphi, decision, reason, personId,
                    anonymous, knownSex, ageAtIdentification, region, knownCitizenships, forms, vulnerabilities,
                    processing, referral, lawEnforcement);
        }

        /** How many indicators of the list ({@code ilo} or {@code delphi}) have an answer other than unknown. */
        public long answered(String list) {
            Map<String, Answer> answers = "ilo".equals(list) ? ilo : delphi;
            return answers == null ? 0 : answers.values().stream().filter(answer -> answer != null
                    && answer != Answer.UNKNOWN).count();
        }

        Map<IloIndicator, Answer> iloAnswers() {
            Map<IloIndicator, Answer> answers = new EnumMap<>(IloIndicator.class);
            for (IloIndicator indicator : IloIndicator.values()) {
                answers.put(indicator, answer(ilo, indicator.name()));
            }
            return answers;
        }

        Map<DelphiIndicator, Answer> delphiAnswers() {
            Map<DelphiIndicator, Answer> answers = new EnumMap<>(DelphiIndicator.class);
            for (DelphiIndicator indicator : DelphiIndicator.values()) {
                answers.put(indicator, answer(delphi, indicator.name()));
            }
            return answers;
        }

        /** The answer the form shows for an indicator ({@code ilo} or {@code delphi}); unknown by default. */
        public Answer answer(String list, String indicator) {
            return answer("ilo".equals(list) ? ilo : delphi, indicator);
        }

        private static Answer answer(Map<String, Answer> answers, String indicator) {
            return answers == null || answers.get(indicator) == null ? Answer.UNKNOWN : answers.get(indicator);
        }

        boolean isChild() {
            return Boolean.TRUE.equals(child);
        }

        VictimCommands.Screening screening() {
            return new VictimCommands.Screening(screenedOn, context, isChild(), exploitation, iloAnswers(),
                    delphiAnswers(), decision, reason);
        }

        public VictimCommands.Registration registration() {
            Set<Vulnerability> known = new LinkedHashSet<>(vulnerabilities == null ? Set.of() : vulnerabilities);
            if (isChild()) {
                known.add(Vulnerability.CHILD);
            }
            VictimCommands.Situation situation = new VictimCommands.Situation(sex, ageAtIdentification, region,
                    recordedForms(),
                    null, null, null, null, null, null, null, known, countries(citizenships), null, null, null, null,
                    null);
            Map<ConsentScope, ConsentDecision> consents = new EnumMap<>(ConsentScope.class);
            if (processing != null) {
                consents.put(ConsentScope.PROCESSING, processing);
            }
            if (referral != null) {
                consents.put(ConsentScope.REFERRAL, referral);
            }
            if (lawEnforcement != null) {
                consents.put(ConsentScope.LAW_ENFORCEMENT, lawEnforcement);
            }
            return new VictimCommands.Registration(Boolean.TRUE.equals(anonymous) ? null : personId,
                    Boolean.TRUE.equals(anonymous), situation, screening(), consents);
        }

        /**
         * The forms of exploitation named; none named, a person found a possible or presumed victim takes the form
         * the screening looked for (its list of indicators), so that the record is not left "unspecified".
         */
        Set<ExploitationForm> recordedForms() {
            if ((forms == null || forms.isEmpty()) && exploitation != null && decision != null
                    && decision != TraffickingStatus.NOT_A_VICTIM) {
                return Set.of(exploitation.form());
            }
            return forms;
        }

        @Override
        public String toString() {
            return "ScreeningForm[(sealed)]";
        }
    }

    /** The form of what is known of the victim and the situation. */
    record SituationForm(Sex sex, Integer ageAtIdentification, String region, Set<ExploitationForm> forms,
            Set<SexExploitationType> sexExploitation, IsicSection forcedLabourSector,
            Set<RecruitmentMethod> recruitmentMethods, Set<OnlinePlatform> recruitmentPlatforms,
            RecruiterRelationship recruiterRelationship, String recruitmentPlace, Set<ControlMethod> controlMethods,
            Set<Vulnerability> vulnerabilities, List<String> citizenships, List<String> recruitmentCountries,
            List<String> transitCountries, List<String> exploitationCountries, Integer ageWhenTrafficked,
            String narrative, Boolean stateless) {

        /** A form without the stateless box is a victim not recorded as stateless. */
        SituationForm {
            stateless = Boolean.TRUE.equals(stateless);
        }

        static SituationForm of(VictimViews.VictimView view) {
            VictimViews.Situation s = view.situation();
            return new SituationForm(s.sex(), s.ageAtIdentification(), view.region() == null ? null : view.region()
                    .value(),
                    s.forms(), s.sexExploitation(), s.forcedLabourSector(), s.recruitmentMethods(),
                    s.recruitmentPlatforms(), s.recruiterRelationship(), s.recruitmentPlace(), s.controlMethods(),
                    s.vulnerabilities(), codes(s.citizenships()), codes(s.recruitmentCountries()),
                    codes(s.transitCountries()), codes(s.exploitationCountries()), s.ageWhenTrafficked(), s
                            .narrative(), s.stateless());
        }

        VictimCommands.Situation situation() {
            return new VictimCommands.Situation(sex, ageAtIdentification, region, forms, sexExploitation,
                    forcedLabourSector, recruitmentMethods, recruitmentPlatforms, recruiterRelationship,
                    recruitmentPlace,
                    controlMethods, vulnerabilities, countries(citizenships), countries(recruitmentCountries),
                    countries(transitCountries), countries(exploitationCountries), ageWhenTrafficked, narrative,
                    stateless);
        }

        @Override
        public String toString() {
            return "SituationForm[(sealed)]";
        }
    }

    static Set<CountryCode> countries(List<String> codes) {
        Set<CountryCode> countries = new LinkedHashSet<>();
        if (codes != null) {
            codes.stream().filter(code -> code != null && !code.isBlank()).map(CountryCode::of).forEach(countries::add);
        }
        return countries;
    }

    private static List<String> codes(Set<CountryCode> countries) {
        return countries.stream().map(CountryCode::value).toList();
    }
}
