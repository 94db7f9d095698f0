package kz.qorgau.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The statistics benchmark of docs/benchmarks.md: for each scale of the demo data ({@code qorgau.demo.scale}),
 * Qorgau started from the jar in demo mode on a data directory of its own (generated at the first run, reused
 * by later runs of the same build, generated again by another build: {@link Build}), the demo analyst signed in over HTTP, and one client timing, one request after the other,
 * every indicator of a year over the API (nationally and for a region) and the annual report page. Run with
 * {@code ./mvnw -B -Pbench verify -Dbench.suite=statistics}; never part of the normal build.
 *
 * <p>Settings (system properties): {@code bench.scales} (1,10,100), {@code bench.statistics.requests} measured
 * per endpoint (50), {@code bench.statistics.warmup} per endpoint (20), {@code bench.year} (2022),
 * {@code bench.region} (KZ-75), {@code bench.data} (bench/data), {@code bench.report} (docs/benchmarks.md),
 * {@code bench.jar}, {@code bench.app-jvm-args} (none), {@code bench.quiet-timeout} (600 s).
 */
public final class StatisticsBenchmark {

    static final String START = "<!-- bench:statistics:start -->";
    static final String END = "<!-- bench:statistics:end -->";
    static final String USER = "analyst";
    /** The ministry's special social services officer, who reads the shelters' funding model. */
    static final String SHELTERS_USER = "social";
    /** Generating ×100 through the services takes a while; the first start waits this long for it. */
    static final Duration GENERATION = Duration.ofMinutes(120);
    private static final Pattern DEMO_LOG = Pattern.compile("Demo mode \\(scale \\d+\\): (.*) entered in (\\d+) ms");

    /** What the run is told to do. */
    record Settings(List<Integer> scales, int requests, int warmup, int year, String region, Path data, Path report,
            Path jar, String appJvmArgs, Duration quietTimeout) {

        static Settings fromSystemProperties() {
            return new Settings(Arrays.stream(System.getProperty("bench.scales", "1,10,100").split(","))
                    .map(String::strip).filter(s -> !s.isEmpty()).map(Integer::valueOf).toList(),
                    Integer.getInteger("bench.statistics.requests", 50), Integer.getInteger("bench.statistics.warmup",
                            20),
                    Integer.getInteger("bench.year", 2022), System.getProperty("bench.region", "KZ-75"),
                    Path.of(System.getProperty("bench.data", "bench/data")),
                    Path.of(System.getProperty("bench.report", "docs/benchmarks.md")),
                    Path.of(System.getProperty("bench.jar", "target/qorgau-0.1.0-SNAPSHOT-demo.jar")),
                    System.getProperty("bench.app-jvm-args", "").strip(),
                    Duration.ofSeconds(Long.getLong("bench.quiet-timeout", 600)));
        }

        String command() {
            return "./mvnw -B -Pbench verify -Dbench.suite=statistics -Dbench.scales="
                    + String.join(",", scales.stream().map(String::valueOf).toList())
                    + " -Dbench.statistics.requests=" + requests + " -Dbench.statistics.warmup=" + warmup
                    + (year == 2022 ? "" : " -Dbench.year=" + year)
                    + (appJvmArgs.isEmpty() ? "" : " -Dbench.app-jvm-args=\"" + appJvmArgs + "\"")
                    + (quietTimeout.toSeconds() == 600 ? "" : " -Dbench.quiet-timeout=" + quietTimeout.toSeconds());
        }
    }

    /** How a scale's data was generated: the seeding's own log lines, and from start to healthy. */
    record Generation(boolean now, Duration startToHealthy, List<String> steps, long seedingMillis) {
    }

