package kz.qorgau.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import kz.qorgau.bench.LinkageBenchmark.Febrl;
import kz.qorgau.linkage.Clk;
import kz.qorgau.linkage.ClkEncoder;
import kz.qorgau.linkage.ClkEncoder.Hardening;
import kz.qorgau.linkage.ClkEncoder.Tokens;
import kz.qorgau.linkage.Dice;
import kz.qorgau.linkage.EncodedLinkage;
import kz.qorgau.linkage.Encodings;
import kz.qorgau.linkage.LinkageSecret;

/**
 * The privacy-preserving linkage benchmark of docs/benchmarks.md, in two parts. The Dice kernel: one thread compares
 * each of {@code bench.pprl.filters} random 1024-bit filters (half their bits set, as a balanced CLK) with each of as
 * many others by {@link Dice#search}, several times after a warm-up; comparisons per second of each run, with the CPU
 * other processes used meanwhile. Quality on FEBRL data set 3: every record encoded into a CLK (the same fields as the
 * plain mode), every pair compared, a pair a match at the hardening's Dice threshold; pairwise precision, recall and F1
 * beside the plain mode's ({@link LinkageBenchmark}'s Fellegi–Sunter run on the same file, in this JVM), and over a
 * range of thresholds. Run with {@code ./mvnw -B -Pbench verify -Dbench.suite=pprl}; never part of the normal build.
 *
 * <p>Settings (system properties): {@code bench.pprl.filters} (10000), {@code bench.pprl.runs} (7),
 * {@code bench.linkage.data} (bench/data-public/febrl3.csv), {@code bench.report} (docs/benchmarks.md),
 * {@code bench.quiet-timeout} (how long the kernel waits for other processes to use under a quarter of a core, 600 s,
 * then measures anyway and says so).
 */
public final class PprlBenchmark {

    static final String START = "<!-- bench:pprl:start -->";
    static final String END = "<!-- bench:pprl:end -->";
    static final double[] SWEEP = { 0.50, 0.55, 0.60, 0.65, 0.70, 0.75, 0.80, 0.85, 0.90, 0.95 };

    /** The fields of FEBRL 3 and their weights (positions per token in 1024 bits), set before the first run. */
    static final List<ClkEncoder.Field<Febrl>> FIELDS = List.of(ClkEncoder.Field.of("given_name", Febrl::givenName,
            Tokens.GIVEN_NAME, 15), ClkEncoder.Field.of("surname", Febrl::surname, Tokens.SURNAME, 15),
            ClkEncoder.Field.of("date_of_birth", Febrl::birthDate, Tokens.BIGRAMS, 10), ClkEncoder.Field.of(
                    "soc_sec_id", Febrl::document, Tokens.BIGRAMS, 10), ClkEncoder.Field.of("street_number",
                            Febrl::streetNumber, Tokens.BIGRAMS, 5), ClkEncoder.Field.of("address_1", Febrl::address,
                                    Tokens.BIGRAMS, 5), ClkEncoder.Field.of("suburb", Febrl::suburb, Tokens.BIGRAMS,
                                            5), ClkEncoder.Field.of("postcode", Febrl::postcode, Tokens.BIGRAMS, 5),
            ClkEncoder.Field.of("state", Febrl::state, Tokens.WHOLE, 5));

    /** One timed run of the kernel. */
    record KernelRun(boolean tiled, long comparisons, long nanos, long found, double othersCores) {

        double perSecond() {
            return comparisons * 1e9 / nanos;
        }
    }

    /** One hardening's quality: at its threshold, and over the sweep (precision, recall, F1 per threshold). */
    record Quality(Hardening hardening, LinkageBenchmark.Run atThreshold, long encodeMillis, long linkMillis,
            double meanPopcount, List<PairwiseScore> sweep) {
    }

    private PprlBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int filters = Integer.getInteger("bench.pprl.filters", 10_000);
        int runs = Integer.getInteger("bench.pprl.runs", 7);
        Path data = Path.of(System.getProperty("bench.linkage.data", "bench/data-public/febrl3.csv"));
        Path report = Path.of(System.getProperty("bench.report", "docs/benchmarks.md"));
        CasesBenchmark.Machine machine = CasesBenchmark.Machine.describe();

