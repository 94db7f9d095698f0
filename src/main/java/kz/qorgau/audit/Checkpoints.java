package kz.qorgau.audit;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import kz.qorgau.system.AuditKey;
import kz.qorgau.system.PrivateFiles;
import kz.qorgau.system.SystemSettings;

/**
 * Checkpoints of the audit chain written outside the database: whoever can change the database can
 * delete the chain's tail, or re-chain it, and leave a chain that verifies in itself; a checkpoint written
 * earlier still names the entry and hash the chain had then. Each is appended to the checkpoint file in the
 * data directory (owner-only; the history is kept), to {@code copyTo} when configured, and logged as one JSON
 * line to the logger {@value #SINK}, which operators route to remote syslog or another store the database's
 * administrators cannot rewrite. {@link AuditTrail#verify()} compares the chain with the file.
 * <p>
 * A checkpoint is taken under a transaction-scoped advisory lock, so that of several application nodes one
 * writes at a time (DESIGN.md §6), and only when the head moved. None is written while the chain no longer
 * agrees with the last checkpoint (it ends before it, or holds another hash at its entry): the error is
 * logged instead at every attempt, and the last checkpoint stays the evidence until an operator resolves it.
 */
@Component
class Checkpoints {

    /** The logger every checkpoint is written to, for operators to route. */
    static final String SINK = "qorgau.audit.checkpoint";

    private static final Logger sink = LoggerFactory.getLogger(SINK);
    private static final Logger log = LoggerFactory.getLogger(Checkpoints.class);

    /** Arbitrary key of the advisory lock of the checkpoint job (the chain's writers use another). */
    private static final long CHECKPOINT_LOCK = 0x51_6f_72_67_61_76L;

    /** How much of the file's end is read for the last checkpoint: many lines of about 200 bytes. */
    private static final int TAIL_BYTES = 16 * 1024;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final AuditKey key;
    private final Clock clock;
    private final AuditSettings.CheckpointSettings settings;
    private final Path file;

