package kz.qorgau.bench;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bulk import's benchmark of docs/benchmarks.md: Qorgau started from the jar in demo mode (×1) on a data directory
 * of its own, the demo case worker (who holds the record-import permission) signed in over HTTP, and documents of the
 * exchange format of each size sent to {@code POST /api/v1/exchange/imports} one after the other, each of as many
 * synthetic persons as victim records (each record with its consent and one or two status decisions), timed from the
 * request to the answer; then the same document again (every record found unchanged). Run with
 * {@code ./mvnw -B -Pbench verify -Dbench.suite=import -Dbench.import.records=1000,5000}; never part of the normal
 * build.
 */
public final class ImportBenchmark {

    static final String START = "<!-- bench:import:start -->";
    static final String END = "<!-- bench:import:end -->";
    static final String USER = "caseworker";
    private static final Pattern CREATED = Pattern.compile("\"created\":(\\d+)");
    private static final List<String> SURNAMES = List.of("Синтетова", "Тестова", "Примерова", "Условная",
            "Вымышленная", "Образцова", "Демоева", "Макетова");
    private static final List<String> NAMES = List.of("Айжан", "Гульнара", "Дильноза", "Айпери", "Нилуфар",
            "Асель", "Жанар", "Мээрим");

    /** One document's import: its size, the times of the first and the second import. */
    record Run(int records, Duration first, Duration again, int created, int status) {

