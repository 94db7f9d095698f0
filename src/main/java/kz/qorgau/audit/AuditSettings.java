package kz.qorgau.audit;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the audit trail.
 *
 * @param checkpoint where and how often the chain's head is written outside the database
 */
@ConfigurationProperties("qorgau.audit")
record AuditSettings(@DefaultValue CheckpointSettings checkpoint) {

    /**
     * Checkpoints ({@link Checkpoints}): written at start-up, every {@code interval} while the chain grows, and at
     * shutdown, to the file, to {@code copyTo} when set, and to the logger {@value Checkpoints#SINK}.
     *
     * @param interval how often (default 5 minutes)
     * @param file the checkpoint file, appended to; by default {@code <data-dir>/audit/checkpoints.jsonl}
     * @param copyTo a second file each checkpoint is appended to as well, for example on storage that the
     *        database's administrators cannot write; none by default
     */
    record CheckpointSettings(@DefaultValue("5m") Duration interval, Path file, Path copyTo) {

        CheckpointSettings {
            if (interval.compareTo(Duration.ofSeconds(1)) < 0) {
                throw new IllegalArgumentException("qorgau.audit.checkpoint.interval must be at least one second");
            }
        }
    }
}