    Checkpoints(JdbcClient jdbc, PlatformTransactionManager transactionManager, AuditKey key, Clock clock,
            AuditSettings settings, SystemSettings system) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.key = key;
        this.clock = clock;
        this.settings = settings.checkpoint();
        this.file = settings.checkpoint().file() != null ? settings.checkpoint().file()
                : system.dataDir().resolve("audit").resolve("checkpoints.jsonl");
    }

    Path file() {
        return file;
    }

    /**
     * Writes a checkpoint of the chain's current head, unless the head has not moved since the last one, another
     * node is writing one right now, or the chain no longer agrees with the last one (logged as an error).
     *
     * @param periodic a scheduled run, skipped too when the last checkpoint (perhaps another node's, in a shared
     *        file) is younger than half the interval; at start-up and shutdown false
     * @return the checkpoint written, if any
     */
    synchronized Optional<Checkpoint> take(boolean periodic) {
        return transactions.execute(status -> {
            if (!jdbc.sql("select pg_try_advisory_xact_lock(?)").param(CHECKPOINT_LOCK).query(Boolean.class).single()) {
                return Optional.<Checkpoint>empty();
            }
            Optional<Head> head = jdbc.sql("select seq, hash from audit_entry order by seq desc limit 1")
                    .query((rs, n) -> new Head(rs.getLong("seq"), rs.getString("hash")))
                    .optional();
            if (head.isEmpty()) {
                return Optional.<Checkpoint>empty();
            }
            Instant now = clock.instant();
            Optional<Checkpoint> last = latest();
            if (last.isPresent()) {
                Checkpoint previous = last.get();
                if (previous.seq() == head.get().seq() && previous.hash().equals(head.get().hash())) {
                    return Optional.<Checkpoint>empty();
                }
                if (periodic && previous.at().isAfter(now.minus(settings.interval().dividedBy(2)))) {
                    return Optional.<Checkpoint>empty();
                }
                String stored = jdbc.sql("select hash from audit_entry where seq = ?").param(previous.seq())
                        .query(String.class).optional().orElse(null);
                if (head.get().seq() < previous.seq() || !previous.hash().equals(stored)) {
                    sink.error("The audit trail no longer agrees with its checkpoint of entry {} written at {}: it was "
                            + "truncated or rewritten since. No checkpoint is written until this is resolved; verify "
                            + "the trail on the audit page.", previous.seq(), previous.at());
                    return Optional.<Checkpoint>empty();
                }
            }
            Checkpoint checkpoint = Checkpoint.of(head.get().seq(), head.get().hash(), now, key);
            write(checkpoint);
            return Optional.of(checkpoint);
        });
    }

    private record Head(long seq, String hash) {
    }

    /** The checkpoints in the file as it is now (what is appended later is not read), in order. */
    Reader reader() {
        return new Reader(file, key);
    }

    private void write(Checkpoint checkpoint) {
        String line = checkpoint.toJson();
        append(file, line);
        if (settings.copyTo() != null) {
            append(settings.copyTo(), line);
        }
        sink.info(line);
    }

    private static void append(Path target, String line) {
        try {
            Path directory = target.toAbsolutePath().getParent();
            if (!Files.isDirectory(directory)) {
                Files.createDirectories(directory);
                PrivateFiles.restrict(directory, "rwx------");
            }
            PrivateFiles.append(target, line + "\n");
        } catch (IOException e) {
            log.error("An audit checkpoint cannot be written to {}: {}", target.toAbsolutePath().normalize(),
                    e.getClass().getSimpleName());
        }
    }

    /** The last checkpoint in the file whose MAC verifies, read from the file's end. */
    Optional<Checkpoint> latest() {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            int length = (int) Math.min(size, TAIL_BYTES);
            ByteBuffer tail = ByteBuffer.allocate(length);
            while (tail.hasRemaining() && channel.read(tail, size - length + tail.position()) >= 0) {
                // read until the buffer is full
            }
            List<String> lines = new String(tail.array(), 0, tail.position(), StandardCharsets.UTF_8).lines().toList();
            // The first line may be cut; it simply does not parse.
            for (int i = lines.size() - 1; i >= 0; i--) {
                Optional<Checkpoint> checkpoint = Checkpoint.parse(lines.get(i)).filter(read -> read.verifies(key));
                if (checkpoint.isPresent()) {
                    return checkpoint;
                }
            }
            return Optional.empty();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the checkpoints of the file in order, as far as the file reached when it was opened, so that a
     * checkpoint taken meanwhile (of a head the reading transaction may not see) is not compared. Lines that do
     * not parse or whose MAC does not verify are counted and skipped, and so is a checkpoint that does not follow
     * the one before it.
     */
    static final class Reader implements AutoCloseable {

        private final AuditKey key;
        private final BufferedReader lines;
        private long ignored;
        private long lastSeq;

        Reader(Path file, AuditKey key) {
            this.key = key;
            BufferedReader opened = null;
            try {
                FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
                opened = new BufferedReader(new InputStreamReader(
                        new Bounded(Channels.newInputStream(channel), channel.size()), StandardCharsets.UTF_8));
            } catch (NoSuchFileException e) {
                // no checkpoint yet
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            this.lines = opened;
        }

        /** The next checkpoint, or null at the end. */
        Checkpoint next() {
            if (lines == null) {
                return null;
            }
            try {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.isBlank()) {
                        continue;
                    }
                    Optional<Checkpoint> checkpoint = Checkpoint.parse(line).filter(read -> read.verifies(key));
                    if (checkpoint.isEmpty()) {
                        ignored++;
                    } else if (checkpoint.get().seq() > lastSeq) {
                        lastSeq = checkpoint.get().seq();
                        return checkpoint.get();
                    }
                }
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** How many lines were ignored so far because their MAC does not verify (or they do not parse). */
        long ignored() {
            return ignored;
        }

        @Override
        public void close() {
            if (lines != null) {
                try {
                    lines.close();
                } catch (IOException e) {
                    // read only
                }
            }
        }
    }

    /** The first {@code limit} bytes of a stream. */
    private static final class Bounded extends FilterInputStream {

        private long remaining;

        Bounded(InputStream in, long limit) {
            super(in);
            this.remaining = limit;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int read = super.read();
            if (read >= 0) {
                remaining--;
            }
            return read;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int read = super.read(buffer, offset, (int) Math.min(length, remaining));
            if (read > 0) {
                remaining -= read;
            }
            return read;
        }
    }
}
