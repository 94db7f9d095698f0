package kz.qorgau.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The labour inspection pipeline benchmark of docs/benchmarks.md: a dedicated PostgreSQL with a million generated
 * inspections ({@code bench/generate-inspections.sql}) beside the demo data, Qorgau started against it in its own
 * JVM as in production, an analyst signed in over HTTP by several concurrent clients, each timing the pipeline
 * dashboard of a region and year, and of the country. Run with {@code ./mvnw -B -Pbench verify
 * -Dbench.suite=pipeline}; never part of the normal build.
 *
 * <p>Settings (system properties): {@code bench.inspections} (1000000), {@code bench.threads} (8),
 * {@code bench.requests} per endpoint (2000), {@code bench.warmup} (1000), {@code bench.region} (KZ-75),
 * {@code bench.year} (2022), {@code bench.data} (bench/data; this benchmark's directory is its {@code pipeline/}),
 * {@code bench.report} (docs/benchmarks.md), {@code bench.jar}, {@code bench.app-jvm-args},
 * {@code bench.quiet-timeout} (600 s).
 */
public final class PipelineBenchmark {

    static final String START = "<!-- bench:pipeline:start -->";
    static final String END = "<!-- bench:pipeline:end -->";
    static final String USER = "analyst";

    record Settings(int inspections, int threads, int requests, int warmup, String region, int year, Path data,
            Path report, Path jar, String appJvmArgs, Duration quietTimeout) {

        static Settings fromSystemProperties() {
            return new Settings(Integer.getInteger("bench.inspections", 1_000_000), Integer.getInteger(
                    "bench.threads", 8), Integer.getInteger("bench.requests", 2000), Integer.getInteger(
                            "bench.warmup", 1000), System.getProperty("bench.region", "KZ-75"), Integer.getInteger(
                                    "bench.year", 2022), Path.of(System.getProperty("bench.data", "bench/data")),
                    Path.of(System.getProperty("bench.report", "docs/benchmarks.md")),
                    Path.of(System.getProperty("bench.jar", "target/qorgau-0.1.0-SNAPSHOT-demo.jar")),
                    System.getProperty("bench.app-jvm-args", "").strip(),
                    Duration.ofSeconds(Long.getLong("bench.quiet-timeout", 600)));
        }

        Path directory() {
            return data.resolve("pipeline");
        }

        String command() {
            return "./mvnw -B -Pbench verify -Dbench.suite=pipeline -Dbench.inspections=" + inspections
                    + " -Dbench.threads=" + threads + " -Dbench.requests=" + requests + " -Dbench.warmup=" + warmup
                    + " -Dbench.region=" + region + " -Dbench.year=" + year
                    + (appJvmArgs.isEmpty() ? "" : " -Dbench.app-jvm-args=\"" + appJvmArgs + "\"")
                    + (quietTimeout.toSeconds() == 600 ? "" : " -Dbench.quiet-timeout=" + quietTimeout.toSeconds());
        }
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromSystemProperties();
        CasesBenchmark.Machine machine = CasesBenchmark.Machine.describe();
        System.out.println("[bench] " + settings);
        Build build = Build.current(settings.jar());
        String data = "inspections=" + settings.inspections();
        boolean generate = build.claim(settings.directory(), data);
        Files.createDirectories(settings.directory());
        try (EmbeddedPostgres postgres = CasesBenchmark.postgresBuilder(settings.directory()).start();
                Connection db = DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"))) {
            try (Statement statement = db.createStatement()) {
                statement.execute("create extension if not exists pg_stat_statements");
                statement.execute("do $$ begin if not exists (select from pg_roles where rolname = '"
                        + CasesBenchmark.APP_ROLE + "') then create role " + CasesBenchmark.APP_ROLE
                        + " login; end if; end $$");
            }
            CpuMeter.ownPostgres(settings.directory().resolve("postgres"));
            try (CasesBenchmark.Application app = CasesBenchmark.Application.start(settings.jar(), settings
                    .appJvmArgs(), settings.threads(), settings.directory(), postgres)) {
                Duration generation = Duration.ZERO;
                if (generate) {
                    generation = generate(db, settings);
                    build.mark(settings.directory(), data);
                }
                Map<String, Long> rows = new LinkedHashMap<>();
                for (String table : List.of("inspections_inspection", "inspections_notification", "cases_case")) {
                    rows.put(table, CasesBenchmark.query(db, Long.class, "select count(*) from " + table).getFirst());
                }
                long inRegionYear = CasesBenchmark.query(db, Long.class, "select count(*) from inspections_inspection"
                        + " where region = '" + settings.region() + "' and extract(year from started_on) = "
                        + settings.year()).getFirst();
                long inYear = CasesBenchmark.query(db, Long.class, "select count(*) from inspections_inspection"
                        + " where extract(year from started_on) = " + settings.year()).getFirst();
                String size = CasesBenchmark.query(db, String.class,
                        "select pg_size_pretty(pg_database_size(current_database()))").getFirst();
                String regional = "/inspections/pipeline?year=" + settings.year() + "&region=" + settings.region();
                String national = "/inspections/pipeline?year=" + settings.year();
                List<Load.Endpoint> endpoints = List.of(
                        new Load.Endpoint("Pipeline of a region and year", "GET " + regional, random -> regional),
                        new Load.Endpoint("Pipeline of the country for a year", "GET " + national,
                                random -> national));
                Load load = new Load(app.baseUrl(), settings.threads());
                String page = load.signIn(USER, CasesBenchmark.PASSWORD, regional);
                if (!page.contains("id=\"pipeline\"")) {
                    throw new IllegalStateException("the pipeline page did not open for " + USER);
                }
                List<Load.Result> results = new ArrayList<>();
                for (Load.Endpoint endpoint : endpoints) {
                    System.out.println("[bench] " + endpoint.name() + ": warming up");
                    load.run(endpoint, settings.warmup(), 1);
                    Load.Result result = null;
                    for (int attempt = 1; attempt <= 3 && (result == null
                            || result.othersCores() > CasesBenchmark.QUIET); attempt++) {
                        CpuMeter.awaitQuiet(CasesBenchmark.QUIET, settings.quietTimeout());
                        CasesBenchmark.resetStatements(db);
                        System.out.println("[bench] " + endpoint.name() + ": measuring");
                        result = load.run(endpoint, settings.requests(), 2).withStatements(CasesBenchmark
                                .topStatements(db));
                        System.out.println("[bench] " + result.summary());
                    }
                    if (result.errors() > 0) {
                        throw new IllegalStateException(endpoint.name() + ": " + result.errors() + " errors, the first "
                                + result.firstError());
                    }
                    results.add(result);
                }
                write(settings, machine, build, CasesBenchmark.postgresVersion(db), app.javaVersion(), rows, size,
                        generate, generation, inRegionYear, inYear, results);
            }
        }
    }

    private static Duration generate(Connection db, Settings settings) throws Exception {
        String script = Files.readString(Path.of("bench/generate-inspections.sql"));
        System.out.println("[bench] generating " + settings.inspections() + " inspections");
        Instant start = Instant.now();
        try (Statement statement = db.createStatement()) {
            for (String sql : CasesBenchmark.Dataset.statements(script.replace("${inspections}", Integer.toString(
                    settings.inspections())))) {
                Instant step = Instant.now();
                statement.execute(sql);
                System.out.printf("[bench]   %5.1f s  %s%n", Duration.between(step, Instant.now()).toMillis() / 1000.0,
                        sql.lines().findFirst().orElse(""));
            }
            statement.execute("vacuum (analyze)");
            statement.execute("checkpoint");
        }
        // a script that generated far fewer than asked would publish the pipeline of a small table
        long generated = CasesBenchmark.query(db, Long.class, "select count(*) from inspections_inspection"
                + " where recorded_by = 'bench'").getFirst();
        if (generated < settings.inspections() * 0.95) {
            throw new IllegalStateException("generated " + generated + " inspections of " + settings.inspections());
        }
        return Duration.between(start, Instant.now());
    }

    private static void write(Settings settings, CasesBenchmark.Machine machine, Build build, String postgres,
            String java, Map<String, Long> rows, String size, boolean generatedNow, Duration generation,
            long inRegionYear, long inYear, List<Load.Result> results) throws Exception {
        StringBuilder md = new StringBuilder(START).append('\n');
        md.append("Run of ").append(Report.now()).append(", commit `").append(Report.commit()).append("`, with\n\n");
        md.append("```bash\n").append(settings.command()).append("\n```\n\n");
        md.append(Report.machine(machine, java, settings.appJvmArgs().isEmpty() ? "default JVM options"
                : "`" + settings.appJvmArgs() + "`"));
        md.append("| PostgreSQL | ").append(postgres.replaceAll(" on .*", ""))
                .append(" (embedded binaries), same machine; shared_buffers 1GB, synchronous_commit on |\n\n");
        md.append("Data: ");
        rows.forEach((table, count) -> md.append('`').append(table).append("` ").append(number(count)).append(", "));
        md.setLength(md.length() - 2);
        md.append("; ").append(number(inYear)).append(" inspections began in ").append(settings.year()).append(", ")
                .append(number(inRegionYear)).append(" of them in ").append(settings.region()).append("; database ")
                .append(size).append(generatedNow ? ", generated by this run in " + generation.toSeconds() + " s"
                        : ", generated by an earlier run of the same build").append(" (").append(build).append(
                                ").\n\n");
        md.append("Load: ").append(settings.threads()).append(" concurrent clients (closed loop), each signed in with ")
                .append("its own session as `").append(USER).append("` (small counts hidden by region); per endpoint ")
                .append(settings.warmup()).append(" requests of warm-up, then ").append(settings.requests())
                .append(" measured. Times are client-side, from sending the request to the last byte of the page.\n\n");
        Report.results(md, results);
        md.append(END);
        Report.replace(settings.report(), START, END, md.toString());
    }

    private static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value).replace(',', ' ');
    }

    private PipelineBenchmark() {
    }
}
