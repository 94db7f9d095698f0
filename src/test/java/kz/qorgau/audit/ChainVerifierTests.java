package kz.qorgau.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qorgau.audit.ChainVerification.Problem;
import kz.qorgau.system.AuditKey;

/**
 * The verifier over chains built in memory, with a checkpoint file: what an intruder with database access can
 * do to the trail, with and without the audit key, and a database upgraded from the unkeyed chain.
 */
class ChainVerifierTests {

    static final Instant AT = Instant.parse("2026-11-27T10:00:00Z");

    final AuditKey key = AuditKey.generate();
    final AuditHashing hashing = new AuditHashing(key);

    @TempDir
    Path dir;

    @Test
    void aChainUpgradedFromUnkeyedEntriesVerifiesAndAgreesWithItsCheckpoints() throws IOException {
        List<AuditEntry> chain = new Chain().unkeyed(3).keyed(3).entries;
        Path file = checkpoints(chain.get(3), chain.get(5));

        ChainVerification verification = verify(chain, file);
        assertThat(verification.intact()).isTrue();
        assertThat(verification.entriesChecked()).isEqualTo(6);
        assertThat(verification.checkpointSeq()).isEqualTo(6);
        assertThat(verification.checkpointAt()).isNotNull();
        assertThat(verification.checkpointsIgnored()).isZero();
    }

    @Test
    void aTailRewrittenWithUnkeyedHashesAfterTheKeyedChainBeganIsRefused() throws IOException {
        // without the key an intruder can only compute SHA-256: they rewrite entries 5 and 6 as unkeyed ones
        Chain chain = new Chain().unkeyed(3).keyed(1);
        chain.unkeyed(2, "intruder");

        ChainVerification verification = verify(chain.entries, checkpoints());
        assertThat(verification.intact()).isFalse();
        assertThat(verification.firstBrokenSeq()).isEqualTo(5);
        assertThat(verification.problem()).isEqualTo(Problem.UNKEYED);
    }

    @Test
    void theUnkeyedPartReChainedWithoutTheKeyBreaksTheLinkIntoTheKeyedPart() throws IOException {
        List<AuditEntry> original = new Chain().unkeyed(3).keyed(2).entries;
        List<AuditEntry> forged = new Chain().unkeyed(3, "intruder").entries;
        List<AuditEntry> chain = new ArrayList<>(forged);
        chain.addAll(original.subList(3, 5));

        ChainVerification verification = verify(chain, checkpoints());
        assertThat(verification.problem()).isEqualTo(Problem.BROKEN_LINK);
        assertThat(verification.firstBrokenSeq()).isEqualTo(4);
    }

    @Test
    void theUnkeyedPartReChainedWithTheKeyedPartRemovedIsRevealedByTheCheckpoint() throws IOException {
        List<AuditEntry> original = new Chain().unkeyed(3).keyed(2).entries;
        Path file = checkpoints(original.get(4));

        // the keyed part deleted, the unkeyed part re-chained: a chain that verifies in itself, but too short
        ChainVerification truncated = verify(new Chain().unkeyed(3, "intruder").entries, file);
        assertThat(truncated.problem()).isEqualTo(Problem.TRUNCATED);
        assertThat(truncated.firstBrokenSeq()).isEqualTo(4);
        assertThat(truncated.checkpointSeq()).isEqualTo(5);

        // ... and grown again past the checkpoint with unkeyed entries: the checkpointed entry differs
        ChainVerification rewritten = verify(new Chain().unkeyed(7, "intruder").entries, file);
        assertThat(rewritten.problem()).isEqualTo(Problem.REWRITTEN);
        assertThat(rewritten.firstBrokenSeq()).isEqualTo(5);
        assertThat(rewritten.checkpointSeq()).isEqualTo(5);
    }

    @Test
    void aTruncatedTailIsRevealedByTheCheckpoint() throws IOException {
        List<AuditEntry> chain = new Chain().keyed(6).entries;
        Path file = checkpoints(chain.get(2), chain.get(5));

        ChainVerification verification = verify(chain.subList(0, 4), file);
        assertThat(verification.intact()).isFalse();
        assertThat(verification.problem()).isEqualTo(Problem.TRUNCATED);
        assertThat(verification.firstBrokenSeq()).isEqualTo(5);
        assertThat(verification.checkpointSeq()).isEqualTo(6);
        assertThat(verify(chain, file).intact()).isTrue();
    }

    @Test
    void aTailTruncatedAndContinuedIsRevealedByTheCheckpoint() throws IOException {
        // the application goes on writing after the tail was cut: entries 5 and 6 are new ones, validly keyed
        Chain original = new Chain().keyed(6);
        Path file = checkpoints(original.entries.get(5));
        Chain continued = new Chain();
        continued.entries.addAll(original.entries.subList(0, 4));
        continued.keyed(3, "after-truncation");

        ChainVerification verification = verify(continued.entries, file);
        assertThat(verification.problem()).isEqualTo(Problem.REWRITTEN);
        assertThat(verification.firstBrokenSeq()).isEqualTo(6);
    }

