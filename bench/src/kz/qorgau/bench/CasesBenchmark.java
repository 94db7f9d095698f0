package kz.qorgau.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The case list and case page benchmark of docs/benchmarks.md: a dedicated PostgreSQL with a million
 * generated cases, Qorgau started against it in its own JVM as in production, a regional investigator
 * signed in over HTTP, and several concurrent clients timing the pages. Run with
 * {@code ./mvnw -B -Pbench verify}; never part of the normal build.
 *
 * <p>Settings (system properties): {@code bench.cases} (1000000), {@code bench.threads} (8),
 * {@code bench.requests} per endpoint (2000), {@code bench.warmup} per endpoint (1000),
 * {@code bench.region} (KZ-75), {@code bench.data} (bench/data), {@code bench.report} (docs/benchmarks.md),
 * {@code bench.jar} (the demo jar), {@code bench.app-jvm-args} (none), {@code bench.quiet-timeout}
 * (600 s: how long to wait, before each measurement, for other processes to leave the CPU alone).
 */
public final class CasesBenchmark {

    static final String PASSWORD = "Bench-Password-2026";
    static final String USER = "investigator";
    /** The database role the application connects as; the superuser runs the migrations. */
    static final String APP_ROLE = "qorgau";
    /** Other processes' CPU (cores) below which the machine counts as quiet. */
    static final double QUIET = 0.25;

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromSystemProperties();
        Files.createDirectories(settings.data());
        Machine machine = Machine.describe();
        System.out.println("[bench] " + settings);

