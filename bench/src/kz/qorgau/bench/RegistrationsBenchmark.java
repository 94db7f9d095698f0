package kz.qorgau.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import java.util.function.UnaryOperator;

import kz.qorgau.linkage.BlockingRule;
import kz.qorgau.linkage.Comparison;
import kz.qorgau.linkage.Deduplication;
import kz.qorgau.linkage.FieldComparator;
import kz.qorgau.linkage.NameFolding;
import kz.qorgau.linkage.PairExplanation;
import kz.qorgau.linkage.PhoneticKey;

/**
 * The registrations benchmark of docs/benchmarks.md: de-duplication of 85,000 generated registrations of made-up
 * persons, written in Cyrillic and Latin by several transliteration schemes and with registrars' noise
 * ({@link RegistrationsGenerator}), by the linkage module's Fellegi–Sunter model fitted by EM and by Duke 1.2 as the
 * anchor, each in a JVM of its own with the same heap bound, one after the other. Each run reports pairwise
 * precision, recall and F1 against the generator's truth, the time inside its JVM from reading the file to the last
 * decision, the time with JVM start, the peak memory, and the number of persons it finds (clusters of matches and
 * single records) against the true number. Run with {@code ./mvnw -B -Pbench verify -Dbench.suite=registrations};
 * never part of the normal build.
 * <p>
 * Settings (system properties): {@code bench.registrations.runs} per engine (3), {@code bench.registrations.records}
 * (85000), {@code bench.registrations.seed} (2026), {@code bench.report} (docs/benchmarks.md);
 * {@code bench.registrations.engine} (qorgau or duke) and {@code bench.registrations.data} make this JVM one
 * engine's run.
 */
public final class RegistrationsBenchmark {

    static final String START = "<!-- bench:registrations:start -->";
    static final String END = "<!-- bench:registrations:end -->";
    static final String RESULT = "[registrations-result] ";
    /** The engines, in the order each round runs them. */
    static final List<String> ENGINES = List.of("qorgau", "duke");
    /** The heap bound of every engine's JVM. */
    static final String HEAP = "-Xmx2g";

    /**
     * One registration as the file has it: the truth ({@code person}), the agency that registered it (for the
     * privacy-preserving mode, which links agencies' sets) and the values the engines read.
     */
    record Registration(String id, String person, String agency, String givenName, String surname, String patronymic,
            String sex, String birthDate, String citizenship, String document) {
    }

    /** One registration's features, its names folded and keyed as the linkage module would at save time. */
    record Features(String id, String givenName, String surname, String patronymic, String sex, String birthDate,
            String citizenship, String document) {

        String birthYear() {
            return birthDate.length() >= 4 ? birthDate.substring(0, 4) : "";
        }

        /** The date with day and month in either order, so that a swapped date keeps its key; empty if not full. */
        String birthDateEitherOrder() {
            if (birthDate.length() != 8) {
                return "";
            }
            String month = birthDate.substring(4, 6);
            String day = birthDate.substring(6, 8);
            return birthDate.substring(0, 4) + (month.compareTo(day) <= 0 ? month + day : day + month);
        }
    }

    /** One engine's run, as its JVM reports it. */
    record Run(String engine, double precision, double recall, double f1, long candidates, long truePairs,
            long foundPairs, long millis, long millisWithJvm, long peakHeap, long peakResident, int persons,
            int truePersons, String detail) {

        double personsError() {
            return 100.0 * (persons - truePersons) / truePersons;
        }
    }

