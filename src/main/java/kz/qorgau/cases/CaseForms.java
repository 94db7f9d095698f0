package kz.qorgau.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.validation.Errors;

import kz.qorgau.shared.ExploitationForm;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.RuleViolationException;

/** The HTML forms of the cases pages, bound from requests and turned into commands. */
final class CaseForms {

    private CaseForms() {
    }

    /** Registration form: up to three charges, forms, flags. */
    record RegistrationForm(
            @NotBlank(message = "{case.error.erdr-format}") String erdrNumber,
            @NotNull(message = "{case.error.date-required}") LocalDate registeredOn,
            @NotBlank(message = "{case.error.region-required}") String region,
            Long unitId,
            List<String> articles,
            List<Integer> parts,
            Set<ExploitationForm> forms,
            Set<CaseFlag> flags,
            String narrative) {

        static RegistrationForm empty(String region, long unit, LocalDate today) {
            return new RegistrationForm("", today, region, unit, List.of("128", "", ""), new ArrayList<>(), Set.of(),
                    Set.of(), "");
        }

        CaseCommands.Registration command() {
            return new CaseCommands.Registration(erdrNumber, registeredOn, region, unitId, qualification(), narrative);
        }

        /**
         * Checks every field the user can put right on the form at once, so that all its errors are shown together
         * rather than one per attempt; the fields already refused by their annotations are not checked again. The
         * service still checks everything (it is the rule, the API calls it too): this only lets the form say it
         * all at the first answer.
         */
        void check(Errors errors, LocalDate today, Predicate<RegionCode> inScope, Predicate<Long> unitInScope) {
            ErdrNumber erdr = null;
            if (!errors.hasFieldErrors("erdrNumber")) {
                try {
                    erdr = ErdrNumber.parse(erdrNumber);
                } catch (RuleViolationException e) {
                    errors.rejectValue("erdrNumber", e.messageKey());
                }
            }
            if (registeredOn != null && !errors.hasFieldErrors("registeredOn")) {
                if (registeredOn.isAfter(today)) {
                    errors.rejectValue("registeredOn", "case.error.future-date");
                } else if (erdr != null && erdr.year() != registeredOn.getYear()) {
                    errors.rejectValue("registeredOn", "case.error.erdr-year");
                }
            }
            if (!errors.hasFieldErrors("region")) {
                if (!RegionCode.isValid(region)) {
                    errors.rejectValue("region", "case.error.region-required");
                } else if (!inScope.test(RegionCode.of(region))) {
                    errors.rejectValue("region", "case.error.region-out-of-scope");
                }
            }
            if (unitId != null && !unitInScope.test(unitId)) {
                errors.rejectValue("unitId", "case.error.unit-out-of-scope");
            }
            if (qualification().charges().isEmpty()) {
                errors.rejectValue("articles", "case.error.no-charge");
            }
        }

        Qualification qualification() {
            return CaseForms.qualification(articles, parts, forms, flags);
        }
    }

    /** Requalification form: the new charges, forms and flags, and the date from which they are in force. */
    record QualificationForm(LocalDate qualifiedOn, List<String> articles, List<Integer> parts,
            Set<ExploitationForm> forms, Set<CaseFlag> flags) {

        /** The current qualification, to be changed; the date is asked for (no default: it is the decision's). */
        static QualificationForm of(CaseViews.CaseView view) {
            List<String> articles = new ArrayList<>();
            List<Integer> parts = new ArrayList<>();
            view.charges().forEach(charge -> {
                articles.add(charge.articleCode());
                parts.add(charge.part());
            });
            while (articles.size() < 3) {
                articles.add("");
                parts.add(null);
            }
            return new QualificationForm(null, articles, parts, view.forms(), view.flags());
        }

        /** The same, in force from the date (none: still to be chosen). */
        QualificationForm on(LocalDate date) {
            return new QualificationForm(date, articles, parts, forms, flags);
        }

        CaseCommands.Requalification command() {
            Qualification qualification = CaseForms.qualification(articles, parts, forms, flags);
            return new CaseCommands.Requalification(qualifiedOn, qualification.charges(), qualification.forms(),
                    qualification.flags());
        }
    }

    /** One row of the charges part of a form: an article code (or blank) and a part. */
    record ChargeRow(String articleCode, Integer part) {
    }

    /** The rows to show: what was entered, then blank rows up to three. */
    static List<ChargeRow> chargeRows(List<String> articles, List<Integer> parts) {
        List<ChargeRow> rows = new ArrayList<>();
        for (int i = 0; articles != null && i < articles.size(); i++) {
            rows.add(new ChargeRow(articles.get(i), parts != null && i < parts.size() ? parts.get(i) : null));
        }
        while (rows.size() < 3) {
            rows.add(new ChargeRow("", null));
        }
        return rows;
    }

