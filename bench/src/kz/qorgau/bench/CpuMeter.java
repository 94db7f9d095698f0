package kz.qorgau.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * How busy the machine is with work other than this run's (the benchmark's JVM and its descendants,
 * among them the application, and PostgreSQL): on a shared machine a measurement taken while something else
 * compiles says little, so the run waits for quiet and reports what it had.
 */
final class CpuMeter {

    /** Linux reports CPU time in clock ticks of 1/100 s (USER_HZ). */
    private static final double TICK = 0.01;

    /** Processes of this run that are not its descendants (PostgreSQL's postmaster is started by pg_ctl). */
    private static final List<ProcessHandle> OWN_ROOTS = new CopyOnWriteArrayList<>(List.of(ProcessHandle.current()));

    private double busy;
    private double own;
    private long nanos;

    CpuMeter() {
        start();
    }

    /** Counts PostgreSQL's processes as this run's: the postmaster named in its data directory, and its children. */
    static void ownPostgres(Path dataDirectory) throws IOException {
        long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).getFirst().strip());
        ProcessHandle.of(pid).ifPresent(OWN_ROOTS::add);
    }

    void start() {
        busy = machineBusySeconds();
        own = ownSeconds();
        nanos = System.nanoTime();
    }

    /** The cores' worth of CPU used by other processes since {@link #start()}. */
    double othersCores() {
        double seconds = (System.nanoTime() - nanos) / 1e9;
        return Math.max(0, (machineBusySeconds() - busy) - (ownSeconds() - own)) / seconds;
    }

    /**
     * Waits until other processes use less than {@code cores} over a few seconds, at most {@code timeout};
     * answers whether it got quiet.
     */
    static boolean awaitQuiet(double cores, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        boolean told = false;
        while (true) {
            CpuMeter meter = new CpuMeter();
            Thread.sleep(3000);
            double others = meter.othersCores();
            if (others < cores) {
                return true;
            }
            if (Instant.now().isAfter(deadline)) {
                System.out.printf("[bench] other processes still use %.1f cores; measuring anyway%n", others);
                return false;
            }
            if (!told) {
                System.out.printf("[bench] other processes use %.1f cores; waiting for quiet (at most %s)%n", others,
                        timeout);
                told = true;
            }
        }
    }

    private static double machineBusySeconds() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            // cpu user nice system idle iowait irq softirq steal ...: user, nice and system only, as the
            // interrupt time is mostly this run's own loopback traffic, which no process is charged with
            long busy = 0;
            for (int i : new int[]{ 1, 2, 3 }) {
                busy += Long.parseLong(fields[i]);
            }
            return busy * TICK;
        } catch (IOException e) {
            return 0;
        }
    }

    private static double ownSeconds() {
        return OWN_ROOTS.stream().flatMap(root -> Stream.concat(Stream.of(root), root.descendants())).distinct()
                .mapToDouble(process -> process.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0))
                .sum();
    }
}
