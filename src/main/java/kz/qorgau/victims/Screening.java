package kz.qorgau.victims;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import kz.qorgau.shared.InvalidFieldException;
import kz.qorgau.shared.RuleViolationException;

/**
 * A screening of a person by a first responder: the answers to the indicators, the suggestion the rule
 * computed at the time (kept as shown, even if the weights are later revised), and the decision of the
 * person screening with their reason (sealed). Screenings are numbered within their victim record.
 */
@Table("victims_screening")
class Screening {

    /** Decisions a screening may take; confirmation is for a later, formal decision on the status. */
    static final Set<TraffickingStatus> DECISIONS = Set.of(TraffickingStatus.POSSIBLE, TraffickingStatus.PRESUMED,
            TraffickingStatus.NOT_A_VICTIM);

    @Id
    private Long id;
    private long victimId;
    private int number;
    private LocalDate screenedOn;
    private ScreeningContext context;
    private boolean child;
    private ExploitationKind exploitation;
    private DelphiRule.Outcome suggestion;
    private TraffickingStatus decision;
    private byte[] reason;
    private long organisationId;
    private String screenedBy;
    private Instant recordedAt;
    @MappedCollection(idColumn = "screening_id")
    private Set<ScreeningAnswer> answers = new LinkedHashSet<>();

    @PersistenceCreator
    Screening() {
    }

    /**
     * Refuses a decision a screening cannot take, naming the field of the request that holds it: none, or a
     * confirmed status (a formal decision taken later, recorded as a status change of the victim record).
     *
     * @param path where the screening is in the request's body (empty where it is the body)
     */
    static void checkDecision(TraffickingStatus decision, String path) {
        String field = path.isEmpty() ? "decision" : path + ".decision";
        if (decision == null) {
            throw new InvalidFieldException(field, "screening.error.decision-required");
        }
        if (!DECISIONS.contains(decision)) {
            throw new InvalidFieldException(field, "screening.error.decision-not-screening");
        }
    }

    static Screening record(long victimId, int number, VictimCommands.Screening screening, byte[] sealedReason,
            Victim.Actor actor, LocalDate today, Instant now) {
        if (screening.screenedOn() == null) {
            throw new RuleViolationException("victim.error.date-required");
        }
        if (screening.screenedOn().isAfter(today)) {
            throw new RuleViolationException("victim.error.future-date");
        }
        if (screening.context() == null || screening.exploitation() == null) {
            throw new RuleViolationException("screening.error.context-required");
        }
        checkDecision(screening.decision(), "");
        if (sealedReason == null) {
            throw new RuleViolationException("screening.error.reason-required");
        }
        Screening record = new Screening();
        record.victimId = victimId;
        record.number = number;
        record.screenedOn = screening.screenedOn();
        record.context = screening.context();
        record.child = screening.child();
        record.exploitation = screening.exploitation();
        record.suggestion = DelphiRule.assess(screening.delphiAnswers(), screening.child()).trafficking();
        record.decision = screening.decision();
        record.reason = sealedReason;
        record.organisationId = actor.organisationId();
        record.screenedBy = actor.username();
        record.recordedAt = now;
        screening.iloAnswers().forEach((indicator, answer) -> record.answers.add(new ScreeningAnswer(
                ScreeningAnswer.ILO, indicator.name(), answer)));
        screening.delphiAnswers().forEach((indicator, answer) -> record.answers.add(new ScreeningAnswer(
                ScreeningAnswer.DELPHI, indicator.name(), answer)));
        return record;
    }

    /** The methods of control the ILO indicators found present point to (HTCDS mapping). */
    static Set<ControlMethod> controlMethods(Map<IloIndicator, Answer> answers) {
        Set<ControlMethod> methods = new LinkedHashSet<>();
        answers.forEach((indicator, answer) -> {
            if (answer == Answer.PRESENT) {
                methods.addAll(indicator.controlMethods());
            }
        });
        return methods;
    }

    Map<IloIndicator, Answer> iloAnswers() {
        Map<IloIndicator, Answer> map = new EnumMap<>(IloIndicator.class);
        answers.stream().filter(answer -> ScreeningAnswer.ILO.equals(answer.list()))
                .forEach(answer -> map.put(IloIndicator.valueOf(answer.indicator()), answer.answer()));
        return map;
    }

    Map<DelphiIndicator, Answer> delphiAnswers() {
        Map<DelphiIndicator, Answer> map = new EnumMap<>(DelphiIndicator.class);
        answers.stream().filter(answer -> ScreeningAnswer.DELPHI.equals(answer.list()))
                .forEach(answer -> map.put(DelphiIndicator.valueOf(answer.indicator()), answer.answer()));
        return map;
    }

    Long id() {
        return id;
    }

    long victimId() {
        return victimId;
    }

    int number() {
        return number;
    }

    LocalDate screenedOn() {
        return screenedOn;
    }

    ScreeningContext context() {
        return context;
    }

    boolean child() {
        return child;
    }

    ExploitationKind exploitation() {
        return exploitation;
    }

    DelphiRule.Outcome suggestion() {
        return suggestion;
    }

    TraffickingStatus decision() {
        return decision;
    }

    byte[] reason() {
        return reason;
    }

    long organisationId() {
        return organisationId;
    }

    String screenedBy() {
        return screenedBy;
    }

    Instant recordedAt() {
        return recordedAt;
    }
}
