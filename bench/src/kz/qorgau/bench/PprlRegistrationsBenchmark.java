package kz.qorgau.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import kz.qorgau.bench.RegistrationsBenchmark.Registration;
import kz.qorgau.linkage.ClkEncoder;
import kz.qorgau.linkage.Dice;
import kz.qorgau.linkage.EncodedLinkage;
import kz.qorgau.linkage.EncodedRecord;
import kz.qorgau.linkage.Encodings;
import kz.qorgau.linkage.LinkageSecret;
import kz.qorgau.linkage.PersonEncoding;
import kz.qorgau.shared.Sex;

/**
 * The privacy-preserving mode on the registrations benchmark's data (docs/benchmarks.md, "Privacy-preserving linkage
 * on the Cyrillic/Latin registrations"): the registrations of {@link RegistrationsGenerator}, each encoded as the
 * offline encoding tool encodes a person ({@link PersonEncoding}: one balanced CLK of surname, given name, date of
 * birth and sex) under a fresh random secret, and every pair compared, as the server compares every pair (the API
 * takes no blocking keys). Pairwise precision, recall and F1 at the balanced hardening's Dice threshold (chosen on
 * FEBRL3), at the threshold chosen on development data, which the server links at ({@link #DEVELOPMENT_THRESHOLD}),
 * and over a range, beside the plain mode's F1 on the same file
 * ({@link RegistrationsBenchmark#qorgau}, in this JVM first). Run with
 * {@code ./mvnw -B -Pbench verify -Dbench.suite=pprl-registrations}; never part of the normal build.
 * <p>
 * Settings (system properties): {@code bench.registrations.records} (85000), {@code bench.registrations.seed} (2026),
 * {@code bench.report} (docs/benchmarks.md).
 */
public final class PprlRegistrationsBenchmark {

    static final String START = "<!-- bench:pprl-registrations:start -->";
    static final String END = "<!-- bench:pprl-registrations:end -->";
    static final double[] SWEEP = { 0.60, 0.65, 0.70, 0.72, 0.75, 0.80, 0.85, 0.88, 0.90, 0.95 };
    /**
     * The best-F1 threshold of {@link PersonEncoding}'s CLKs on 20,000 registrations generated with seed 7 (not the
     * benchmark's seed), where its weights were chosen: a threshold not chosen on the data it is measured on. The
     * server links at it.
     */
    static final double DEVELOPMENT_THRESHOLD = PersonEncoding.LINK_THRESHOLD;
    static final double FEBRL_THRESHOLD = ClkEncoder.Hardening.BALANCE.threshold();

    /** The encoded mode's figures. */
    record Encoded(RegistrationsBenchmark.Run atDevelopmentThreshold, PairwiseScore atFebrlThreshold,
            List<PairwiseScore> sweep, int bestHundredths, PairwiseScore best, long encodeMillis, long linkMillis,
            long sweepMillis, List<Across> across, double othersCores) {
    }

    /**
     * The links between agencies as the server answers them: each agency's set linked with each other's, one-to-one,
     * at a threshold; scored against the pairs of one person's registrations at two agencies, of which one-to-one
     * links can find at most {@code reachable} (a person registered twice by one agency links once with another).
     */
    record Across(double threshold, PairwiseScore score, long reachable, long millis) {
    }

    private PprlRegistrationsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int size = Integer.getInteger("bench.registrations.records", 85_000);
        long seed = Long.getLong("bench.registrations.seed", 2026);
        Path report = Path.of(System.getProperty("bench.report", "docs/benchmarks.md"));
        Path data = Path.of("bench/data/registrations.csv");
        RegistrationsGenerator.Summary summary = RegistrationsGenerator.write(data, size, seed);
        System.out.println("[bench] " + summary.records() + " registrations of " + summary.persons()
                + " persons written to " + data);
        CasesBenchmark.Machine machine = CasesBenchmark.Machine.describe();