        try (EmbeddedPostgres postgres = startPostgres(settings);
                Connection db = DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"))) {
            try (Statement statement = db.createStatement()) {
                statement.execute("create extension if not exists pg_stat_statements");
                // the application's restricted role, as in production (README, Production mode)
                statement.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + APP_ROLE
                        + "') then create role " + APP_ROLE + " login; end if; end $$");
            }
            CpuMeter.ownPostgres(settings.data().resolve("postgres"));
            try (Application app = Application.start(settings, postgres)) {
                Dataset dataset = Dataset.ensure(db, settings);
                List<Long> caseIds = query(db, Long.class, "select id from cases_case where region_code = '"
                        + settings.region() + "' order by hashint8(id) limit 20000");
                int[] years = query(db, Integer.class,
                        "select distinct extract(year from registered_on)::int from cases_case order by 1").stream()
                        .mapToInt(Integer::intValue).toArray();
                String[] statuses = { "INVESTIGATION", "SUSPENDED", "TERMINATED", "IN_COURT", "DECIDED" };

                List<Load.Endpoint> endpoints = List.of(
                        new Load.Endpoint("Case list, first page (no filter)", "GET /cases", random -> "/cases"),
                        new Load.Endpoint("Case list, first page, filtered by region, year and status",
                                "GET /cases?region=" + settings.region() + "&year={random}&status={random}",
                                random -> "/cases?region=" + settings.region() + "&year="
                                        + years[random.nextInt(years.length)] + "&status="
                                        + statuses[random.nextInt(statuses.length)]),
                        new Load.Endpoint("Case page", "GET /cases/{random id in " + settings.region() + "}",
                                random -> "/cases/" + caseIds.get(random.nextInt(caseIds.size()))));

                Load load = new Load(app.baseUrl(), settings.threads());
                String found = load.signIn(USER, PASSWORD);
                System.out.println("[bench] the case list says: " + found);
                List<Load.Result> results = new ArrayList<>();
                for (Load.Endpoint endpoint : endpoints) {
                    System.out.println("[bench] " + endpoint.name() + ": warming up");
                    load.run(endpoint, settings.warmup(), 1);
                    Load.Result result = null;
                    // a measurement that other processes disturbed is taken again, twice at most
                    for (int attempt = 1; attempt <= 3 && (result == null || result.othersCores() > QUIET); attempt++) {
                        CpuMeter.awaitQuiet(QUIET, settings.quietTimeout());
                        resetStatements(db);
                        System.out.println("[bench] " + endpoint.name() + ": measuring");
                        result = load.run(endpoint, settings.requests(), 2).withStatements(topStatements(db));
                        System.out.println("[bench] " + result.summary());
                    }
                    results.add(result);
                }
                Report.write(settings, machine, dataset, postgresVersion(db), app.javaVersion(), found, results);
            }
        }
    }

    static EmbeddedPostgres startPostgres(Settings settings) throws IOException {
        return postgresBuilder(settings).start();
    }

    static EmbeddedPostgres.Builder postgresBuilder(Settings settings) {
        return EmbeddedPostgres.builder()
                .setDataDirectory(settings.data().resolve("postgres"))
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(120))
                .setServerConfig("timezone", "UTC")
                // as a production server: commits wait for the WAL flush (the embedded default does not)
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("max_connections", "100")
                .setServerConfig("shared_buffers", "1GB")
                .setServerConfig("max_wal_size", "4GB")
                .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                .setServerConfig("pg_stat_statements.track", "all");
    }

    static void resetStatements(Connection db) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute("select pg_stat_statements_reset()");
        }
    }

    /** The statements that took the most database time during a measurement. */
    static List<Load.Statement> topStatements(Connection db) throws SQLException {
        List<Load.Statement> statements = new ArrayList<>();
        try (Statement statement = db.createStatement();
                ResultSet rs = statement.executeQuery("""
                        select calls, mean_exec_time, total_exec_time, regexp_replace(query, '\\s+', ' ', 'g')
                        from pg_stat_statements
                        where query not like '%pg_stat_statements%' and dbid = (select oid from pg_database
                                                                                where datname = current_database())
                        order by total_exec_time desc limit 6""")) {
            while (rs.next()) {
                statements.add(new Load.Statement(rs.getLong(1), rs.getDouble(2), rs.getDouble(3), rs.getString(4)));
            }
        }
        return statements;
    }

    static String postgresVersion(Connection db) throws SQLException {
        return query(db, String.class, "select version()").getFirst();
    }

    static <T> List<T> query(Connection db, Class<T> type, String sql) throws SQLException {
        List<T> values = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getObject(1, type));
            }
        }
        return values;
    }

    /** What the run is told to do. */
    record Settings(int cases, int threads, int requests, int warmup, String region, Path data, Path report,
            Path jar, String appJvmArgs, Duration quietTimeout) {

        static Settings fromSystemProperties() {
            return new Settings(Integer.getInteger("bench.cases", 1_000_000), Integer.getInteger("bench.threads", 8),
                    Integer.getInteger("bench.requests", 2000), Integer.getInteger("bench.warmup", 1000),
                    System.getProperty("bench.region", "KZ-75"), Path.of(System.getProperty("bench.data", "bench/data")),
                    Path.of(System.getProperty("bench.report", "docs/benchmarks.md")),
                    Path.of(System.getProperty("bench.jar", "target/qorgau-0.1.0-SNAPSHOT-demo.jar")),
                    System.getProperty("bench.app-jvm-args", "").strip(),
                    Duration.ofSeconds(Long.getLong("bench.quiet-timeout", 600)));
        }

        /** The command that repeats this run. */
        String command() {
            return "./mvnw -B -Pbench verify -Dbench.cases=" + cases + " -Dbench.threads=" + threads
                    + " -Dbench.requests=" + requests + " -Dbench.warmup=" + warmup
                    + (appJvmArgs.isEmpty() ? "" : " -Dbench.app-jvm-args=\"" + appJvmArgs + "\"")
                    + (quietTimeout.toSeconds() == 600 ? "" : " -Dbench.quiet-timeout=" + quietTimeout.toSeconds());
        }
    }

    /** The machine, as docs/benchmarks.md reports it. */
    record Machine(int cores, String memory, String cpu, String os) {

        static Machine describe() throws IOException {
            String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown");
            String memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .findFirst().map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024 / 1024 + " GiB").orElse("unknown");
            return new Machine(Runtime.getRuntime().availableProcessors(), memory, cpu,
                    System.getProperty("os.name") + " " + System.getProperty("os.version"));
        }
    }

    /** Qorgau in its own JVM, in production mode against the benchmark's database, with the demo users. */
    static final class Application implements AutoCloseable {

        private final Process process;
        private final int port;
        private final String javaVersion;

        private Application(Process process, int port, String javaVersion) {
            this.process = process;
            this.port = port;
            this.javaVersion = javaVersion;
        }

        static Application start(Settings settings, EmbeddedPostgres postgres) throws Exception {
            return launch(settings.jar(), settings.appJvmArgs(), List.of(
                    "--spring.datasource.url=jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
                    "--spring.datasource.username=" + APP_ROLE, "--spring.flyway.user=postgres",
                    "--qorgau.demo.enabled=true", "--qorgau.demo.password=" + PASSWORD,
                    "--qorgau.demo.second-factor-exempt=*",
                    "--qorgau.data-dir=" + settings.data().resolve("app")), Map.of(),
                    settings.data().resolve("app.log"), Duration.ofMinutes(5));
        }

        /**
         * Starts the jar on a free local port with the given arguments and environment, its output into
         * {@code log}, and waits until it reports itself healthy.
         */
        static Application launch(Path jar, String jvmArgs, List<String> arguments, Map<String, String> environment,
                Path log, Duration healthy) throws Exception {
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException("no application jar at " + jar + " (run ./mvnw -Pbench verify)");
            }
            String java = ProcessHandle.current().info().command().orElse("java");
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            List<String> command = new ArrayList<>(List.of(java));
            if (!jvmArgs.isEmpty()) {
                command.addAll(List.of(jvmArgs.split("\\s+")));
            }
            command.addAll(List.of("-jar", jar.toString(), "--server.address=127.0.0.1", "--server.port=" + port));
            command.addAll(arguments);
            System.out.println("[bench] starting Qorgau on port " + port + " (log: " + log + ")");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            Application app = new Application(process, port, Runtime.version().toString() + " ("
                    + System.getProperty("java.vm.name") + ")");
            app.awaitHealthy(healthy);
            return app;
        }

        String baseUrl() {
            return "http://127.0.0.1:" + port;
        }

        String javaVersion() {
            return javaVersion;
        }

        private void awaitHealthy(Duration timeout) throws InterruptedException {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            Instant deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Qorgau stopped during start-up; see its log");
                }
                try {
                    HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(baseUrl()
                            + "/actuator/health")).timeout(Duration.ofSeconds(5)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (health.statusCode() == 200 && health.body().contains("UP")) {
                        return;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                Thread.sleep(500);
            }
            throw new IllegalStateException("Qorgau did not become healthy within " + timeout);
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /**
     * The generated data. The database remembers (as its comment) the case count and the generator
     * script it was made with; it is generated again only when either differs.
     */
    record Dataset(Map<String, Long> rows, String size, boolean generatedNow, Duration generation) {

        static Dataset ensure(Connection db, Settings settings) throws Exception {
            String script = Files.readString(Path.of("bench/generate-cases.sql"));
            String mark = "qorgau-bench cases=" + settings.cases() + " script=" + sha256(script).substring(0, 16);
            String current = query(db, String.class,
                    "select coalesce(shobj_description(oid, 'pg_database'), '') from pg_database "
                            + "where datname = current_database()").getFirst();
            boolean generate = !mark.equals(current);
            Duration took = Duration.ZERO;
            if (generate) {
                System.out.println("[bench] generating " + settings.cases() + " cases (a few minutes)");
                Instant start = Instant.now();
                try (Statement statement = db.createStatement()) {
                    for (String sql : statements(script.replace("${cases}", Integer.toString(settings.cases())))) {
                        Instant step = Instant.now();
                        statement.execute(sql);
                        System.out.printf("[bench]   %5.1f s  %s%n", Duration.between(step, Instant.now()).toMillis() / 1000.0,
                                firstLine(sql));
                    }
                    System.out.println("[bench]   vacuum analyze");
                    statement.execute("vacuum (analyze)");
                    // write the generated pages out now rather than during the measurements
                    statement.execute("checkpoint");
                    statement.execute("comment on database postgres is '" + mark + "'");
                }
                took = Duration.between(start, Instant.now());
            }
            Map<String, Long> rows = new LinkedHashMap<>();
            for (String table : List.of("cases_case", "cases_charge", "cases_case_form", "cases_defendant",
                    "cases_event", "cases_victim_link", "organisations_organisation", "identity_user")) {
                rows.put(table, query(db, Long.class, "select count(*) from " + table).getFirst());
            }
            String size = query(db, String.class, "select pg_size_pretty(pg_database_size(current_database()))")
                    .getFirst();
            return new Dataset(rows, size, generate, took);
        }

        /** The script's statements: each ends with a semicolon at the end of a line. */
        static List<String> statements(String script) {
            List<String> statements = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String line : script.split("\n")) {
                if ((line.isBlank() || line.strip().startsWith("--")) && current.isEmpty()) {
                    continue;
                }
                current.append(line).append('\n');
                if (line.stripTrailing().endsWith(";")) {
                    statements.add(current.toString().strip());
                    current.setLength(0);
                }
            }
            return statements;
        }

        private static String firstLine(String sql) {
            String line = sql.lines().findFirst().orElse("");
            return line.length() > 100 ? line.substring(0, 100) + "…" : line;
        }

        private static String sha256(String text) throws NoSuchAlgorithmException {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        }
    }

    private CasesBenchmark() {
    }
}
