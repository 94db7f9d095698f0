package kz.qorgau.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Opens the benchmark's database on its own, for looking at plans with psql while nothing else runs:
 * {@code java -cp … kz.qorgau.bench.BenchDatabase [port]} (default 5499) serves {@code bench/data/cases/postgres}
 * on 127.0.0.1 until the process is stopped.
 */
public final class BenchDatabase {

    private BenchDatabase() {
    }

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 5499;
        CasesBenchmark.Settings settings = CasesBenchmark.Settings.fromSystemProperties();
        try (EmbeddedPostgres postgres = CasesBenchmark.postgresBuilder(settings.directory()).setPort(port).start()) {
            System.out.println("[bench] " + settings.directory().resolve("postgres") + " open at " + postgres
                    .getJdbcUrl("postgres", "postgres"));
            Thread.currentThread().join();
        }
    }
}