    /** One scale's figures. */
    record Scale(int scale, Map<String, Long> rows, String size, Generation generation, List<Load.Result> results) {
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromSystemProperties();
        Files.createDirectories(settings.data());
        CasesBenchmark.Machine machine = CasesBenchmark.Machine.describe();
        System.out.println("[bench] " + settings);
        Build build = Build.current(settings.jar());
        List<Scale> scales = new ArrayList<>();
        String java = null;
        String postgres = null;
        for (int scale : settings.scales()) {
            Path dataDir = settings.data().resolve("statistics-x" + scale);
            Path log = settings.data().resolve("statistics-x" + scale + ".log");
            boolean generate = build.claim(dataDir, "demo.scale=" + scale);
            Path generated = dataDir.resolve("bench-generation.txt");
            System.out.println("[bench] scale ×" + scale + (generate ? ": generating the demo data (×100 takes a while)"
                    : ": reusing " + dataDir));
            Instant started = Instant.now();
            try (CasesBenchmark.Application app = CasesBenchmark.Application.launch(settings.jar(), settings
                    .appJvmArgs(),
                    // the figures computed at each request (none kept between them): the times are the computation's
                    List.of("--qorgau.demo.enabled=true", "--qorgau.data-dir=" + dataDir, "--qorgau.demo.scale="
                            + scale, "--qorgau.statistics.cache-ttl=0"),
                    Map.of("QORGAU_DEMO_PASSWORD", CasesBenchmark.PASSWORD), log, GENERATION)) {
                Duration startToHealthy = Duration.between(started, Instant.now());
                Generation generation;
                if (generate) {
                    generation = seeding(log, true, startToHealthy);
                    Files.writeString(generated, String.join("\n", generation.steps()) + "\nstart-to-healthy-ms="
                            + startToHealthy.toMillis() + "\n");
                    build.mark(dataDir, "demo.scale=" + scale);
                } else {
                    generation = earlier(generated);
                }
                System.out.println("[bench] scale ×" + scale + ": data generated by " + build
                        + (generate ? " (now)" : " (an earlier run)"));
                java = app.javaVersion();
                try (Connection db = connect(dataDir)) {
                    CpuMeter.ownPostgres(dataDir.resolve("postgres"));
                    postgres = CasesBenchmark.postgresVersion(db);
                    Map<String, Long> rows = new LinkedHashMap<>();
                    for (String table : List.of("cases_case", "cases_event", "cases_defendant", "cases_operation",
                            "cases_cooperation", "victims_victim", "victims_status", "victims_interview",
                            "referrals_referral", "referrals_service_episode", "shelters_stay", "audit_entry")) {
                        rows.put(table, CasesBenchmark.query(db, Long.class, "select count(*) from " + table)
                                .getFirst());
                    }
                    String size = CasesBenchmark.query(db, String.class,
                            "select pg_size_pretty(pg_database_size(current_database()))").getFirst();
                    scales.add(new Scale(scale, rows, size, generation, measure(settings, app)));
                }
            }
        }
        write(settings, machine, build, java, postgres, scales);
    }