        /** Victim records, each with its person, per second of the first import. */
        double perSecond() {
            return records * 1000.0 / Math.max(1, first.toMillis());
        }
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String size : System.getProperty("bench.import.records", "1000,5000").split(",")) {
            sizes.add(Integer.valueOf(size.strip()));
        }
        Path jar = Path.of(System.getProperty("bench.jar", "target/qorgau-0.1.0-SNAPSHOT-demo.jar"));
        Path data = Path.of(System.getProperty("bench.data", "bench/data"));
        Path report = Path.of(System.getProperty("bench.report", "docs/benchmarks.md"));
        Files.createDirectories(data);
        Path dataDir = data.resolve("import-x1-" + System.currentTimeMillis());
        Path log = data.resolve("import.log");
        CasesBenchmark.Machine machine = CasesBenchmark.Machine.describe();
        List<Run> runs = new ArrayList<>();
        String java;
        try (CasesBenchmark.Application app = CasesBenchmark.Application.launch(jar, "", List.of(
                "--qorgau.demo.enabled=true", "--qorgau.data-dir=" + dataDir,
                // the case worker signs in with the password alone, as a benchmark client cannot read a phone
                "--qorgau.demo.second-factor-exempt=" + USER), Map.of("QORGAU_DEMO_PASSWORD",
                        CasesBenchmark.PASSWORD), log, Duration.ofMinutes(20))) {
            java = app.javaVersion();
            Load load = new Load(app.baseUrl(), 1);
            load.signIn(USER, CasesBenchmark.PASSWORD, "/exchange/imports");
            long run = System.currentTimeMillis();
            for (int size : sizes) {
                String document = document(size, "R" + run + "N" + size, new Random(size));
                Instant started = Instant.now();
                HttpResponse<String> first = load.postJson("/api/v1/exchange/imports", document,
                        "/exchange/imports");
                Duration firstTime = Duration.between(started, Instant.now());
                if (first.statusCode() != 201) {
                    throw new IllegalStateException("the import answered " + first.statusCode() + ": "
                            + first.body().substring(0, Math.min(500, first.body().length())));
                }
                Matcher created = CREATED.matcher(first.body());
                int persons = created.find() ? Integer.parseInt(created.group(1)) : -1;
                started = Instant.now();
                HttpResponse<String> again = load.postJson("/api/v1/exchange/imports", document,
                        "/exchange/imports");
                Duration againTime = Duration.between(started, Instant.now());
                runs.add(new Run(size, firstTime, againTime, persons, again.statusCode()));
                System.out.printf("[bench] %,d persons and %,d victim records: %.1f s, again %.1f s%n", size, size,
                        firstTime.toMillis() / 1000.0, againTime.toMillis() / 1000.0);
            }
        }
        write(report, machine, java, sizes, runs);
    }

    /** A document of {@code size} persons and as many victim records, identified in 2024, with consents. */
    static String document(int size, String run, Random random) {
        StringBuilder persons = new StringBuilder();
        StringBuilder victims = new StringBuilder();
        LocalDate first = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < size; i++) {
            String person = "KZ-NGO-BENCH:person:" + run + "P" + i;
            LocalDate born = LocalDate.of(1960 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28));
            LocalDate identified = first.plusDays(random.nextInt(360));
            boolean presumed = random.nextBoolean();
            if (i > 0) {
                persons.append(",\n");
                victims.append(",\n");
            }
            persons.append("""
                    {"externalId": "%s", "pseudonymous": false, "gender": "Feminine", "citizenship": ["%s"],
                     "stateless": false, "secondName": "%s", "firstName": "%s", "birthdate": "%s"}""".formatted(person,
                    random.nextBoolean() ? "KG" : "UZ", SURNAMES.get(random.nextInt(SURNAMES.size())), NAMES.get(
                            random.nextInt(NAMES.size())), born));
            String history = "{\"decidedOn\": \"" + identified + "\", \"traffickingStatus\": "
                    + "\"PossibleVictimOfTrafficking\", \"traffickingStatusDetail\": \"Possible\"}"
                    + (presumed ? ", {\"decidedOn\": \"" + identified.plusDays(20) + "\", \"traffickingStatus\": "
                            + "\"ActualVictimOfTrafficking\", \"traffickingStatusDetail\": \"Presumed\"}" : "");
            victims.append("""
                    {"externalId": "KZ-NGO-BENCH:victim:%sV%d", "person": "%s", "anonymous": false,
                     "region": "KZ-75", "identifiedOn": "%s", "traffickingStatus": "%s",
                     "traffickingStatusDetail": "%s", "statusHistory": [%s], "gender": "Feminine",
                     "typeOfExploitation": ["%s"], "countries": [{"country": "KZ", "role": "Exploitation"}],
                     "consents": [{"scope": "Processing", "decision": "Given", "decidedOn": "%s"}]}""".formatted(run,
                    i, person, identified, presumed ? "ActualVictimOfTrafficking" : "PossibleVictimOfTrafficking",
                    presumed ? "Presumed" : "Possible", history, random.nextBoolean() ? "ForcedLabour"
                            : "SexualExploitation", identified));
        }
        return """
                {"format": "qorgau-exchange", "version": "2", "sender": {"country": "KZ", "system": "KZ-NGO-BENCH"},
                 "createdAt": "2026-12-01T09:00:00Z", "persons": [%s], "victims": [%s]}""".formatted(persons,
                victims);
    }

    private static void write(Path report, CasesBenchmark.Machine machine, String java, List<Integer> sizes,
            List<Run> runs) throws Exception {
        StringBuilder md = new StringBuilder();
        md.append(START).append('\n');
        md.append("Run of ").append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern(
                "yyyy-MM-dd HH:mm 'UTC'"))).append(", with\n\n```bash\n./mvnw -B -Pbench verify -Dbench.suite=import "
                        + "-Dbench.import.records=").append(String.join(",", sizes.stream().map(String::valueOf)
                                .toList())).append("\n```\n\n");
        md.append("on ").append(machine.cpu()).append(", ").append(machine.cores()).append(" cores, ").append(java)
                .append("; Qorgau in demo mode (×1) on its embedded PostgreSQL, one client.\n\n");
        md.append("| persons + victim records | first import | victim records (with their persons) per second | "
                + "the same document again |\n");
        md.append("|---:|---:|---:|---:|\n");
        for (Run run : runs) {
            md.append(String.format("| %,d + %,d | %.1f s | %.0f | %.1f s |%n", run.records(), run.records(),
                    run.first().toMillis() / 1000.0, run.perSecond(), run.again().toMillis() / 1000.0));
        }
        md.append(END);
        String text = Files.exists(report) ? Files.readString(report) : "";
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        String updated = start >= 0 && end > start ? text.substring(0, start) + md + text.substring(end
                + END.length()) : text + "\n## Bulk import\n\n" + md + "\n";
        Files.writeString(report, updated);
    }
}
