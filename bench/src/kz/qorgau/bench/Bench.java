package kz.qorgau.bench;

/**
 * The benchmarks' entry point in the {@code bench} profile: {@code -Dbench.suite=cases} (the default,
 * {@link CasesBenchmark}) {@code -Dbench.suite=statistics} ({@link StatisticsBenchmark}) or {@code -Dbench.suite=pipeline}
 * ({@link PipelineBenchmark}) or {@code -Dbench.suite=linkage} ({@link LinkageBenchmark}) or {@code -Dbench.suite=pprl}
 * ({@link PprlBenchmark}) or {@code -Dbench.suite=registrations} ({@link RegistrationsBenchmark}) or
 * {@code -Dbench.suite=pprl-registrations} ({@link PprlRegistrationsBenchmark}) or {@code -Dbench.suite=import}
 * ({@link ImportBenchmark}).
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        String suite = System.getProperty("bench.suite", "cases").strip();
        switch (suite) {
            case "cases" -> CasesBenchmark.main(args);
            case "statistics" -> StatisticsBenchmark.main(args);
            case "pipeline" -> PipelineBenchmark.main(args);
            case "linkage" -> LinkageBenchmark.main(args);
            case "pprl" -> PprlBenchmark.main(args);
            case "registrations" -> RegistrationsBenchmark.main(args);
            case "pprl-registrations" -> PprlRegistrationsBenchmark.main(args);
            case "import" -> ImportBenchmark.main(args);
            default -> throw new IllegalArgumentException("unknown bench.suite " + suite
                    + " (cases, statistics, pipeline, linkage, pprl, registrations, pprl-registrations, import)");
        }
    }
}
