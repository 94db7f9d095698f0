package kz.qorgau.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import kz.qorgau.QorgauTest;
import kz.qorgau.demo.DemoOrganisations;
import kz.qorgau.organisations.OrganisationRegistry;
import kz.qorgau.shared.ExploitationForm;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.RuleViolationException;

/**
 * The effective timeline has two statements: {@link Timeline} in Java (what the case shows and checks) and the view
 * statistics_case_event in SQL (what the statistics count). On random histories built through the case's own
 * methods (registrations, suspensions, terminations, indictments, verdicts, appeals, retrials ordered on appeal
 * with their own verdicts, with corrections and retractions of earlier entries, the impossible ones refused by
 * the case as in use), each case is saved as the application saves it and the view must give the same effective
 * events, in the same order, as the replay. Plain JUnit over fixed seeds (as SmallCountsPropertyTests), so that a
 * failure is reproduced by its seed; each history is saved in a transaction that is rolled back, leaving the shared
 * database as it was.
 */
@QorgauTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimelineStatisticsViewPropertyTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    static final List<String> ARTICLES = List.of("128", "134", "135", "308");

    /** An effective event with the columns of statistics_case_event. */
    record Effective(int seq, String type, LocalDate occurredOn, String reason, Integer defendantNo, String outcome,
            String convictionArticle, Integer imprisonmentMonths, Integer suspendedMonths, Integer restrictionMonths,
            Long fineKzt, Boolean juvenile) {
    }

    @Autowired
    Cases cases;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    OrganisationRegistry organisations;

    long unit;
    long court;

    @BeforeAll
    void organisations() {
        unit = organisations.findByName(DemoOrganisations.POLICE_NATIONAL).orElseThrow().id();
        court = organisations.findByName(DemoOrganisations.COURT_ALMATY).orElseThrow().id();
    }

    static Stream<Long> seeds() {
        return IntStream.rangeClosed(1, 300).mapToObj(seed -> (long) seed);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theStatisticsViewGivesTheEffectiveEventsOfTheReplay(long seed) {
        Random random = new Random(seed);
        CriminalCase criminalCase = history(random, seed);
        List<Effective> replayed = criminalCase.timeline(TODAY).effective.stream()
                .map(event -> effective(event.seq(), event.details())).toList();
        TransactionTemplate rolledBack = new TransactionTemplate(transactions);
        List<Effective> viewed = rolledBack.execute(status -> {
            status.setRollbackOnly();
            long id = cases.save(criminalCase).id();
            return jdbc.sql("""
                    select seq, type, occurred_on, reason, defendant_no, outcome, conviction_article,
                        imprisonment_months,
                           suspended_months, restriction_months, fine_kzt, juvenile
                    from statistics_case_event where case_id = ? order by seq""").param(id)
                    .query((rs, n) -> new Effective(rs.getInt(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                            rs.getString(4), (Integer) rs.getObject(5), rs.getString(6), rs.getString(7),
                            (Integer) rs.getObject(8), (Integer) rs.getObject(9), (Integer) rs.getObject(10),
                            (Long) rs.getObject(11), (Boolean) rs.getObject(12)))
                    .list();
        });
        assertThat(viewed).as("seed %d, entries %s", seed, criminalCase.timeline(TODAY).effective).isEqualTo(replayed);
    }

    @Test
    void theRandomHistoriesCorrectAndWithdrawEntriesAndReachVerdicts() {
        // the property above is worth something only if the histories it replays are of every kind
        int corrected = 0;
        int retracted = 0;
        int verdicts = 0;
        int retrials = 0;
        for (long seed : seeds().toList()) {
            Timeline timeline = history(new Random(seed), seed).timeline(TODAY);
            List<Integer> verdictDefendants = timeline.effective.stream()
                    .filter(event -> event.details().type() == EventType.VERDICT)
                    .map(event -> event.details().defendantNo()).toList();
            retrials += verdictDefendants.size() > Set.copyOf(verdictDefendants).size() ? 1 : 0;
            List<Integer> effective = timeline.effective.stream().map(Timeline.Effective::seq).toList();
            corrected += timeline.correctedBy.keySet().stream().anyMatch(effective::contains) ? 1 : 0;
            retracted += timeline.correctedBy.keySet().stream().anyMatch(seq -> !effective.contains(seq)) ? 1 : 0;
            verdicts += timeline.verdicts.isEmpty() ? 0 : 1;
        }
        assertThat(corrected).isGreaterThan(60);
        assertThat(retracted).isGreaterThan(30);
        assertThat(verdicts).isGreaterThan(30);
        assertThat(retrials).as("histories with the verdict of a retrial ordered on appeal").isGreaterThan(10);
    }

    /** A random history, as far as the case accepts it: each refused step changes nothing. */
    CriminalCase history(Random random, long seed) {
        LocalDate registered = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(300));
        Actor actor = new Actor("investigator", unit);
        CriminalCase criminalCase = CriminalCase.register(new ErdrNumber("23999%010d".formatted(seed)), registered,
                new RegionCode("KZ-10"), unit, new Qualification(List.of(new Charge("128", 2)),
                        Set.of(ExploitationForm.FORCED_LABOUR), Set.of()), null, actor, TODAY, NOW);
        int defendants = random.nextInt(4);
        for (int i = 0; i < defendants; i++) {
            criminalCase.addDefendant(new Defendant(1000 + i, PerpetratorRole.RECRUITER_OR_INTERMEDIARY, false, null,
                    null, null, registered, false), NOW);
        }
        LocalDate last = registered;
        int steps = 3 + random.nextInt(12);
        for (int step = 0; step < steps; step++) {
            int entries = criminalCase.timeline(TODAY).effective.size() + criminalCase.timeline(TODAY).correctedBy
                    .size();
            LocalDate date = random.nextInt(5) == 0 ? registered.plusDays(random.nextInt(2000) - 30)
                    : last.plusDays(random.nextInt(200));
            try {
                int choice = random.nextInt(10);
                if (choice < 6) {
                    ProceduralEvent.Details details = details(random, randomType(random), date, defendants);
                    criminalCase.record(details, actor, TODAY, NOW);
                    last = date;
                    if (details.type() == EventType.VERDICT && random.nextBoolean()) {
                        // a retrial ordered on appeal and its own verdict, which random steps reach too seldom
                        last = last.plusDays(random.nextInt(100));
                        criminalCase.record(new ProceduralEvent.Details(EventType.APPEAL, last, null, null,
                                details.defendantNo(), null, AppealOutcome.RETRIAL_ORDERED, null, null, null), actor,
                                TODAY, NOW);
                        last = last.plusDays(random.nextInt(200));
                        criminalCase.record(verdict(random, last, details.defendantNo()), actor, TODAY, NOW);
                    }
                } else if (choice < 8) {
                    int seq = random.nextInt(Math.max(1, entries + 2));
                    EventType type = typeOf(criminalCase, seq);
                    if (type != null) {
                        criminalCase.correct(seq, details(random, type, date, defendants), actor, TODAY, NOW);
                    }
                } else {
                    criminalCase.retract(retractable(criminalCase, random, entries), actor, TODAY, NOW);
                }
            } catch (RuleViolationException refused) {
                // an impossible history: the case stays as it was
            }
        }
        return criminalCase;
    }

    /**
     * The entry to withdraw: mostly one of the last two effective entries (whose withdrawal leaves a possible
     * history more often), else any position, existing or not.
     */
    private static int retractable(CriminalCase criminalCase, Random random, int entries) {
        List<Integer> effective = criminalCase.timeline(TODAY).effective.stream().map(Timeline.Effective::seq).toList();
        if (random.nextInt(4) == 0 || effective.size() < 2) {
            return random.nextInt(Math.max(1, entries + 2));
        }
        return effective.get(effective.size() - 1 - random.nextInt(2));
    }

    /** The type of the entry at seq, or null where there is none. */
    private static EventType typeOf(CriminalCase criminalCase, int seq) {
        List<ProceduralEvent> events = criminalCase.events();
        return seq < events.size() ? events.get(seq).type() : null;
    }

    private static EventType randomType(Random random) {
        EventType[] types = { EventType.SUSPENDED, EventType.RESUMED, EventType.TERMINATED, EventType.REOPENED,
                EventType.SENT_TO_COURT, EventType.SENT_TO_COURT, EventType.VERDICT, EventType.VERDICT,
                EventType.VERDICT, EventType.APPEAL };
        return types[random.nextInt(types.length)];
    }

    private ProceduralEvent.Details details(Random random, EventType type, LocalDate date, int defendants) {
        Integer defendant = defendants == 0 ? 0 : random.nextInt(defendants);
        return switch (type) {
            case SUSPENDED -> new ProceduralEvent.Details(type, date,
                    SuspensionReason.values()[random.nextInt(SuspensionReason.values().length)].name(), null, null,
                    null,
                    null, null, null, null);
            case TERMINATED -> new ProceduralEvent.Details(type, date,
                    TerminationReason.values()[random.nextInt(TerminationReason.values().length)].name(), null, null,
                    null, null, null, null, null);
            case SENT_TO_COURT -> new ProceduralEvent.Details(type, date, null, court, null, null, null, null, null,
                    null);
            case VERDICT -> verdict(random, date, defendant);
            case APPEAL -> {
                AppealOutcome outcome = AppealOutcome.values()[random.nextInt(AppealOutcome.values().length)];
                yield new ProceduralEvent.Details(type, date, null, null, defendant, null, outcome, null, null,
                        outcome == AppealOutcome.SENTENCE_CHANGED ? sentence(random) : null);
            }
            default -> ProceduralEvent.Details.of(type, date);
        };
    }

    private static ProceduralEvent.Details verdict(Random random, LocalDate date, Integer defendant) {
        return random.nextInt(4) == 0
                ? new ProceduralEvent.Details(EventType.VERDICT, date, null, null, defendant, VerdictOutcome.ACQUITTED,
                        null, null, null, null)
                : new ProceduralEvent.Details(EventType.VERDICT, date, null, null, defendant, VerdictOutcome.CONVICTED,
                        null, ARTICLES.get(random.nextInt(ARTICLES.size())), 1 + random.nextInt(3), sentence(random));
    }

    private static Sentence sentence(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> new Sentence(null, 12 + random.nextInt(36), 12, null, null, false, false);
            case 1 -> new Sentence(null, null, null, 6 + random.nextInt(30), null, false, false);
            case 2 -> new Sentence(null, null, null, null, 100_000L + random.nextInt(1_000_000), false, true);
            case 3 -> new Sentence(1 + random.nextInt(60), null, null, null, null, true, false);
            default -> new Sentence(12 + random.nextInt(180), null, null, null, null, false, random.nextBoolean());
        };
    }

    private static Effective effective(int seq, ProceduralEvent.Details details) {
        Sentence sentence = details.sentence();
        return new Effective(seq, details.type().name(), details.occurredOn(), details.reason(), details.defendantNo(),
                details.outcome() == null ? null : details.outcome().name(), details.convictionArticle(),
                sentence == null ? null : sentence.imprisonmentMonths(), sentence == null ? null : sentence
                        .suspendedMonths(),
                sentence == null ? null : sentence.restrictionMonths(), sentence == null ? null : sentence.fineKzt(),
                sentence == null ? null : sentence.juvenile());
    }
}