        boolean quiet = CpuMeter.awaitQuiet(0.25, Duration.ofSeconds(Integer.getInteger("bench.quiet-timeout", 600)));
        List<KernelRun> kernel = kernel(filters, runs);
        LinkageBenchmark.Run plain = LinkageBenchmark.qorgau(data, Instant.now());
        System.out.println("[bench] plain " + plain);
        List<Quality> qualities = new ArrayList<>();
        for (Hardening hardening : Hardening.values()) {
            Quality quality = quality(data, hardening);
            System.out.println("[bench] " + quality.hardening() + " " + quality.atThreshold());
            qualities.add(quality);
        }
        write(report, machine, filters, runs, quiet, kernel, plain, qualities);
    }

    /**
     * The kernel on random filters: two warm-ups, then {@code runs} timed runs of filters × filters comparisons, each
     * run once by {@link Dice#join} (tiled) and once by {@link Dice#search} of each query over all stored filters.
     */
    static List<KernelRun> kernel(int filters, int runs) {
        Random random = new Random(20_240_611);
        long[] queries = randomFilters(random, filters);
        long[] matrix = randomFilters(random, filters);
        int[] popcounts = Dice.popcounts(matrix);
        Dice.Threshold threshold = Dice.Threshold.of(0.8);
        int[] indices = new int[filters];
        double[] scores = new double[filters];
        long[] found = new long[1];
        List<KernelRun> results = new ArrayList<>();
        for (int run = -2; run < runs; run++) {
            for (boolean tiled : new boolean[]{ true, false }) {
                CpuMeter meter = new CpuMeter();
                long started = System.nanoTime();
                found[0] = 0;
                if (tiled) {
                    Dice.join(queries, matrix, popcounts, threshold, false, (q, j, score) -> found[0]++);
                } else {
                    for (int q = 0; q < filters; q++) {
                        found[0] += Dice.search(queries, q * Clk.WORDS, matrix, popcounts, 0, filters, threshold,
                                indices, scores);
                    }
                }
                long nanos = System.nanoTime() - started;
                KernelRun result = new KernelRun(tiled, (long) filters * filters, nanos, found[0], meter
                        .othersCores());
                System.out.printf(Locale.ROOT, "[bench] kernel %s %s: %.1f million comparisons/s, other load %.2f%n",
                        tiled ? "join" : "search", run < 0 ? "warm-up" : "run " + (run + 1), result.perSecond() / 1e6,
                        result.othersCores());
                if (run >= 0) {
                    results.add(result);
                }
            }
        }
        return results;
    }

    /** Uniformly random filters, one after another: each bit set with probability one half. */
    private static long[] randomFilters(Random random, int count) {
        long[] matrix = new long[count * Clk.WORDS];
        for (int i = 0; i < matrix.length; i++) {
            matrix[i] = random.nextLong();
        }
        return matrix;
    }

    /** FEBRL 3 encoded with one hardening under a fresh random secret, every pair compared. */
    static Quality quality(Path data, Hardening hardening) throws IOException {
        List<Febrl> records = LinkageBenchmark.read(data);
        ClkEncoder<Febrl> encoder = new ClkEncoder<>(LinkageSecret.generate(), FIELDS, List.of(), hardening);
        encoder.encodeAll(records.subList(0, records.size() / 5), Febrl::id);
        Instant started = Instant.now();
        Encodings encodings = encoder.encodeAll(records, Febrl::id);
        long encodeMillis = Duration.between(started, Instant.now()).toMillis();
        double meanPopcount = 0;
        for (int i = 0; i < encodings.size(); i++) {
            meanPopcount += encodings.record(i).clk().popcount();
        }
        meanPopcount /= encodings.size();

        Instant linking = Instant.now();
        List<EncodedLinkage.Link> links = new EncodedLinkage(Dice.Threshold.of(hardening.threshold()),
                EncodedLinkage.Pairs.ALL).deduplicate(encodings);
        long linkMillis = Duration.between(linking, Instant.now()).toMillis();
        LinkageBenchmark.Run atThreshold = LinkageBenchmark.score(hardening.name(), records, pairs(links, 0),
                (long) records.size() * (records.size() - 1) / 2, encodeMillis + linkMillis, "");

        long[][] histogram = histogram(records.stream().map(Febrl::entity).toArray(String[]::new), encodings,
                SWEEP[0]);
        List<PairwiseScore> sweep = new ArrayList<>();
        for (double threshold : SWEEP) {
            sweep.add(at(histogram, (int) Math.round(threshold * 100), atThreshold.truePairs()));
        }
        for (int hundredths = 50; hundredths <= 95; hundredths++) {
            PairwiseScore run = at(histogram, hundredths, atThreshold.truePairs());
            System.out.printf(Locale.ROOT, "[bench] %s at %.2f: F1 %.4f (precision %.4f, recall %.4f)%n", hardening,
                    hundredths / 100.0, run.f1(), run.precision(), run.recall());
        }
        return new Quality(hardening, atThreshold, encodeMillis, linkMillis, meanPopcount, sweep);
    }

    /**
     * Every pair's score at or above {@code from} counted by hundredths (bin k holds the scores at or above k/100 and
     * below (k+1)/100), pairs of one entity in row 1 and others in row 0: the sweep counts without keeping the
     * millions of pairs low thresholds pass.
     */
    static long[][] histogram(String[] entities, Encodings encodings, double from) {
        int n = encodings.size();
        long[] matrix = new long[n * Clk.WORDS];
        for (int i = 0; i < n; i++) {
            System.arraycopy(encodings.record(i).clk().words(), 0, matrix, i * Clk.WORDS, Clk.WORDS);
        }
        long[][] histogram = new long[2][101];
        Dice.join(matrix, matrix, Dice.popcounts(matrix), Dice.Threshold.of(from), true, (i, j, score) -> {
            int bin = (int) Math.floor(score * 100);
            while (bin < 100 && score >= (bin + 1) / 100.0) {
                bin++;
            }
            while (score < bin / 100.0) {
                bin--;
            }
            histogram[entities[i].equals(entities[j]) ? 1 : 0][bin]++;
        });
        return histogram;
    }

    /** Pairwise precision, recall and F1 at a threshold of {@code hundredths}/100, from the histogram. */
    static PairwiseScore at(long[][] histogram, int hundredths, long truePairs) {
        long correct = 0;
        long found = 0;
        for (int bin = hundredths; bin <= 100; bin++) {
            correct += histogram[1][bin];
            found += histogram[0][bin] + histogram[1][bin];
        }
        return new PairwiseScore(truePairs, found, correct);
    }

    private static Set<Long> pairs(List<EncodedLinkage.Link> links, double threshold) {
        Set<Long> pairs = new HashSet<>();
        for (EncodedLinkage.Link link : links) {
            if (link.score() >= threshold) {
                pairs.add(LinkageBenchmark.pairKey(link.first(), link.second()));
            }
        }
        return pairs;
    }

    private static void write(Path report, CasesBenchmark.Machine machine, int filters, int runs, boolean quiet,
            List<KernelRun> kernel, LinkageBenchmark.Run plain, List<Quality> qualities) throws IOException,
            InterruptedException {
        StringBuilder md = new StringBuilder(START).append('\n');
        md.append("Run of ").append(Report.now()).append(", commit `").append(Report.commit()).append("`, with\n\n");
        md.append("```bash\n./mvnw -B -Pbench verify -Dbench.suite=pprl").append(filters == 10_000 ? ""
                : " -Dbench.pprl.filters=" + filters).append(runs == 7 ? "" : " -Dbench.pprl.runs=" + runs).append(
                        Integer.getInteger(
                                "bench.quiet-timeout", 600) == 600 ? "" : " -Dbench.quiet-timeout=" + Integer
                                        .getInteger(
                                                "bench.quiet-timeout")).append("\n```\n\n");
        md.append(Report.machine(machine, Runtime.version().toString() + " (" + System.getProperty("java.vm.name")
                + ")", "`-Xmx1g`, one thread for the kernel"));

        md.append("\n**Dice kernel**, ").append(String.format(Locale.ROOT, "%,d", filters).replace(',', ' '))
                .append(" × ").append(String.format(Locale.ROOT, "%,d", filters).replace(',', ' ')).append(
                        " random 1024-bit filters, one thread, ").append(runs).append(" runs after two of warm-up")
                .append(quiet ? "" : " (the machine did not get quiet before the runs)").append(":\n\n");
        md.append("| kernel | best, million comparisons/s | median | each run (other load in cores) |\n");
        md.append("|---|---:|---:|---|\n");
        for (boolean tiled : new boolean[]{ true, false }) {
            List<KernelRun> of = kernel.stream().filter(run -> run.tiled() == tiled).toList();
            double[] rates = of.stream().mapToDouble(KernelRun::perSecond).sorted().toArray();
            double median = rates.length % 2 == 1 ? rates[rates.length / 2]
                    : (rates[rates.length / 2 - 1] + rates[rates.length / 2]) / 2;
            md.append(tiled ? "| `Dice.join` (tiles of 1,024 stored filters) | **"
                    : "| `Dice.search`, each query over all "
                            + "stored filters | **").append(String.format(Locale.ROOT, "%.1f", rates[rates.length - 1]
                                    / 1e6))
                    .append("** | ").append(String.format(Locale.ROOT, "%.1f", median / 1e6)).append(" | ");
            for (KernelRun run : of) {
                md.append(String.format(Locale.ROOT, "%.1f (%.2f) ", run.perSecond() / 1e6, run.othersCores()));
            }
            md.append("|\n");
        }

        md.append("\n**Quality on FEBRL 3** (").append(plain.truePairs()).append(
                " true pairs), pairwise, each encoded mode at its hardening's threshold:\n\n");
        md.append("| mode | threshold | precision | recall | F1 | pairs found | pairs compared | mean bits set | ")
                .append("time |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        md.append("| plain (Fellegi–Sunter, EM) | posterior 0.9 | ").append(figures(plain)).append(" | ").append(plain
                .foundPairs()).append(" | ").append(plain.candidates()).append(" | – | ").append(String.format(
                        Locale.ROOT, "%.2f s", plain.millis() / 1000.0)).append(" |\n");
        for (Quality quality : qualities) {
            LinkageBenchmark.Run run = quality.atThreshold();
            md.append("| CLK, ").append(name(quality.hardening())).append(" | Dice ").append(String.format(
                    Locale.ROOT, "%.2f", quality.hardening().threshold())).append(" | ").append(figures(run)).append(
                            " | ").append(run.foundPairs()).append(" | ").append(run.candidates()).append(" | ")
                    .append(String.format(Locale.ROOT, "%.0f", quality.meanPopcount())).append(" | ").append(String
                            .format(Locale.ROOT, "%.2f s (encoding %.2f s)", (quality.encodeMillis() + quality
                                    .linkMillis()) / 1000.0, quality.encodeMillis() / 1000.0)).append(" |\n");
        }

        md.append(
                "\nF1 (precision / recall) of each encoded mode over thresholds of the Dice coefficient:\n\n| mode |");
        for (double threshold : SWEEP) {
            md.append(String.format(Locale.ROOT, " %.2f |", threshold));
        }
        md.append("\n|---|").append("---:|".repeat(SWEEP.length)).append('\n');
        for (Quality quality : qualities) {
            md.append("| ").append(name(quality.hardening())).append(" |");
            for (PairwiseScore run : quality.sweep()) {
                md.append(String.format(Locale.ROOT, " %.4f (%.3f / %.3f) |", run.f1(), run.precision(), run
                        .recall()));
            }
            md.append('\n');
        }
        md.append(END);
        Report.replace(report, START, END, md.toString());
    }

    private static String figures(LinkageBenchmark.Run run) {
        return String.format(Locale.ROOT, "%.4f | %.4f | **%.4f**", run.precision(), run.recall(), run.f1());
    }

    private static String name(Hardening hardening) {
        return switch (hardening) {
            case BALANCE -> "balanced (default)";
            case XOR_FOLD -> "XOR-folded";
            case NONE -> "not hardened";
        };
    }
}