        CpuMeter plainMeter = new CpuMeter();
        RegistrationsBenchmark.Run plain = RegistrationsBenchmark.qorgau(data, Instant.now());
        double plainOthers = plainMeter.othersCores();
        System.out.println("[bench] plain " + plain);
        Encoded encoded = encoded(data);
        System.out.println("[bench] encoded " + encoded);
        write(report, machine, size, seed, summary, plain, plainOthers, encoded);
    }

    /** The registrations as {@link PersonEncoding} takes them: the date's digits, the sex from F or M. */
    static PersonEncoding.Person person(Registration registration) {
        Sex sex = switch (registration.sex()) {
            case "F" -> Sex.FEMALE;
            case "M" -> Sex.MALE;
            default -> Sex.UNKNOWN;
        };
        return new PersonEncoding.Person(registration.surname(), registration.givenName(), registration.birthDate()
                .replace("-", ""), sex);
    }

    /**
     * Encodes every registration (after a warm-up on a fifth of them), links every pair at or above the development
     * threshold as the server's {@link EncodedLinkage} does, and counts every pair's score by hundredths for the
     * other thresholds, in one thread.
     */
    static Encoded encoded(Path data) throws IOException {
        CpuMeter meter = new CpuMeter();
        List<Registration> registrations = RegistrationsBenchmark.read(data);
        List<PersonEncoding.Person> persons = registrations.stream().map(PprlRegistrationsBenchmark::person).toList();
        ClkEncoder<PersonEncoding.Person> encoder = PersonEncoding.encoder(LinkageSecret.generate());
        for (PersonEncoding.Person person : persons.subList(0, persons.size() / 5)) {
            encoder.encode(person);
        }
        Instant encoding = Instant.now();
        List<EncodedRecord> records = new ArrayList<>(persons.size());
        for (int i = 0; i < persons.size(); i++) {
            records.add(encoder.encode(registrations.get(i).id(), persons.get(i)));
        }
        Encodings encodings = Encodings.of(records);
        long encodeMillis = Duration.between(encoding, Instant.now()).toMillis();

        Instant linking = Instant.now();
        List<EncodedLinkage.Link> links = new EncodedLinkage(Dice.Threshold.of(DEVELOPMENT_THRESHOLD),
                EncodedLinkage.Pairs.ALL).deduplicate(encodings);
        long linkMillis = Duration.between(linking, Instant.now()).toMillis();
        Set<Long> found = new HashSet<>();
        links.forEach(link -> found.add(RegistrationsBenchmark.pairKey(link.first(), link.second())));
        long n = registrations.size();
        RegistrationsBenchmark.Run atDevelopment = RegistrationsBenchmark.score("pprl", registrations, found, n * (n
                - 1) / 2, encodeMillis + linkMillis, "");

        Instant sweeping = Instant.now();
        long[][] histogram = PprlBenchmark.histogram(registrations.stream().map(Registration::person).toArray(
                String[]::new), encodings, SWEEP[0]);
        long sweepMillis = Duration.between(sweeping, Instant.now()).toMillis();
        List<PairwiseScore> sweep = new ArrayList<>();
        for (double threshold : SWEEP) {
            sweep.add(PprlBenchmark.at(histogram, (int) Math.round(threshold * 100), atDevelopment.truePairs()));
        }
        int best = (int) Math.round(SWEEP[0] * 100);
        for (int hundredths = best; hundredths <= 99; hundredths++) {
            PairwiseScore score = PprlBenchmark.at(histogram, hundredths, atDevelopment.truePairs());
            System.out.printf(Locale.ROOT, "[bench] encoded at %.2f: F1 %.4f (precision %.4f, recall %.4f)%n",
                    hundredths / 100.0, score.f1(), score.precision(), score.recall());
            if (score.f1() > PprlBenchmark.at(histogram, best, atDevelopment.truePairs()).f1()) {
                best = hundredths;
            }
        }
        List<Across> across = new ArrayList<>();
        for (double threshold : new double[]{ FEBRL_THRESHOLD, DEVELOPMENT_THRESHOLD }) {
            across.add(across(registrations, records, threshold));
            System.out.println("[bench] across agencies " + across.getLast());
        }
        return new Encoded(atDevelopment, PprlBenchmark.at(histogram, (int) Math.round(FEBRL_THRESHOLD * 100),
                atDevelopment.truePairs()), sweep, best, PprlBenchmark.at(histogram, best, atDevelopment
                        .truePairs()), encodeMillis, linkMillis, sweepMillis, across, meter.othersCores());
    }

    /** Every two agencies' sets linked by {@link EncodedLinkage#link}, as the server links two organisations. */
    static Across across(List<Registration> registrations, List<EncodedRecord> records, double threshold) {
        Map<String, List<EncodedRecord>> byAgency = new TreeMap<>();
        Map<String, String> person = new HashMap<>();
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (int i = 0; i < registrations.size(); i++) {
            Registration registration = registrations.get(i);
            byAgency.computeIfAbsent(registration.agency(), a -> new ArrayList<>()).add(records.get(i));
            person.put(registration.id(), registration.person());
            counts.computeIfAbsent(registration.person(), p -> new HashMap<>()).merge(registration.agency(), 1,
                    Integer::sum);
        }
        long truth = 0;
        long reachable = 0;
        for (Map<String, Integer> agencies : counts.values()) {
            List<Integer> sizes = List.copyOf(agencies.values());
            for (int a = 0; a < sizes.size(); a++) {
                for (int b = a + 1; b < sizes.size(); b++) {
                    truth += (long) sizes.get(a) * sizes.get(b);
                    reachable += Math.min(sizes.get(a), sizes.get(b));
                }
            }
        }
        EncodedLinkage linkage = new EncodedLinkage(Dice.Threshold.of(threshold), EncodedLinkage.Pairs.ALL);
        List<Encodings> sets = byAgency.values().stream().map(Encodings::of).toList();
        Instant started = Instant.now();
        long found = 0;
        long correct = 0;
        for (int a = 0; a < sets.size(); a++) {
            for (int b = a + 1; b < sets.size(); b++) {
                for (EncodedLinkage.Link link : linkage.link(sets.get(a), sets.get(b))) {
                    found++;
                    if (person.get(link.first()).equals(person.get(link.second()))) {
                        correct++;
                    }
                }
            }
        }
        return new Across(threshold, new PairwiseScore(truth, found, correct), reachable, Duration.between(started,
                Instant.now()).toMillis());
    }

    private static void write(Path report, CasesBenchmark.Machine machine, int size, long seed,
            RegistrationsGenerator.Summary summary, RegistrationsBenchmark.Run plain, double plainOthers,
            Encoded encoded) throws IOException, InterruptedException {
        StringBuilder md = new StringBuilder(START).append('\n');
        md.append("Run of ").append(Report.now()).append(", commit `").append(Report.commit()).append("`, with\n\n");
        md.append("```bash\n./mvnw -B -Pbench verify -Dbench.suite=pprl-registrations")
                .append(size == 85_000 ? "" : " -Dbench.registrations.records=" + size)
                .append(seed == 2026 ? "" : " -Dbench.registrations.seed=" + seed).append("\n```\n\n");
        md.append(Report.machine(machine, Runtime.version().toString() + " (" + System.getProperty("java.vm.name")
                + ")", "`-Xmx1g`, one JVM, one thread"));
        md.append("\nData: ").append(number(summary.records())).append(" registrations of ").append(number(summary
                .persons())).append(" persons (seed ").append(seed).append("), ").append(number(plain.truePairs()))
                .append(" true pairs; ").append(number((long) summary.records() * (summary.records() - 1) / 2)).append(
                        " pairs compared by the encoded mode (all).\n\n");
        md.append("| mode | threshold | precision | recall | F1 | pairs found | persons found | error | time |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        md.append("| plain (Fellegi–Sunter, EM, blocking) | posterior 0.9 | ").append(figures(plain.precision(), plain
                .recall(), plain.f1())).append(" | ").append(plain.foundPairs()).append(" | ").append(plain.persons())
                .append(" | ").append(String.format(Locale.ROOT, "%+.2f %%", plain.personsError())).append(" | ")
                .append(seconds(plain.millis())).append(" |\n");
        PairwiseScore server = encoded.atFebrlThreshold();
        md.append("| CLK, balanced, the hardening's threshold (FEBRL3) | Dice ").append(String.format(Locale.ROOT,
                "%.2f",
                FEBRL_THRESHOLD)).append(" | ").append(figures(server.precision(), server.recall(), server.f1()))
                .append(" | ").append(server.foundPairs()).append(" | – | – | – |\n");
        RegistrationsBenchmark.Run development = encoded.atDevelopmentThreshold();
        md.append("| CLK, balanced, the server's threshold (development data) | Dice ").append(String.format(
                Locale.ROOT,
                "%.2f", DEVELOPMENT_THRESHOLD)).append(" | ").append(figures(development.precision(), development
                        .recall(), development.f1())).append(" | ").append(development.foundPairs()).append(" | ")
                .append(development.persons()).append(" | ").append(String.format(Locale.ROOT, "%+.2f %%",
                        development.personsError())).append(" | ").append(seconds(encoded.encodeMillis() + encoded
                                .linkMillis())).append(" (encoding ").append(seconds(encoded.encodeMillis()))
                .append(") |\n");
        md.append("| CLK, balanced, the best threshold of this run | Dice ").append(String.format(Locale.ROOT, "%.2f",
                encoded.bestHundredths() / 100.0)).append(" | ").append(figures(encoded.best().precision(), encoded
                        .best().recall(), encoded.best().f1())).append(" | ").append(encoded.best().foundPairs())
                .append(" | – | – | – |\n");
        md.append("\nBetween agencies, as the server links organisations (each agency's registrations one set, every ")
                .append("two sets linked one-to-one by `EncodedLinkage.link`, the best score first):\n\n")
                .append("| threshold | precision | recall | F1 | links | true pairs across agencies | of them ")
                .append("reachable one-to-one | time |\n|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Across across : encoded.across()) {
            md.append("| Dice ").append(String.format(Locale.ROOT, "%.2f", across.threshold())).append(" | ")
                    .append(figures(across.score().precision(), across.score().recall(), across.score().f1()))
                    .append(" | ").append(across.score().foundPairs()).append(" | ").append(across.score()
                            .truePairs()).append(" | ").append(across.reachable()).append(" | ").append(seconds(
                                    across.millis())).append(" |\n");
        }
        md.append("\nOther processes used ").append(String.format(Locale.ROOT, "%.2f", plainOthers)).append(
                " cores on average during the plain run and ").append(String.format(Locale.ROOT, "%.2f", encoded
                        .othersCores())).append(" during the encoded one; counting every pair's score for the ")
                .append("thresholds below took ").append(seconds(encoded.sweepMillis())).append(".\n");
        md.append("\nF1 (precision / recall) of the encoded mode over thresholds of the Dice coefficient:\n\n|");
        for (double threshold : SWEEP) {
            md.append(String.format(Locale.ROOT, " %.2f |", threshold));
        }
        md.append("\n|").append("---:|".repeat(SWEEP.length)).append("\n|");
        for (PairwiseScore score : encoded.sweep()) {
            md.append(String.format(Locale.ROOT, " %.4f (%.3f / %.3f) |", score.f1(), score.precision(), score
                    .recall()));
        }
        md.append("\n\nPlain mode: ").append(plain.detail()).append(".\n").append(END);
        Report.replace(report, START, END, md.toString());
    }

    private static String figures(double precision, double recall, double f1) {
        return String.format(Locale.ROOT, "%.4f | %.4f | **%.4f**", precision, recall, f1);
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.2f s", millis / 1000.0);
    }

    private static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n).replace(',', ' ');
    }
}