    private static List<Load.Result> measure(Settings settings, CasesBenchmark.Application app) throws Exception {
        String api = "/api/v1/statistics/annual/" + settings.year();
        List<Load.Endpoint> endpoints = List.of(
                new Load.Endpoint("Every indicator of a year (API)", "GET " + api, random -> api),
                new Load.Endpoint("Every indicator of a year in a region (API)",
                        "GET " + api + "?region=" + settings.region(), random -> api + "?region=" + settings.region()),
                new Load.Endpoint("Annual report page", "GET /statistics?year=" + settings.year(),
                        random -> "/statistics?year=" + settings.year()));
        // one analyst: a single client, each request sent when the last answer has been read
        Load load = new Load(app.baseUrl(), 1);
        load.signIn(USER, CasesBenchmark.PASSWORD, "/statistics");
        // what is timed is the figures, not an error page: both name the first indicator of the catalogue
        for (Load.Endpoint endpoint : endpoints) {
            String answer = load.fetch(endpoint.path().apply(null));
            if (!answer.contains("investigations.initiated")) {
                throw new IllegalStateException(endpoint.request() + " did not answer the figures: "
                        + answer.substring(0, Math.min(300, answer.length())));
            }
        }
        List<Load.Result> results = new ArrayList<>();
        time(settings, load, endpoints, results);
        // the shelters' funding model of the year (every shelter's stays, bed-nights and occupancy of the year beside
        // the regions' cases and victims), read by the ministry's special social services officer
        String funding = "/shelters/funding?year=" + settings.year();
        List<Load.Endpoint> shelters = List.of(
                new Load.Endpoint("Shelters' funding model of a year (API)", "GET /api/v1" + funding,
                        random -> "/api/v1" + funding),
                new Load.Endpoint("Shelters' funding model report page", "GET " + funding, random -> funding));
        Load social = new Load(app.baseUrl(), 1);
        social.signIn(SHELTERS_USER, CasesBenchmark.PASSWORD, "/shelters");
        for (Load.Endpoint endpoint : shelters) {
            String answer = social.fetch(endpoint.path().apply(null));
            if (!answer.contains("bedNights") && !answer.contains("funding-shelters")) {
                throw new IllegalStateException(endpoint.request() + " did not answer the funding model: "
                        + answer.substring(0, Math.min(300, answer.length())));
            }
        }
        time(settings, social, shelters, results);
        return results;
    }

    private static void time(Settings settings, Load load, List<Load.Endpoint> endpoints, List<Load.Result> results)
            throws Exception {
        for (Load.Endpoint endpoint : endpoints) {
            System.out.println("[bench] " + endpoint.name() + ": warming up");
            load.run(endpoint, settings.warmup(), 1);
            Load.Result result = null;
            for (int attempt = 1; attempt <= 3 && (result == null || result
                    .othersCores() > CasesBenchmark.QUIET); attempt++) {
                CpuMeter.awaitQuiet(CasesBenchmark.QUIET, settings.quietTimeout());
                System.out.println("[bench] " + endpoint.name() + ": measuring");
                result = load.run(endpoint, settings.requests(), 2);
                System.out.println("[bench] " + result.summary());
            }
            if (result.errors() > 0) {
                throw new IllegalStateException(endpoint.name() + ": " + result.firstError());
            }
            results.add(result);
        }
    }

    /**
     * The embedded database of the running demo: its port is in the cluster's postmaster.pid (4th line), the
     * superuser's password in the data directory's keys.
     */
    private static Connection connect(Path dataDir) throws Exception {
        List<String> pid = Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid"));
        int port = Integer.parseInt(pid.get(3).strip());
        String password = Files.readString(dataDir.resolve("keys").resolve("postgres-superuser.password")).strip();
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", password);
    }

    private static Generation seeding(Path log, boolean now, Duration startToHealthy) throws Exception {
        List<String> steps = new ArrayList<>();
        long millis = 0;
        for (String line : Files.readAllLines(log)) {
            Matcher matcher = DEMO_LOG.matcher(line);
            if (matcher.find()) {
                steps.add(matcher.group(1) + " in " + matcher.group(2) + " ms");
                millis += Long.parseLong(matcher.group(2));
            }
        }
        return new Generation(now, startToHealthy, steps, millis);
    }

    private static Generation earlier(Path generated) throws Exception {
        if (!Files.exists(generated)) {
            return new Generation(false, null, List.of(), 0);
        }
        List<String> steps = new ArrayList<>();
        long millis = 0;
        Duration healthy = null;
        for (String line : Files.readAllLines(generated)) {
            if (line.startsWith("start-to-healthy-ms=")) {
                healthy = Duration.ofMillis(Long.parseLong(line.substring(line.indexOf('=') + 1)));
            } else if (!line.isBlank()) {
                steps.add(line);
                Matcher ms = Pattern.compile(" in (\\d+) ms$").matcher(line);
                if (ms.find()) {
                    millis += Long.parseLong(ms.group(1));
                }
            }
        }
        return new Generation(false, healthy, steps, millis);
    }

