package kz.qorgau.demo;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import kz.qorgau.shared.ExploitationForm;
import kz.qorgau.cases.CooperationDirection;
import kz.qorgau.cases.InternationalCooperation;
import kz.qorgau.cases.Sentence;
import kz.qorgau.cases.SuspensionReason;
import kz.qorgau.cases.TerminationReason;
import kz.qorgau.cases.VenueKind;
import kz.qorgau.cases.VerdictOutcome;

/**
 * Random years of the demo around the scripted ones ({@link DemoCasePlan#scripted()}), from a fixed seed:
 * cases in the proportions the seed report describes (most about sexual exploitation, a few about
 * forced labour; Almaty, Shymkent and the south most affected), one or two "Стоп-трафик" stages and a few
 * extraditions a year.
 *
 * <p>Years that come before the scripted ones are {@code closed}: every case there ends terminated or
 * decided in court, and every event and extradition falls before {@code closedBefore}, so that these
 * years leave nothing open to be counted later. Open years end today: what would come later is left out.
 */
final class RandomCasePlan {

    /** Regions with their weight (Almaty, Shymkent, the south and Astana first). */
    static final List<String> WEIGHTED_REGIONS = weighted();

    private static final String[] INCOMING_COUNTRIES = { "RU", "RU", "RU", "UZ", "UZ", "KG", "TJ" };
    private static final String[] OUTGOING_COUNTRIES = { "RU", "TR", "AE", "KR" };

    private RandomCasePlan() {
    }

    private static List<String> weighted() {
        List<String> regions = new ArrayList<>();
        // in the order of DemoCasePlan.REGIONS
        int[] weights = { 9, 6, 5, 4, 3, 3, 2, 2, 1, 1 };
        List<String> codes = DemoCasePlan.REGIONS;
        for (int i = 0; i < codes.size(); i++) {
            for (int n = 0; n < weights[i]; n++) {
                regions.add(codes.get(i));
            }
        }
        return List.copyOf(regions);
    }

    /** Years that end before {@code closedBefore}, leaving no case open; the first year is the seed. */
    static DemoCasePlan closed(int firstYear, int lastYear, LocalDate closedBefore) {
        DemoCasePlan plan = years(new Random(firstYear), firstYear, lastYear, true, 1);
        plan.stories().forEach(story -> {
            LocalDate last = story.steps().isEmpty() ? story.registered().to() : story.steps().getLast().when().to();
            if (!last.isBefore(closedBefore)) {
                throw new IllegalStateException("a closed year's case ends on " + last);
            }
        });
        plan.extraditions().forEach(request -> {
            if (!request.executedOn().isBefore(closedBefore)) {
                throw new IllegalStateException("a closed year's extradition ends on " + request.executedOn());
            }
        });
        return plan;
    }

    /**
     * Years up to today, where cases may still be open; the first year is the seed, so a year's cases are
     * the same whatever today is (what lies after today is left out when entered).
     */
    static DemoCasePlan open(int firstYear, LocalDate today) {
        return years(new Random(firstYear), firstYear, today.getYear(), false, 1);
    }

    /**
     * Benchmark volume ({@code qorgau.demo.scale}): {@code volume} times a random year's cases, stages and
     * extraditions, in every year from {@code firstYear} to today, open as the open years are; seeded by the
     * volume, so that the same volume gives the same cases.
     */
    static DemoCasePlan volume(int firstYear, LocalDate today, int volume) {
        return years(new Random(31L * volume + firstYear), firstYear, today.getYear(), false, volume);
    }