    private RegistrationsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String engine = System.getProperty("bench.registrations.engine", "").strip();
        if (!engine.isEmpty()) {
            Instant started = Instant.now();
            Path data = Path.of(System.getProperty("bench.registrations.data"));
            Run run = "duke".equals(engine) ? duke(data, started) : qorgau(data, started);
            System.out.println(RESULT + encode(run));
            return;
        }
        int runs = Integer.getInteger("bench.registrations.runs", 3);
        int size = Integer.getInteger("bench.registrations.records", 85_000);
        long seed = Long.getLong("bench.registrations.seed", 2026);
        Path report = Path.of(System.getProperty("bench.report", "docs/benchmarks.md"));
        Path data = Path.of("bench/data/registrations.csv");
        Instant generating = Instant.now();
        RegistrationsGenerator.Summary summary = RegistrationsGenerator.write(data, size, seed);
        System.out.println("[bench] " + summary.records() + " registrations of " + summary.persons()
                + " persons written to " + data + " in " + Duration.between(generating, Instant.now()).toMillis()
                + " ms");
        CasesBenchmark.Machine machine = CasesBenchmark.Machine.describe();
        List<Run> results = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            for (String each : ENGINES) {
                Run run = inOwnJvm(each, data);
                System.out.println("[bench] " + run);
                results.add(run);
            }
        }
        write(report, machine, runs, size, seed, summary, results);
    }

    /** The linkage module on the registrations: fold, block, compare, fit by EM, decide, cluster. */
    static Run qorgau(Path data, Instant started) throws IOException {
        List<Registration> registrations = read(data);
        List<Features> records = fold(registrations);
        Deduplication<Features> deduplication = new Deduplication<>(Features::id, List.of(
                Comparison.of("given_name", Features::givenName, FieldComparator.jaroWinkler()).withTermFrequencies(),
                Comparison.of("surname", Features::surname, FieldComparator.jaroWinkler()).withTermFrequencies(),
                Comparison.of("patronymic", Features::patronymic, FieldComparator.jaroWinkler()),
                Comparison.of("birth_date", Features::birthDate, FieldComparator.birthDateOrYear()),
                Comparison.of("sex", Features::sex, FieldComparator.exact()),
                Comparison.of("citizenship", Features::citizenship, FieldComparator.exact()),
                Comparison.of("document", Features::document, FieldComparator.exact())),
                List.of(new BlockingRule<>("name keys in either order + year of birth", r -> key(eitherOrder(
                        PhoneticKey.of(r.givenName()), PhoneticKey.of(r.surname())), r.birthYear())),
                        new BlockingRule<>("surname key + date of birth", r -> key(PhoneticKey.of(r.surname()), r
                                .birthDateEitherOrder())),
                        new BlockingRule<>("given name key + date of birth", r -> key(PhoneticKey.of(r
                                .givenName()), r.birthDateEitherOrder())),
                        new BlockingRule<>("document number", Features::document)),
                Deduplication.Settings.DEFAULT.withUFromRandomPairs()).withEitherOrder("given_name", "surname");
        Deduplication.Result result = deduplication.run(records);
        Set<Long> found = new HashSet<>();
        for (Deduplication.ScoredPair pair : result.decided(PairExplanation.Decision.MATCH)) {
            found.add(pairKey(pair.first(), pair.second()));
        }
        long millis = Duration.between(started, Instant.now()).toMillis();
        double[] persons = clusterScore(registrations, result.clusters());
        String detail = result.candidatePairs() + " candidate pairs (" + result.skippedBlocks()
                + " blocks over the size bound skipped), EM " + result.iterations() + " iterations, λ "
                + String.format(Locale.ROOT, "%.2e", result.model().lambda())
                + " (the share of matches among all pairs), "
                + result.decided(PairExplanation.Decision.POSSIBLE_MATCH).size() + " possible matches, "
                + result.clusters().size() + " clusters of matches (their pairs: precision "
                + String.format(Locale.ROOT, "%.4f, recall %.4f, F1 %.4f", persons[0], persons[1], persons[2])
                + ")";
        return score("qorgau", registrations, found, result.candidatePairs(), millis, detail);
    }

    /** Duke 1.2 on the same file: see {@link DukeAnchor#registrations}. */
    static Run duke(Path data, Instant started) throws IOException {
        List<Registration> registrations = read(data);
        DukeAnchor.Found found = DukeAnchor.registrations(registrations);
        long millis = Duration.between(started, Instant.now()).toMillis();
        return score("duke", registrations, found.pairs(), found.comparisons(), millis, found.comparisons()
                + " comparisons of candidates Lucene found (searched on: " + found.lookup() + "), threshold "
                + found.threshold() + ", " + found.threads() + " threads");
    }

    /**
     * The names folded by {@link NameFolding}, the date reduced to its digits. A spelling met before is folded once:
     * the same few thousand spellings recur across the registrations, as they would across the saves of a registry.
     */
    static List<Features> fold(List<Registration> registrations) {
        Map<String, String> givenNames = new HashMap<>();
        Map<String, String> surnames = new HashMap<>();
        UnaryOperator<String> given = name -> givenNames.computeIfAbsent(name, NameFolding::givenName);
        UnaryOperator<String> surname = name -> surnames.computeIfAbsent(name, NameFolding::surname);
        List<Features> features = new ArrayList<>(registrations.size());
        for (Registration r : registrations) {
            features.add(new Features(r.id(), given.apply(r.givenName()), surname.apply(r.surname()), given.apply(r
                    .patronymic()), r.sex(), r.birthDate().replace("-", ""), r.citizenship(), r.document()));
        }
        return features;
    }

    /**
     * Precision, recall and F1 of the pairs within the clusters, counted (a cluster of k records has k(k−1)/2 pairs)
     * rather than listed, as a chain of matches can make one cluster large.
     */
    static double[] clusterScore(List<Registration> registrations, List<List<String>> clusters) {
        Map<String, String> person = new HashMap<>();
        Map<String, Integer> sizes = new HashMap<>();
        for (Registration registration : registrations) {
            person.put(registration.id(), registration.person());
            sizes.merge(registration.person(), 1, Integer::sum);
        }
        long truth = 0;
        for (int size : sizes.values()) {
            truth += (long) size * (size - 1) / 2;
        }
        long pairs = 0;
        long correct = 0;
        for (List<String> cluster : clusters) {
            pairs += (long) cluster.size() * (cluster.size() - 1) / 2;
            Map<String, Integer> within = new HashMap<>();
            cluster.forEach(id -> within.merge(person.get(id), 1, Integer::sum));
            for (int count : within.values()) {
                correct += (long) count * (count - 1) / 2;
            }
        }
        double precision = pairs == 0 ? 0 : (double) correct / pairs;
        double recall = truth == 0 ? 0 : (double) correct / truth;
        return new double[]{ precision, recall, precision + recall == 0 ? 0
                : 2 * precision * recall / (precision + recall) };
    }

    /**
     * Pairwise precision, recall and F1 of the pairs found against the pairs of registrations of one person, and
     * the persons found: the connected components of the pairs found, single registrations included.
     */
    static Run score(String engine, List<Registration> registrations, Set<Long> found, long candidates,
            long millis, String detail) {
        PairwiseScore score = PairwiseScore.of(registrations, Registration::person, registration -> index(
                registration.id()), found);
        long persons = registrations.stream().map(Registration::person).distinct().count();
        long withJvm = Duration.between(Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()),
                Instant.now()).toMillis();
        return new Run(engine, score.precision(), score.recall(), score.f1(), candidates, score.truePairs(), score
                .foundPairs(), millis, withJvm, peakHeap(), peakResident(), components(registrations, found),
                (int) persons, detail);
    }

    /** The number of connected components of the registrations joined by the pairs (union–find). */
    static int components(List<Registration> registrations, Set<Long> pairs) {
        int[] parent = new int[registrations.size() + 1];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        int components = registrations.size();
        for (long pair : pairs) {
            int a = root(parent, (int) (pair >>> 32));
            int b = root(parent, (int) pair);
            if (a != b) {
                parent[a] = b;
                components--;
            }
        }
        return components;
    }

    private static int root(int[] parent, int node) {
        int n = node;
        while (parent[n] != n) {
            parent[n] = parent[parent[n]];
            n = parent[n];
        }
        return n;
    }

    /**
     * The sum of the heap pools' peak usage since the JVM started: each pool's own peak, so an upper bound of the
     * heap in use at any one moment.
     */
    static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    /** The process's peak resident set (VmHWM of /proc/self/status) in bytes, or -1 where there is none. */
    static long peakResident() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /** A pair of registration IDs as one number, the same whichever comes first. */
    static long pairKey(String a, String b) {
        return PairwiseScore.key(index(a), index(b));
    }

    /** {@code r000123} is 123. */
    static int index(String id) {
        return Integer.parseInt(id.substring(1));
    }

    static List<Registration> read(Path data) throws IOException {
        List<String> lines = Files.readAllLines(data, StandardCharsets.UTF_8);
        List<Registration> registrations = new ArrayList<>(lines.size());
        for (String line : lines.subList(1, lines.size())) {
            String[] v = line.split(",", -1);
            for (int i = 0; i < v.length; i++) {
                v[i] = v[i].strip();
            }
            registrations.add(new Registration(v[0], v[1], v[2], v[4], v[5], v[6], v[7], v[8], v[9], v[10]));
        }
        return registrations;
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

    /** This class in a JVM of its own for one engine, timed from process start to exit. */
    private static Run inOwnJvm(String engine, Path data) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, HEAP, "-Dbench.registrations.engine=" + engine,
                "-Dbench.registrations.data=" + data, "-cp", System.getProperty("java.class.path"),
                RegistrationsBenchmark.class.getName());
        Instant started = Instant.now();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        long wall = Duration.between(started, Instant.now()).toMillis();
        String line = output.lines().filter(l -> l.startsWith(RESULT)).findFirst().orElseThrow(
                () -> new IllegalStateException(engine + " failed (exit " + exit + "):\n" + output));
        Run run = decode(line.substring(RESULT.length()));
        return new Run(run.engine(), run.precision(), run.recall(), run.f1(), run.candidates(), run.truePairs(),
                run.foundPairs(), run.millis(), wall, run.peakHeap(), run.peakResident(), run.persons(), run
                        .truePersons(), run.detail());
    }

    private static String encode(Run run) {
        return String.join("\t", run.engine(), String.valueOf(run.precision()), String.valueOf(run.recall()),
                String.valueOf(run.f1()), String.valueOf(run.candidates()), String.valueOf(run.truePairs()),
                String.valueOf(run.foundPairs()), String.valueOf(run.millis()), String.valueOf(run.millisWithJvm()),
                String.valueOf(run.peakHeap()), String.valueOf(run.peakResident()), String.valueOf(run.persons()),
                String.valueOf(run.truePersons()), run.detail());
    }

    private static Run decode(String line) {
        String[] v = line.split("\t", -1);
        return new Run(v[0], Double.parseDouble(v[1]), Double.parseDouble(v[2]), Double.parseDouble(v[3]), Long
                .parseLong(v[4]), Long.parseLong(v[5]), Long.parseLong(v[6]), Long.parseLong(v[7]), Long.parseLong(
                        v[8]), Long.parseLong(v[9]), Long.parseLong(v[10]), Integer.parseInt(v[11]), Integer.parseInt(
                                v[12]), v[13]);
    }

    private static String label(String engine) {
        return engine.equals("duke") ? "Duke 1.2 (anchor)" : "Qorgau linkage";
    }

    private static String mib(long bytes) {
        return bytes < 0 ? "–" : String.format(Locale.ROOT, "%,d MiB", bytes / (1024 * 1024)).replace(',', ' ');
    }

    private static void write(Path report, CasesBenchmark.Machine machine, int runs, int size, long seed,
            RegistrationsGenerator.Summary summary, List<Run> results) throws IOException, InterruptedException {
        StringBuilder md = new StringBuilder(START).append('\n');
        md.append("Run of ").append(Report.now()).append(", commit `").append(Report.commit()).append("`, with\n\n");
        md.append("```bash\n./mvnw -B -Pbench verify -Dbench.suite=registrations")
                .append(runs == 3 ? "" : " -Dbench.registrations.runs=" + runs)
                .append(size == 85_000 ? "" : " -Dbench.registrations.records=" + size)
                .append(seed == 2026 ? "" : " -Dbench.registrations.seed=" + seed).append("\n```\n\n");
        md.append(Report.machine(machine, Runtime.version().toString() + " (" + System.getProperty("java.vm.name")
                + ")", "`" + HEAP + "`, default GC, one JVM per run"));
        md.append("\nData: ").append(String.format(Locale.ROOT, "%,d", summary.records()).replace(',', ' '))
                .append(" registrations of ").append(String.format(Locale.ROOT, "%,d", summary.persons()).replace(
                        ',', ' ')).append(" persons (seed ").append(seed).append("); by script: ");
        for (RegistrationsGenerator.Script script : RegistrationsGenerator.Script.values()) {
            md.append(script.name().toLowerCase(Locale.ROOT).replace('_', ' ')).append(' ').append(summary.scripts()
                    .getOrDefault(script, 0)).append(script.ordinal() == RegistrationsGenerator.Script.values().length
                            - 1 ? ".\n" : ", ");
        }
        md.append("\n| engine | run | precision | recall | F1 | pairs found | pairs compared | time in JVM | ")
                .append("time with JVM start | peak heap | peak RSS | persons found | error |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        Map<String, Integer> counters = new HashMap<>();
        for (Run run : results) {
            md.append("| ").append(label(run.engine())).append(" | ").append(counters.merge(run.engine(), 1,
                    Integer::sum)).append(" | ").append(String.format(Locale.ROOT, "%.4f", run.precision()))
                    .append(" | ").append(String.format(Locale.ROOT, "%.4f", run.recall())).append(" | ")
                    .append(String.format(Locale.ROOT, "**%.4f**", run.f1())).append(" | ").append(run.foundPairs())
                    .append(" | ").append(run.candidates()).append(" | ")
                    .append(String.format(Locale.ROOT, "%.2f s", run.millis() / 1000.0)).append(" | ")
                    .append(String.format(Locale.ROOT, "%.2f s", run.millisWithJvm() / 1000.0)).append(" | ")
                    .append(mib(run.peakHeap())).append(" | ").append(mib(run.peakResident())).append(" | ")
                    .append(run.persons()).append(" | ").append(String.format(Locale.ROOT, "%+.2f %%", run
                            .personsError())).append(" |\n");
        }
        md.append("\nTrue pairs: ").append(results.getFirst().truePairs()).append("; true persons: ")
                .append(results.getFirst().truePersons()).append(". ");
        for (String engine : ENGINES) {
            results.stream().filter(run -> run.engine().equals(engine)).findFirst().ifPresent(run -> md.append(
                    "\n\n").append(label(engine)).append(", first run: ").append(run.detail()).append('.'));
        }
        md.append('\n').append(END);
        Report.replace(report, START, END, md.toString());
    }
}