    @Test
    void aTailReChainedWithTheKeyItselfIsRevealedByTheCheckpoint() throws IOException {
        // whoever holds the key (stolen with the database) can re-chain validly; only the checkpoint knows better
        Chain original = new Chain().keyed(6);
        Path file = checkpoints(original.entries.get(5));
        Chain forged = new Chain();
        forged.entries.addAll(original.entries.subList(0, 4));
        forged.keyed(2, "intruder");

        ChainVerification verification = verify(forged.entries, file);
        assertThat(verification.problem()).isEqualTo(Problem.REWRITTEN);
        assertThat(verification.firstBrokenSeq()).isEqualTo(6);
    }

    @Test
    void aReChainedTailIsNotHiddenByALaterCheckpointOfIt() throws IOException {
        // an intruder who waits for a checkpoint of the forged head still meets the earlier one
        Chain original = new Chain().keyed(6);
        Chain forged = new Chain();
        forged.entries.addAll(original.entries.subList(0, 4));
        forged.keyed(4, "intruder");
        Path file = checkpoints(original.entries.get(5), forged.entries.get(7));

        ChainVerification verification = verify(forged.entries, file);
        assertThat(verification.problem()).isEqualTo(Problem.REWRITTEN);
        assertThat(verification.firstBrokenSeq()).isEqualTo(6);
    }

    @Test
    void checkpointsWithoutAValidMacAreIgnoredAndCounted() throws IOException {
        List<AuditEntry> chain = new Chain().keyed(4).entries;
        Checkpoint genuine = Checkpoint.of(3, chain.get(2).hash(), AT, key);
        // a checkpoint claiming a longer chain, forged without the key, and one written under another key
        Checkpoint forged = new Checkpoint(9, "0".repeat(64), AT, genuine.mac());
        Checkpoint otherKey = Checkpoint.of(8, "1".repeat(64), AT, AuditKey.generate());
        Path file = Files.write(dir.resolve("checkpoints.jsonl"),
                List.of(genuine.toJson(), forged.toJson(), "not a checkpoint", otherKey.toJson()));

        ChainVerification verification = verify(chain, file);
        assertThat(verification.intact()).isTrue();
        assertThat(verification.checkpointSeq()).isEqualTo(3);
        assertThat(verification.checkpointsIgnored()).isEqualTo(3);
    }

    @Test
    void withoutACheckpointFileTheChainIsVerifiedInItself() {
        ChainVerification verification = verify(new Chain().keyed(2).entries, dir.resolve("absent.jsonl"));
        assertThat(verification.intact()).isTrue();
        assertThat(verification.checkpointSeq()).isNull();
    }

    @Test
    void aMissingEntryIsReportedBeforeAnythingElse() throws IOException {
        List<AuditEntry> chain = new ArrayList<>(new Chain().keyed(5).entries);
        chain.remove(2);
        ChainVerification verification = verify(chain, checkpoints(new Chain().keyed(5).entries.get(4)));
        assertThat(verification.problem()).isEqualTo(Problem.MISSING_ENTRY);
        assertThat(verification.firstBrokenSeq()).isEqualTo(3);
    }

    private ChainVerification verify(List<AuditEntry> chain, Path file) {
        try (Checkpoints.Reader reader = new Checkpoints.Reader(file, key)) {
            ChainVerifier verifier = new ChainVerifier(hashing, reader);
            chain.forEach(verifier::accept);
            return verifier.finish();
        }
    }

    private Path checkpoints(AuditEntry... entries) throws IOException {
        List<String> lines = new ArrayList<>();
        for (AuditEntry entry : entries) {
            lines.add(Checkpoint.of(entry.seq(), entry.hash(), AT.plusSeconds(entry.seq()), key).toJson());
        }
        return Files.write(dir.resolve("checkpoints-" + System.nanoTime() + ".jsonl"), lines);
    }

    /** A chain as the trail writes it: gapless, each entry linked to the one before. */
    private final class Chain {

        final List<AuditEntry> entries = new ArrayList<>();

        Chain unkeyed(int count) {
            return unkeyed(count, "admin");
        }

        Chain unkeyed(int count, String actor) {
            return add(count, actor, AuditHashing.UNKEYED);
        }

        Chain keyed(int count) {
            return keyed(count, "admin");
        }

        Chain keyed(int count, String actor) {
            return add(count, actor, AuditHashing.KEYED);
        }

        private Chain add(int count, String actor, int scheme) {
            for (int i = 0; i < count; i++) {
                long seq = entries.size() + 1;
                String previous = entries.isEmpty() ? AuditHashing.GENESIS : entries.getLast().hash();
                Instant at = AT.plusSeconds(seq);
                String details = "{\"n\":\"" + seq + "\"}";
                String hash = scheme == AuditHashing.KEYED
                        ? hashing.hash(seq, at, actor, null, "TEST_EVENT", "test", null, details, previous)
                        : AuditHashing.unkeyed(seq, at, actor, null, "TEST_EVENT", "test", null, details, previous);
                entries.add(new AuditEntry(seq, at, actor, null, "TEST_EVENT", "test", null, details, previous, hash,
                        scheme));
            }
            return this;
        }
    }
}
