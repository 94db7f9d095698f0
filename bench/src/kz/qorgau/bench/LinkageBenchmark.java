package kz.qorgau.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import kz.qorgau.linkage.BlockingRule;
import kz.qorgau.linkage.Comparison;
import kz.qorgau.linkage.Deduplication;
import kz.qorgau.linkage.FieldComparator;
import kz.qorgau.linkage.NameFolding;
import kz.qorgau.linkage.PairExplanation;
import kz.qorgau.linkage.PhoneticKey;

/**
 * The linkage benchmark of docs/benchmarks.md: de-duplication of FEBRL data set 3 (5,000 synthetic records, 6,538
 * true pairs; {@code bench/data-public/README.md}) by the linkage module's Fellegi–Sunter model fitted by EM, and by
 * Duke 1.2 (Lucene) with a hand-tuned configuration as the anchor, each in a JVM of its own started by this one, one
 * after the other, so that each has the machine to itself. Each run reports pairwise precision, recall and F1 against
 * the true pairs, the candidate pairs compared, the time inside its JVM from reading the file to the last decision,
 * and the time of the whole process (JVM start included). Run with
 * {@code ./mvnw -B -Pbench verify -Dbench.suite=linkage}; never part of the normal build.
 *
 * <p>Settings (system properties): {@code bench.linkage.runs} per engine (3), {@code bench.linkage.data}
 * (bench/data-public/febrl3.csv), {@code bench.report} (docs/benchmarks.md); {@code bench.linkage.engine} (qorgau
 * or duke) makes this JVM one engine's run.
 */
public final class LinkageBenchmark {

    static final String START = "<!-- bench:linkage:start -->";
    static final String END = "<!-- bench:linkage:end -->";
    static final String RESULT = "[linkage-result] ";

    /** One FEBRL record, its names folded and keyed as the linkage module would at save time. */
    record Febrl(String id, String givenName, String surname, String streetNumber, String address, String suburb,
            String postcode, String state, String birthDate, String document) {

        String entity() {
            return id.split("-")[1];
        }

        String birthYear() {
            return birthDate.length() >= 4 ? birthDate.substring(0, 4) : "";
        }
    }

    /** One engine's run, as its JVM reports it, with the whole process's time. */
    record Run(String engine, double precision, double recall, double f1, long candidates, long truePairs,
            long foundPairs, long millis, long millisWithJvm, String detail) {
    }