    private static void write(Settings settings, CasesBenchmark.Machine machine, Build build, String java,
            String postgres, List<Scale> scales) throws Exception {
        StringBuilder md = new StringBuilder(START).append('\n');
        md.append("Run of ").append(Report.now()).append(", commit `").append(Report.commit()).append("`, with\n\n");
        md.append("```bash\n").append(settings.command()).append("\n```\n\n");
        md.append(Report.machine(machine, java, settings.appJvmArgs().isEmpty() ? "default JVM options"
                : "`" + settings.appJvmArgs() + "`"));
        md.append("| PostgreSQL | ").append(postgres == null ? "?" : postgres.replaceAll(" on .*", ""))
                .append(" (the embedded database of demo mode, its default settings), same machine |\n\n");

        md.append("Data (demo mode at each scale, generated by the build measured: ").append(build)
                .append("; counted in the database after the application started):\n\n");
        md.append(
                "| scale | cases | events | defendants | operations | cooperation requests | victims | status decisions"
                        + " | interviews | referrals | service episodes | shelter stays | audit events | database | generated in |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (Scale scale : scales) {
            md.append("| ×").append(scale.scale());
            scale.rows().values().forEach(count -> md.append(" | ").append(number(count)));
            md.append(" | ").append(scale.size()).append(" | ");
            Generation g = scale.generation();
            if (g.steps().isEmpty()) {
                md.append("(an earlier run; not recorded)");
            } else {
                md.append(String.format(Locale.ROOT, "%.0f s seeding", g.seedingMillis() / 1000.0));
                if (g.startToHealthy() != null) {
                    md.append(String.format(Locale.ROOT, ", %.0f s from start to healthy",
                            g.startToHealthy().toMillis() / 1000.0));
                }
                md.append(g.now() ? "" : " (an earlier run)");
            }
            md.append(" |\n");
        }
        md.append("\n<details><summary>What the seeding logged</summary>\n\n");
        for (Scale scale : scales) {
            md.append("- ×").append(scale.scale()).append(": ")
                    .append(scale.generation().steps().isEmpty() ? "—" : String.join("; ", scale.generation().steps()))
                    .append('\n');
        }
        md.append("\n</details>\n\n");

        md.append("Load: one client (one analyst), signed in as `").append(USER)
                .append("` through the login form (the shelters' funding model: `").append(SHELTERS_USER)
                .append("`, the special social services officer, likewise); per endpoint and scale ").append(settings
                        .warmup())
                .append(" requests of warm-up, then ").append(settings.requests())
                .append(" measured one after the other. Times are client-side, from sending the request to the last "
                        + "byte. *Other load*: CPU (cores) used by other processes during the measurement (the run waits "
                        + "for it to fall below 0.25 first).\n\n");
        md.append("| endpoint | request | scale | p50 ms | p95 ms | max ms | mean ms | bytes | other load |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
        int endpoints = scales.isEmpty() ? 0 : scales.getFirst().results().size();
        for (int e = 0; e < endpoints; e++) {
            for (Scale scale : scales) {
                Load.Result r = scale.results().get(e);
                md.append("| ").append(r.endpoint().name()).append(" | `").append(r.endpoint().request()).append(
                        "` | ×")
                        .append(scale.scale()).append(" | ").append(Report.ms(r.percentile(50))).append(" | ")
                        .append(Report.ms(r.percentile(95))).append(" | ").append(Report.ms(r.max())).append(" | ")
                        .append(Report.ms(r.mean())).append(" | ").append(number(r.bytes() / Math.max(1, r.requests())))
                        .append(" | ").append(String.format(Locale.ROOT, "%.2f", r.othersCores())).append(" |\n");
            }
        }
        md.append(END);
        Report.replace(settings.report(), START, END, md.toString());
    }

    private static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value).replace(',', ' ');
    }

    private StatisticsBenchmark() {
    }
}
