package kz.qorgau.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kz.qorgau.shared.RuleViolationException;

/**
 * Replays a case's timeline: resolves corrections and retractions into the effective sequence of
 * events, and checks that this sequence is a possible history: registered first; then suspended and
 * resumed, terminated (and reopened), or sent to court; verdicts per defendant only in court and once, or once
 * more after an appeal ordered a retrial; appeals only after a verdict (the latest, when retried); dates never
 * before registration, never in the future, never going backwards. Any violation is a
 * {@link RuleViolationException} with the rule's message key.
 *
 * <p>The qualification is dated too: the registration carries the first, each requalification puts another in
 * force from its date, until the case is decided. A requalification may be recorded after later events (it is dated
 * when it was decided, not when it was entered), so it is not held to the order of the other events, but it is
 * never dated before the qualification it replaces; the one in force on a date is the last one dated on or before
 * it.
 */
final class Timeline {

    /** An event as it counts, at the position of the entry it stands for. */
    record Effective(int seq, ProceduralEvent.Details details, Qualification qualification) {
    }

    /** A qualification and the date from which it is in force (until the next one's). */
    record Qualified(LocalDate from, Qualification qualification) {
    }

    final List<Effective> effective;
    final Map<Integer, Integer> correctedBy;
    final CaseStatus status;
    final LocalDate registeredOn;
    final Long courtId;
    /** Each defendant's verdict in force: the latest, none while a retrial ordered on appeal is pending. */
    final Map<Integer, VerdictOutcome> verdicts;
    /** The qualifications in the order of their dates: the registration's first, the current one last. */
    final List<Qualified> qualifications;

    private Timeline(List<Effective> effective, Map<Integer, Integer> correctedBy, CaseStatus status,
            LocalDate registeredOn, Long courtId, Map<Integer, VerdictOutcome> verdicts,
            List<Qualified> qualifications) {
        this.effective = effective;
        this.correctedBy = correctedBy;
        this.status = status;
        this.registeredOn = registeredOn;
        this.courtId = courtId;
        this.verdicts = verdicts;
        this.qualifications = qualifications;
    }

    static Timeline replay(List<ProceduralEvent> entries, int defendants, LocalDate today) {
        // the latest correction or retraction of each original entry wins
        Map<Integer, Integer> correctedBy = new HashMap<>();
        for (int seq = 0; seq < entries.size(); seq++) {
            ProceduralEvent entry = entries.get(seq);
            if (entry.isCorrectionOrRetraction()) {
                correctedBy.put(entry.correctsSeq(), seq);
            }
        }
        List<Effective> effective = new ArrayList<>();
        for (int seq = 0; seq < entries.size(); seq++) {
            ProceduralEvent entry = entries.get(seq);
            if (entry.isCorrectionOrRetraction()) {
                continue;
            }
            ProceduralEvent current = correctedBy.containsKey(seq) ? entries.get(correctedBy.get(seq)) : entry;
            if (current.type() != EventType.RETRACTION) {
                effective.add(new Effective(seq, current.details(), current.qualification()));
            }
        }

        CaseStatus status = null;
        LocalDate registeredOn = null;
        LocalDate last = null;
        Long courtId = null;
        Map<Integer, VerdictOutcome> verdicts = new LinkedHashMap<>();
        List<Qualified> qualifications = new ArrayList<>();
        for (Effective event : effective) {
            ProceduralEvent.Details details = event.details();
            LocalDate date = details.occurredOn();
            if (date == null) {
                throw new RuleViolationException("case.error.date-required");
            }
            if (date.isAfter(today)) {
                throw new RuleViolationException("case.error.future-date");
            }
            if (status == null && details.type() != EventType.REGISTERED) {
                throw new RuleViolationException("case.error.registration-first");
            }
            if (registeredOn != null && date.isBefore(registeredOn)) {
                throw new RuleViolationException("case.error.event-before-registration");
            }
            if (details.type() == EventType.REQUALIFIED) {
                require(status != CaseStatus.DECIDED, "case.error.decided");
                require(!date.isBefore(qualifications.getLast().from()), "case.error.requalification-order");
                require(event.qualification() != null && !event.qualification().charges().isEmpty(),
                        "case.error.no-charge");
                qualifications.add(new Qualified(date, event.qualification()));
                continue;
            }
            if (last != null && date.isBefore(last)) {
                throw new RuleViolationException("case.error.date-order");
            }
            status = switch (details.type()) {
                case REGISTERED -> {
                    if (status != null) {
                        throw new RuleViolationException("case.error.registered-twice");
                    }
                    registeredOn = date;
                    require(event.qualification() != null && !event.qualification().charges().isEmpty(),
                            "case.error.no-charge");
                    qualifications.add(new Qualified(date, event.qualification()));
                    yield CaseStatus.INVESTIGATION;
                }
                case SUSPENDED -> {
                    require(status == CaseStatus.INVESTIGATION, "case.error.suspend-not-open");
                    require(details.reason() != null, "case.error.reason-required");
                    yield CaseStatus.SUSPENDED;
                }
                case RESUMED -> {
                    require(status == CaseStatus.SUSPENDED, "case.error.resume-not-suspended");
                    yield CaseStatus.INVESTIGATION;
                }
                case TERMINATED -> {
                    require(status == CaseStatus.INVESTIGATION || status == CaseStatus.SUSPENDED,
                            "case.error.terminate-not-open");
                    require(details.reason() != null, "case.error.reason-required");
                    yield CaseStatus.TERMINATED;
                }
                case REOPENED -> {
                    require(status == CaseStatus.TERMINATED, "case.error.reopen-not-terminated");
                    yield CaseStatus.INVESTIGATION;
                }
                case SENT_TO_COURT -> {
                    require(status == CaseStatus.INVESTIGATION, "case.error.court-not-open");
                    require(defendants > 0, "case.error.court-no-defendants");
                    require(details.courtId() != null, "case.error.court-required");
                    courtId = details.courtId();
                    yield CaseStatus.IN_COURT;
                }
                case VERDICT -> {
                    require(status == CaseStatus.IN_COURT || status == CaseStatus.DECIDED,
                            "case.error.verdict-before-court");
                    Integer defendant = details.defendantNo();
                    require(defendant != null && defendant >= 0 && defendant < defendants,
                            "case.error.unknown-defendant");
                    require(!verdicts.containsKey(defendant), "case.error.verdict-twice");
                    checkVerdict(details);
                    verdicts.put(defendant, details.outcome());
                    yield verdicts.size() == defendants ? CaseStatus.DECIDED : CaseStatus.IN_COURT;
                }
                case APPEAL -> {
                    Integer defendant = details.defendantNo();
                    require(defendant != null && verdicts.containsKey(defendant), "case.error.appeal-before-verdict");
                    require(details.appealOutcome() != null, "case.error.appeal-outcome-required");
                    if (details.appealOutcome() == AppealOutcome.SENTENCE_CHANGED) {
                        require(verdicts.get(defendant) == VerdictOutcome.CONVICTED,
                                "case.error.sentence-on-acquittal");
                        require(details.sentence() != null && !details.sentence().isEmpty(),
                                "case.error.conviction-needs-sentence");
                    } else {
                        require(details.sentence() == null || details.sentence().isEmpty(),
                                "case.error.appeal-sentence-only-when-changed");
                    }
                    if (details.appealOutcome() == AppealOutcome.RETRIAL_ORDERED) {
                        // the verdict is set aside and the defendant is tried again at first instance: the
                        // retrial's verdict is a new entry, and the earlier one stays in the history
                        verdicts.remove(defendant);
                        yield CaseStatus.IN_COURT;
                    }
                    yield status;
                }
                case RETRACTION -> throw new IllegalStateException("a retraction is never effective");
                case REQUALIFIED -> throw new IllegalStateException("a requalification changes no status");
            };
            last = date;
        }
        if (status == null) {
            throw new RuleViolationException("case.error.registration-first");
        }
        return new Timeline(List.copyOf(effective), Map.copyOf(correctedBy), status, registeredOn, courtId,
                Map.copyOf(verdicts), List.copyOf(qualifications));
    }