    /**
     * A random year's volume times {@code volume}: 10 to 14 cases, 1 or 2 stages of "Стоп-трафик" and 1 to 3
     * extradition requests at volume 1 (the demo's own random years, whose draws must not change).
     */
    private static DemoCasePlan years(Random random, int firstYear, int lastYear, boolean closed, int volume) {
        List<DemoStory> stories = new ArrayList<>();
        List<DemoCasePlan.Operation> operations = new ArrayList<>();
        List<DemoCasePlan.Extradition> extraditions = new ArrayList<>();
        for (int year = firstYear; year <= lastYear; year++) {
            int count = 10 * volume + random.nextInt(5 * volume);
            for (int i = 0; i < count; i++) {
                stories.add(oneCase(random, LocalDate.of(year, 1, 1).plusDays(random.nextInt(Year.of(year).length())),
                        closed));
            }
            int stages = volume + random.nextInt(volume + 1);
            for (int stage = 1; stage <= stages; stage++) {
                LocalDate start = LocalDate.of(year, stage == 1 ? 4 : stage == 2 ? 9 : 1 + stage % 11, 1 + random
                        .nextInt(20));
                operations.add(new DemoCasePlan.Operation("Стоп-трафик " + year + (stages > 1 ? ", этап " + stage : ""),
                        start, start.plusDays(7 + random.nextInt(7)), List.of(DemoCasePlan.ALMATY,
                                WEIGHTED_REGIONS.get(random.nextInt(WEIGHTED_REGIONS.size())), DemoCasePlan.SHYMKENT),
                        Set.of(VenueKind.SAUNA, VenueKind.MASSAGE_PARLOUR, VenueKind.CONSTRUCTION_SITE, VenueKind.FARM),
                        300 + random.nextInt(200), 5 + random.nextInt(10)));
            }
            int requests = volume + random.nextInt(2 * volume + 1);
            for (int i = 0; i < requests; i++) {
                boolean received = random.nextInt(4) > 0;
                LocalDate requested = LocalDate.of(year, 1 + random.nextInt(8), 1 + random.nextInt(28));
                LocalDate granted = requested.plusDays(30 + random.nextInt(40));
                extraditions.add(new DemoCasePlan.Extradition(
                        received ? CooperationDirection.INCOMING : CooperationDirection.OUTGOING,
                        received ? pick(random, INCOMING_COUNTRIES) : pick(random, OUTGOING_COUNTRIES), requested,
                        InternationalCooperation.Step.GRANTED, granted, granted.plusDays(20 + random.nextInt(40))));
            }
        }
        return new DemoCasePlan(stories, operations, extraditions);
    }

    /** One case's story; in a closed year it always ends terminated or with a verdict for every suspect. */
    private static DemoStory oneCase(Random random, LocalDate registered, boolean closed) {
        int roll = random.nextInt(100);
        ExploitationForm form = roll < 78 ? ExploitationForm.SEXUAL_EXPLOITATION
                : roll < 93 ? ExploitationForm.FORCED_LABOUR : null;
        String article = form == ExploitationForm.FORCED_LABOUR ? "128"
                : form == null ? (random.nextBoolean() ? "128" : "135")
                : pick(random, new String[]{ "128", "128", "308", "134" });
        DemoStory story = DemoStory.of(1, form, article)
                .in(WEIGHTED_REGIONS.get(random.nextInt(WEIGHTED_REGIONS.size())))
                .registered(registered.toString())
                .defendants(1 + (random.nextInt(3) == 0 ? 1 : 0));
        if (random.nextInt(3) > 0) {
            story = story.arrested();
        }
        LocalDate cursor = registered.plusDays(20 + random.nextInt(20));
        int fate = random.nextInt(100);
        if (fate < 10) {
            // suspended; in a closed year terminated later, otherwise left so
            LocalDate suspended = cursor.plusMonths(1);
            story = story.suspended(suspended.toString(), SuspensionReason.SUSPECT_ABROAD);
            return closed ? story.terminated(suspended.plusMonths(6 + random.nextInt(6)).toString(),
                    TerminationReason.STATUTE_OF_LIMITATIONS) : story;
        }
        if (fate < 25) {
            return story.terminated(cursor.plusMonths(3).toString(), TerminationReason.INSUFFICIENT_EVIDENCE);
        }
        if (fate < 35 && !closed) {
            return story;
        }
        LocalDate sent = cursor.plusMonths(2 + random.nextInt(3));
        story = story.sentToCourt(sent.toString());
        LocalDate decided = sent.plusMonths(2 + random.nextInt(4));
        int outcome = random.nextInt(100);
        if (outcome < 85) {
            Sentence sentence = random.nextInt(6) == 0
                    ? new Sentence(null, 24 + random.nextInt(24), 24, null, null, false, false)
                    : new Sentence(48 + random.nextInt(120), null, null, null, null, false, article.equals("128"));
            return story.convicted(decided.toString(), sentence);
        }
        return story.verdict(decided.toString(), outcome < 95 ? VerdictOutcome.ACQUITTED : VerdictOutcome.DISMISSED);
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