    private LinkageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(System.getProperty("bench.linkage.data", "bench/data-public/febrl3.csv"));
        String engine = System.getProperty("bench.linkage.engine", "").strip();
        if (!engine.isEmpty()) {
            Instant started = Instant.now();
            Run run = "duke".equals(engine) ? DukeAnchor.run(data, started) : qorgau(data, started);
            System.out.println(RESULT + encode(run));
            return;
        }
        int runs = Integer.getInteger("bench.linkage.runs", 3);
        Path report = Path.of(System.getProperty("bench.report", "docs/benchmarks.md"));
        CasesBenchmark.Machine machine = CasesBenchmark.Machine.describe();
        List<Run> results = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            for (String each : List.of("qorgau", "duke")) {
                Run run = inOwnJvm(each, data);
                System.out.println("[bench] " + run);
                results.add(run);
            }
        }
        write(report, machine, runs, results);
    }

    /** The linkage module on the records: fold, block, compare, fit by EM, decide. */
    static Run qorgau(Path data, Instant started) throws IOException {
        List<Febrl> records = read(data);
        Deduplication<Febrl> deduplication = new Deduplication<>(Febrl::id, List.of(
                Comparison.of("given_name", Febrl::givenName, FieldComparator.jaroWinkler()).withTermFrequencies(),
                Comparison.of("surname", Febrl::surname, FieldComparator.jaroWinkler()).withTermFrequencies(),
                Comparison.of("date_of_birth", Febrl::birthDate, FieldComparator.birthDate()),
                Comparison.of("soc_sec_id", Febrl::document, FieldComparator.exact()),
                Comparison.of("street_number", Febrl::streetNumber, FieldComparator.exact()),
                Comparison.of("address_1", Febrl::address, FieldComparator.jaroWinkler()),
                Comparison.of("suburb", Febrl::suburb, FieldComparator.jaroWinkler()).withTermFrequencies(),
                Comparison.of("postcode", Febrl::postcode, FieldComparator.exact()),
                Comparison.of("state", Febrl::state, FieldComparator.exact())),
                List.of(new BlockingRule<>("surname key + year of birth", r -> key(PhoneticKey.of(r.surname()),
                        r.birthYear())),
                        new BlockingRule<>("given name prefix + postcode", r -> key(prefix(r.givenName(), 3), r
                                .postcode())),
                        new BlockingRule<>("date of birth", Febrl::birthDate),
                        new BlockingRule<>("document number", Febrl::document),
                        new BlockingRule<>("name keys in either order", r -> eitherOrder(PhoneticKey.of(r
                                .givenName()), PhoneticKey.of(r.surname()))),
                        new BlockingRule<>("postcode + street number", r -> key(r.postcode(), r.streetNumber()))),
                Deduplication.Settings.DEFAULT);
        Deduplication.Result result = deduplication.run(records);
        Set<Long> found = new HashSet<>();
        for (Deduplication.ScoredPair pair : result.decided(PairExplanation.Decision.MATCH)) {
            found.add(pairKey(pair.first(), pair.second()));
        }
        long millis = Duration.between(started, Instant.now()).toMillis();
        Set<Long> clustered = new HashSet<>();
        for (List<String> cluster : result.clusters()) {
            for (int i = 0; i < cluster.size(); i++) {
                for (int j = i + 1; j < cluster.size(); j++) {
                    clustered.add(pairKey(cluster.get(i), cluster.get(j)));
                }
            }
        }
        Run persons = score("clusters", records, clustered, 0, 0, "");
        String detail = result.candidatePairs() + " candidate pairs (" + result.skippedBlocks()
                + " blocks over the size bound skipped), EM " + result.iterations() + " iterations, λ "
                + String.format(Locale.ROOT, "%.4f", result.model().lambda()) + ", "
                + result.decided(PairExplanation.Decision.POSSIBLE_MATCH).size() + " possible matches, "
                + result.clusters().size() + " clusters of matches (their pairs: precision "
                + String.format(Locale.ROOT, "%.4f, recall %.4f, F1 %.4f", persons.precision(), persons.recall(),
                        persons.f1()) + ")";
        return score("qorgau", records, found, result.candidatePairs(), millis, detail);
    }

    /** Pairwise precision, recall and F1 of the pairs found against the pairs of records of one entity. */
    static Run score(String engine, List<Febrl> records, Set<Long> found, long candidates, long millis,
            String detail) {
        PairwiseScore score = PairwiseScore.of(records, Febrl::entity, record -> index(record.id()), found);
        long withJvm = Duration.between(Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()),
                Instant.now()).toMillis();
        return new Run(engine, score.precision(), score.recall(), score.f1(), candidates, score.truePairs(), score
                .foundPairs(), millis, withJvm, detail);
    }

    /** A pair of FEBRL IDs as one number, the same whichever comes first. */
    static long pairKey(String a, String b) {
        return PairwiseScore.key(index(a), index(b));
    }

    /** {@code rec-1496-org} is 1496·8, {@code rec-1496-dup-3} is 1496·8 + 4: each record one number. */
    private static long index(String id) {
        String[] parts = id.split("-");
        return Long.parseLong(parts[1]) * 8 + (parts[2].equals("org") ? 0 : Long.parseLong(parts[3]) + 1);
    }

    public static List<Febrl> read(Path data) throws IOException {
        List<String> lines = Files.readAllLines(data, StandardCharsets.UTF_8);
        List<Febrl> records = new ArrayList<>(lines.size());
        for (String line : lines.subList(1, lines.size())) {
            String[] v = line.split(",", -1);
            for (int i = 0; i < v.length; i++) {
                v[i] = v[i].strip();
            }
            records.add(new Febrl(v[0], NameFolding.givenName(v[1]), NameFolding.surname(v[2]), v[3], v[4], v[6],
                    v[7], v[8], v[9], v[10]));
        }
        return records;
    }

    private static String key(String... parts) {
        for (String part : parts) {
            if (part.isEmpty()) {
                return "";
            }
        }
        return String.join("|", parts);
    }

    /** Two keys as one, whichever field each came from: given name and surname are sometimes swapped. */
    private static String eitherOrder(String a, String b) {
        return a.compareTo(b) <= 0 ? key(a, b) : key(b, a);
    }

    private static String prefix(String value, int length) {
        return value.length() < length ? "" : value.substring(0, length);
    }

    /** This class in a JVM of its own for one engine, timed from process start to exit. */
    private static Run inOwnJvm(String engine, Path data) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx1g", "-Dbench.linkage.engine=" + engine, "-Dbench.linkage.data="
                + data, "-cp", System.getProperty("java.class.path"), LinkageBenchmark.class.getName());
        Instant started = Instant.now();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        long wall = Duration.between(started, Instant.now()).toMillis();
        String line = output.lines().filter(l -> l.startsWith(RESULT)).findFirst().orElseThrow(
                () -> new IllegalStateException(engine + " failed (exit " + exit + "):\n" + output));
        Run run = decode(line.substring(RESULT.length()));
        return new Run(run.engine(), run.precision(), run.recall(), run.f1(), run.candidates(), run.truePairs(),
                run.foundPairs(), run.millis(), wall, run.detail());
    }

    private static String encode(Run run) {
        return String.join("\t", run.engine(), String.valueOf(run.precision()), String.valueOf(run.recall()),
                String.valueOf(run.f1()), String.valueOf(run.candidates()), String.valueOf(run.truePairs()),
                String.valueOf(run.foundPairs()), String.valueOf(run.millis()), String.valueOf(run.millisWithJvm()),
                run.detail());
    }

    private static Run decode(String line) {
        String[] v = line.split("\t", -1);
        return new Run(v[0], Double.parseDouble(v[1]), Double.parseDouble(v[2]), Double.parseDouble(v[3]), Long
                .parseLong(v[4]), Long.parseLong(v[5]), Long.parseLong(v[6]), Long.parseLong(v[7]), Long.parseLong(
                        v[8]), v[9]);
    }

    private static void write(Path report, CasesBenchmark.Machine machine, int runs, List<Run> results)
            throws IOException, InterruptedException {
        StringBuilder md = new StringBuilder(START).append('\n');
        md.append("Run of ").append(Report.now()).append(", commit `").append(Report.commit()).append("`, with\n\n");
        md.append("```bash\n./mvnw -B -Pbench verify -Dbench.suite=linkage")
                .append(runs == 3 ? "" : " -Dbench.linkage.runs=" + runs).append("\n```\n\n");
        md.append(Report.machine(machine, Runtime.version().toString() + " (" + System.getProperty("java.vm.name")
                + ")", "`-Xmx1g`, one JVM per run"));
        md.append("\n| engine | run | precision | recall | F1 | pairs found | pairs compared | time in JVM | ")
                .append("time with JVM start |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        int[] counters = new int[2];
        for (Run run : results) {
            int index = run.engine().equals("duke") ? 1 : 0;
            counters[index]++;
            md.append("| ").append(run.engine().equals("duke") ? "Duke 1.2 (anchor)" : "Qorgau linkage").append(" | ")
                    .append(counters[index]).append(" | ").append(String.format(Locale.ROOT, "%.4f", run.precision()))
                    .append(" | ").append(String.format(Locale.ROOT, "%.4f", run.recall())).append(" | ")
                    .append(String.format(Locale.ROOT, "**%.4f**", run.f1())).append(" | ").append(run.foundPairs())
                    .append(" | ").append(run.candidates()).append(" | ").append(String.format(Locale.ROOT, "%.2f s",
                            run.millis() / 1000.0)).append(" | ").append(String.format(Locale.ROOT, "%.2f s", run
                                    .millisWithJvm() / 1000.0)).append(" |\n");
        }
        md.append("\nTrue pairs: ").append(results.getFirst().truePairs()).append(". ");
        results.stream().filter(run -> run.engine().equals("qorgau")).findFirst().ifPresent(run -> md.append(
                "Qorgau's first run: ").append(run.detail()).append(". "));
        results.stream().filter(run -> run.engine().equals("duke")).findFirst().ifPresent(run -> md.append(
                "Duke's first run: ").append(run.detail()).append("."));
        md.append('\n').append(END);
        Report.replace(report, START, END, md.toString());
    }
}
