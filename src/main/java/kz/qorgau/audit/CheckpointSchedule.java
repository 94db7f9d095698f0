package kz.qorgau.audit;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Takes the checkpoints ({@link Checkpoints}): at start-up (after beginning the keyed chain on a database from
 * before it) and once the application is ready (after the start-up work, such as demo data, has written its
 * entries), every interval, and at shutdown. Starts before the web server takes requests and stops after it has
 * finished them, so that the shutdown checkpoint covers the last request's entries. A failed checkpoint is
 * logged and the schedule goes on.
 */
@Component
class CheckpointSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CheckpointSchedule.class);

    /** Below the web server's phases (which are {@code DEFAULT_PHASE - 1024} and lower), so stopped after it. */
    private static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

    /** How long shutdown waits for the last checkpoint (the database may be going away too). */
    private static final long SHUTDOWN_WAIT_SECONDS = 10;

    private final Checkpoints checkpoints;
    private final AuditTrail trail;
    private final AuditSettings settings;
    private ScheduledExecutorService executor;
    private Future<?> schedule;

    CheckpointSchedule(Checkpoints checkpoints, AuditTrail trail, AuditSettings settings) {
        this.checkpoints = checkpoints;
        this.trail = trail;
        this.settings = settings;
    }

    @Override
    public synchronized void start() {
        trail.startKeyedChain();
        take(false);
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("audit-checkpoint").daemon()
                .factory());
        long interval = settings.checkpoint().interval().toMillis();
        schedule = executor.scheduleWithFixedDelay(() -> take(true), interval, interval, TimeUnit.MILLISECONDS);
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        take(false);
    }

    @Override
    public synchronized void stop() {
        if (executor == null) {
            return;
        }
        schedule.cancel(false);
        Future<?> last = executor.submit(() -> take(false));
        try {
            last.get(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            log.warn("The shutdown checkpoint of the audit trail did not finish in {} s", SHUTDOWN_WAIT_SECONDS);
        } catch (ExecutionException e) {
            // take() logs its own failures
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    private void take(boolean periodic) {
        try {
            checkpoints.take(periodic);
        } catch (RuntimeException e) {
            log.warn("No audit checkpoint could be taken: {}", e.toString());
        }
    }
}