    /** The qualification in force now: the last one. */
    Qualification qualification() {
        return qualifications.getLast().qualification();
    }

    /** The qualification in force on a date (none before the registration). */
    Optional<Qualification> qualificationOn(LocalDate date) {
        Qualification inForce = null;
        for (Qualified qualified : qualifications) {
            if (!qualified.from().isAfter(date)) {
                inForce = qualified.qualification();
            }
        }
        return Optional.ofNullable(inForce);
    }

    /**
     * The events that may follow now, by the case's status: suspended, terminated or sent to court while under
     * investigation; resumed or terminated while suspended; reopened once terminated; verdicts in court; appeals
     * once a defendant has a verdict. (The replay above refuses every other.)
     */
    List<EventType> possibleNext() {
        List<EventType> possible = switch (status) {
            case INVESTIGATION -> List.of(EventType.SUSPENDED, EventType.TERMINATED, EventType.SENT_TO_COURT);
            case SUSPENDED -> List.of(EventType.RESUMED, EventType.TERMINATED);
            case TERMINATED -> List.of(EventType.REOPENED);
            case IN_COURT -> List.of(EventType.VERDICT, EventType.APPEAL);
            case DECIDED -> List.of(EventType.APPEAL);
        };
        return possible.stream().filter(type -> type != EventType.APPEAL || !verdicts.isEmpty()).toList();
    }

    /** Whether the entry at {@code seq} counts as recorded, neither corrected nor retracted since. */
    boolean standsAsRecorded(int seq) {
        return !correctedBy.containsKey(seq) && effective.stream().anyMatch(event -> event.seq() == seq);
    }

    private static void checkVerdict(ProceduralEvent.Details details) {
        require(details.outcome() != null, "case.error.outcome-required");
        boolean sentenced = details.sentence() != null && !details.sentence().isEmpty();
        if (details.outcome() == VerdictOutcome.CONVICTED) {
            require(details.convictionArticle() != null, "case.error.conviction-needs-article");
            require(sentenced, "case.error.conviction-needs-sentence");
        } else {
            require(!sentenced && (details.sentence() == null || !details.sentence().confiscation()),
                    "case.error.sentence-on-acquittal");
            require(details.convictionArticle() == null, "case.error.article-on-acquittal");
        }
    }

    private static void require(boolean condition, String messageKey) {
        if (!condition) {
            throw new RuleViolationException(messageKey);
        }
    }
}