    static Qualification qualification(List<String> articles, List<Integer> parts, Set<ExploitationForm> forms,
            Set<CaseFlag> flags) {
        List<Charge> charges = new ArrayList<>();
        if (articles != null) {
            for (int i = 0; i < articles.size(); i++) {
                String article = articles.get(i);
                if (article != null && !article.isBlank()) {
                    Integer part = parts != null && i < parts.size() ? parts.get(i) : null;
                    Charge charge = new Charge(article.strip(), part);
                    if (!charges.contains(charge)) {
                        charges.add(charge);
                    }
                }
            }
        }
        return new Qualification(charges, forms, flags);
    }

    /** Adding a suspect: the person comes from the person registry (chosen or registered there first). */
    record DefendantForm(
            @NotNull(message = "{case.error.person-required}") Long personId,
            @NotNull(message = "{case.error.role-required}") PerpetratorRole role,
            Boolean publicOfficial,
            LocalDate addedOn,
            LocalDate arrestedOn,
            String arrestRegion,
            String arrestCountry) {

        CaseCommands.NewDefendant command() {
            return new CaseCommands.NewDefendant(personId, role, Boolean.TRUE.equals(publicOfficial), addedOn,
                    arrestedOn,
                    arrestRegion, arrestCountry);
        }
    }

    /**
     * The form of any procedural event; which fields apply depends on the type. Terms are entered as
     * years and months, as a sentence is pronounced.
     */
    record EventForm(
            EventType type,
            @NotNull(message = "{case.error.date-required}") LocalDate occurredOn,
            String reason,
            Long courtId,
            Integer defendantNo,
            VerdictOutcome outcome,
            AppealOutcome appealOutcome,
            String convictionArticle,
            Integer convictionPart,
            Integer imprisonmentYears, Integer imprisonmentMonths,
            Integer suspendedYears, Integer suspendedMonths,
            Integer probationYears, Integer probationMonths,
            Integer restrictionYears, Integer restrictionMonths,
            Long fineKzt,
            Boolean juvenile,
            Boolean confiscation) {

        static EventForm of(EventType type, LocalDate today) {
            return new EventForm(type, today, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, null);
        }

        /**
         * A verdict on a defendant, its article of conviction prefilled from the case's first charge in force (the
         * qualification after any requalification); the outcome is left to the court.
         */
        static EventForm verdict(CaseViews.CaseView view, Integer defendantNo, LocalDate today) {
            Charge charge = view.charges().isEmpty() ? null : view.charges().getFirst();
            return new EventForm(EventType.VERDICT, today, null, null, defendantNo, null, null, charge == null ? null
                    : charge.articleCode(), charge == null ? null : charge.part(), null, null, null, null, null, null,
                    null, null, null, null, null);
        }

        static EventForm of(CaseViews.TimelineEntry entry) {
            Sentence s = entry.sentence();
            return new EventForm(entry.type(), entry.occurredOn(), entry.reason(), entry.courtId(), entry.defendantNo(),
                    entry.outcome(), entry.appealOutcome(), entry.convictionArticle(), entry.convictionPart(),
                    s == null ? null : years(s.imprisonmentMonths()), s == null ? null : months(s.imprisonmentMonths()),
                    s == null ? null : years(s.suspendedMonths()), s == null ? null : months(s.suspendedMonths()),
                    s == null ? null : years(s.probationMonths()), s == null ? null : months(s.probationMonths()),
                    s == null ? null : years(s.restrictionMonths()), s == null ? null : months(s.restrictionMonths()),
                    s == null ? null : s.fineKzt(), s != null && s.juvenile(), s != null && s.confiscation());
        }

        CaseCommands.Event command() {
            Sentence sentence = null;
            Integer imprisonment = total(imprisonmentYears, imprisonmentMonths);
            Integer suspended = total(suspendedYears, suspendedMonths);
            Integer probation = total(probationYears, probationMonths);
            Integer restriction = total(restrictionYears, restrictionMonths);
            boolean isJuvenile = Boolean.TRUE.equals(juvenile);
            boolean isConfiscation = Boolean.TRUE.equals(confiscation);
            if (imprisonment != null || suspended != null || probation != null || restriction != null || fineKzt != null
                    || isJuvenile || isConfiscation) {
                sentence = new Sentence(imprisonment, suspended, probation, restriction, fineKzt, isJuvenile,
                        isConfiscation);
            }
            // the article is prefilled for a conviction: an acquittal or a dismissal leaves it, unused, on the form
            boolean withoutArticle = type == EventType.VERDICT && outcome != null
                    && outcome != VerdictOutcome.CONVICTED;
            return new CaseCommands.Event(type, occurredOn, blankToNull(reason), courtId, defendantNo, outcome,
                    appealOutcome, withoutArticle ? null : blankToNull(convictionArticle), withoutArticle ? null
                            : convictionPart, sentence);
        }

        private static Integer total(Integer years, Integer months) {
            if (years == null && months == null) {
                return null;
            }
            return (years == null ? 0 : years) * 12 + (months == null ? 0 : months);
        }

        private static Integer years(Integer months) {
            return months == null ? null : months / 12;
        }

        private static Integer months(Integer months) {
            return months == null ? null : months % 12;
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value;
        }
    }
}
