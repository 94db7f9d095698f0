package kz.qorgau.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

import kz.qorgau.shared.ExploitationForm;

/**
 * One dated entry of a case's timeline (part of the case aggregate). Entries are never changed or
 * removed: a wrong entry is corrected by a later entry of the same type that refers to it
 * ({@code correctsSeq}), or withdrawn by a {@link EventType#RETRACTION}. A registration and a requalification
 * carry the case's qualification in force from their date ({@code charges}, {@code forms}, {@code flags}).
 */
@Table("cases_event")
class ProceduralEvent {

    private final EventType type;
    private final LocalDate occurredOn;
    private final Instant recordedAt;
    private final String recordedBy;
    private final Long organisationId;
    private final Integer correctsSeq;
    private final String reason;
    private final Long courtId;
    private final Integer defendantNo;
    private final VerdictOutcome outcome;
    private final AppealOutcome appealOutcome;
    private final String convictionArticle;
    private final Integer convictionPart;
    @Embedded.Nullable
    private final Sentence sentence;
    private final String[] charges;
    private final String[] forms;
    private final String[] flags;

    @PersistenceCreator
    ProceduralEvent(EventType type, LocalDate occurredOn, Instant recordedAt, String recordedBy, Long organisationId,
            Integer correctsSeq, String reason, Long courtId, Integer defendantNo, VerdictOutcome outcome,
            AppealOutcome appealOutcome, String convictionArticle, Integer convictionPart, Sentence sentence,
            String[] charges, String[] forms, String[] flags) {
        this.type = type;
        this.occurredOn = occurredOn;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
        this.organisationId = organisationId;
        this.correctsSeq = correctsSeq;
        this.reason = reason;
        this.courtId = courtId;
        this.defendantNo = defendantNo;
        this.outcome = outcome;
        this.appealOutcome = appealOutcome;
        this.convictionArticle = convictionArticle;
        this.convictionPart = convictionPart;
        this.sentence = sentence;
        this.charges = charges;
        this.forms = forms;
        this.flags = flags;
    }

    /** The data of an event as recorded, before it is placed on a timeline. */
    record Details(EventType type, LocalDate occurredOn, String reason, Long courtId, Integer defendantNo,
            VerdictOutcome outcome, AppealOutcome appealOutcome, String convictionArticle, Integer convictionPart,
            Sentence sentence) {

        static Details of(EventType type, LocalDate occurredOn) {
            return new Details(type, occurredOn, null, null, null, null, null, null, null, null);
        }
    }

    static ProceduralEvent record(Details details, Integer correctsSeq, Actor actor, Instant now) {
        return record(details, null, correctsSeq, actor, now);
    }

    /** An entry with the qualification in force from its date (a registration or a requalification). */
    static ProceduralEvent record(Details details, Qualification qualification, Integer correctsSeq, Actor actor,
            Instant now) {
        return new ProceduralEvent(details.type(), details.occurredOn(), now, actor.username(), actor.organisationId(),
                correctsSeq, details.reason(), details.courtId(), details.defendantNo(), details.outcome(),
                details.appealOutcome(), details.convictionArticle(), details.convictionPart(), details.sentence(),
                qualification == null ? null : qualification.charges().stream().map(Charge::toString).toArray(
                        String[]::new),
                qualification == null ? null : qualification.forms().stream().map(Enum::name).sorted().toArray(
                        String[]::new),
                qualification == null ? null : qualification.flags().stream().map(Enum::name).sorted().toArray(
                        String[]::new));
    }

    private static final Pattern CHARGE = Pattern.compile("(.+?)(?:\\((\\d)\\))?");

    /** The qualification this entry puts in force, or null for an entry that carries none. */
    Qualification qualification() {
        if (charges == null) {
            return null;
        }
        List<Charge> parsed = Arrays.stream(charges).map(charge -> {
            Matcher matcher = CHARGE.matcher(charge);
            if (!matcher.matches()) {
                throw new IllegalStateException("charge " + charge);
            }
            return new Charge(matcher.group(1), matcher.group(2) == null ? null : Integer.valueOf(matcher.group(2)));
        }).toList();
        EnumSet<ExploitationForm> parsedForms = EnumSet.noneOf(ExploitationForm.class);
        Arrays.stream(forms).forEach(form -> parsedForms.add(ExploitationForm.valueOf(form)));
        EnumSet<CaseFlag> parsedFlags = EnumSet.noneOf(CaseFlag.class);
        Arrays.stream(flags).forEach(flag -> parsedFlags.add(CaseFlag.valueOf(flag)));
        return new Qualification(parsed, parsedForms, parsedFlags);
    }

    Details details() {
        return new Details(type, occurredOn, reason, courtId, defendantNo, outcome, appealOutcome, convictionArticle,
                convictionPart, sentence);
    }

    EventType type() {
        return type;
    }

    LocalDate occurredOn() {
        return occurredOn;
    }

    Instant recordedAt() {
        return recordedAt;
    }

    String recordedBy() {
        return recordedBy;
    }

    Integer correctsSeq() {
        return correctsSeq;
    }

    boolean isCorrectionOrRetraction() {
        return correctsSeq != null;
    }
}
