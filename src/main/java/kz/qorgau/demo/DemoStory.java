package kz.qorgau.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import kz.qorgau.shared.ExploitationForm;
import kz.qorgau.cases.Sentence;
import kz.qorgau.cases.SuspensionReason;
import kz.qorgau.cases.TerminationReason;
import kz.qorgau.cases.VerdictOutcome;

/**
 * How synthetic cases of the demo go, told {@code count} times: charged under one article, with one form
 * of exploitation (null = unspecified), in the regions given (taken in turn), with their suspects and the
 * dated steps of their timelines. Every date is a {@link Span}: the i-th of the {@code count} cases takes
 * the i-th of {@code count} dates spread evenly over it, so that each case keeps the order of its steps
 * when the spans do (checked when a step is added).
 *
 * <p>Suspects are added on the day the case is registered and, when {@code suspectsArrested}, arrested
 * that day in the case's region: an arrest therefore counts in the year of registration. A suspect to be
 * brought from abroad ({@code extradition}) was arrested there on the day Kazakhstan asked for them.
 *
 * @param defendants how many suspects each case has
 * @param extradition an extradition request for the first suspect (stories of one case only)
 */
record DemoStory(int count, ExploitationForm form, String article, List<String> regions, Span registered,
        int defendants, boolean suspectsArrested, DemoCasePlan.Extradition extradition, List<Step> steps) {

    DemoStory {
        if (count < 1 || regions.isEmpty()) {
            throw new IllegalArgumentException("a story is told at least once, somewhere");
        }
        if (extradition != null && count != 1) {
            throw new IllegalArgumentException("an extradition belongs to one case");
        }
        regions = List.copyOf(regions);
        steps = List.copyOf(steps);
    }

    /** Dates from {@code from} to {@code to}, both included. */
    record Span(LocalDate from, LocalDate to) {

        Span {
            if (to.isBefore(from)) {
                throw new IllegalArgumentException(from + " after " + to);
            }
        }

        /** "2022-03-14" is that day; "2022-03" the whole month; {@code to} may be omitted. */
        static Span of(String from, String to) {
            return new Span(start(from), end(to));
        }

        private static LocalDate start(String text) {
            return text.length() == 7 ? YearMonth.parse(text).atDay(1) : LocalDate.parse(text);
        }

        private static LocalDate end(String text) {
            return text.length() == 7 ? YearMonth.parse(text).atEndOfMonth() : LocalDate.parse(text);
        }

        /** The date of the i-th of {@code count} cases. */
        LocalDate nth(int i, int count) {
            long days = ChronoUnit.DAYS.between(from, to);
            return count == 1 ? from : from.plusDays(days * i / (count - 1));
        }
    }

    /** A dated step of the timeline after the registration. */
    sealed interface Step {
        Span when();
    }

    record Suspended(Span when, SuspensionReason reason) implements Step {
    }

    record Resumed(Span when) implements Step {
    }

    record Terminated(Span when, TerminationReason reason) implements Step {
    }

    record SentToCourt(Span when) implements Step {
    }

    /**
     * The first-instance verdict for every suspect of the case, on the same day.
     *
     * @param sentence the sentence of a conviction; null for a usual one ({@link DemoCases} varies it)
     */
    record Verdict(Span when, VerdictOutcome outcome, Sentence sentence) implements Step {
    }

    // --- telling a story

    static DemoStory of(int count, ExploitationForm form, String article) {
        return new DemoStory(count, form, article, List.of("KZ-75"), null, 1, false, null, List.of());
    }

    DemoStory in(String... regionCodes) {
        return new DemoStory(count, form, article, List.of(regionCodes), registered, defendants, suspectsArrested,
                extradition, steps);
    }

    DemoStory in(List<String> regionCodes) {
        return in(regionCodes.toArray(String[]::new));
    }

    DemoStory registered(String from, String to) {
        return new DemoStory(count, form, article, regions, Span.of(from, to), defendants, suspectsArrested,
                extradition, steps);
    }

    DemoStory registered(String on) {
        return registered(on, on);
    }

    DemoStory defendants(int number) {
        return new DemoStory(count, form, article, regions, registered, number, suspectsArrested, extradition, steps);
    }

    /** No suspect identified. */
    DemoStory unknownSuspect() {
        return defendants(0);
    }

    DemoStory arrested() {
        return new DemoStory(count, form, article, regions, registered, defendants, true, extradition, steps);
    }

    DemoStory extradited(DemoCasePlan.Extradition request) {
        return new DemoStory(count, form, article, regions, registered, defendants, suspectsArrested, request, steps);
    }

    DemoStory suspended(String from, String to, SuspensionReason reason) {
        return then(new Suspended(Span.of(from, to), reason));
    }

    DemoStory suspended(String on, SuspensionReason reason) {
        return suspended(on, on, reason);
    }

    DemoStory resumed(String from, String to) {
        return then(new Resumed(Span.of(from, to)));
    }

    DemoStory resumed(String on) {
        return resumed(on, on);
    }

    DemoStory terminated(String from, String to, TerminationReason reason) {
        return then(new Terminated(Span.of(from, to), reason));
    }

    DemoStory terminated(String on, TerminationReason reason) {
        return terminated(on, on, reason);
    }

    DemoStory sentToCourt(String from, String to) {
        return then(new SentToCourt(Span.of(from, to)));
    }

    DemoStory sentToCourt(String on) {
        return sentToCourt(on, on);
    }

    DemoStory verdict(String from, String to, VerdictOutcome outcome) {
        return then(new Verdict(Span.of(from, to), outcome, null));
    }

    DemoStory verdict(String on, VerdictOutcome outcome) {
        return verdict(on, on, outcome);
    }

    DemoStory convicted(String on, Sentence sentence) {
        return then(new Verdict(Span.of(on, on), VerdictOutcome.CONVICTED, sentence));
    }

    private DemoStory then(Step step) {
        LocalDate previous = steps.isEmpty() ? registered.to() : steps.getLast().when().to();
        if (step.when().from().isBefore(previous)) {
            throw new IllegalArgumentException("step " + step + " overlaps the one before");
        }
        List<Step> next = new ArrayList<>(steps);
        next.add(step);
        return new DemoStory(count, form, article, regions, registered, defendants, suspectsArrested, extradition,
                next);
    }

    /** Whether its convicted suspects were juveniles (then so are the persons). */
    boolean juvenile() {
        return steps.stream().anyMatch(step -> step instanceof Verdict verdict && verdict.sentence() != null
                && verdict.sentence().juvenile());
    }
}
