package kz.qorgau.victims;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.audit.AuditEvent;
import kz.qorgau.audit.AuditTrail;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.shared.InvalidValueException;
import kz.qorgau.shared.NotFoundException;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;
import kz.qorgau.shared.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The decisions on two victim records of one person that may be one trafficking situation recorded by two agencies
 * (the pairs: {@link SituationPairs}, in the reviewer's scope only):
 * <ul>
 * <li>same situation: the record identified later (the higher id on the same day) is merged into the one identified
 * first, the survivor. Every record of another module that names either id keeps naming it; the statistics count the
 * situation through the survivor. Undone by {@link #undo}.</li>
 * <li>different situations: remembered, the pair is never proposed again.</li>
 * </ul>
 * A merge opens nothing: no grant follows from it, and each record is seen by whom it was seen by before (DESIGN.md §5:
 * a link a user makes alone never opens data). Every decision is audited with the records' references.
 */
@Service
public class SituationReview {

    /** A reviewer's decision on a pair. */
    public enum Decision {
        SAME, DIFFERENT;

        public String messageKey() {
            return "victim.merge.decision." + name();
        }
    }

    private final SituationPairs pairs;
    private final Victims victims;
    private final VictimMerges merges;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    SituationReview(SituationPairs pairs, Victims victims, VictimMerges merges, JdbcClient jdbc, AuditTrail audit,
            Clock clock) {
        this.pairs = pairs;
        this.victims = victims;
        this.merges = merges;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records the decision on a pair in the reviewer's scope that awaits one; answers the merge made, if any. */
    @Requires(Permission.LINKAGE_REVIEW)
    @Transactional
    public Long decide(long first, long second, Decision decision) {
        SituationPairs.Pair pair = pairs.pair(first, second);
        if (decision == null) {
            throw new InvalidValueException("victim.merge.error.decision-required");
        }
        if (!pair.awaiting()) {
            throw new RuleViolationException("victim.merge.error.decided");
        }
        QorgauUser user = QorgauUser.required();
        Instant now = clock.instant();
        Victim a = load(pair.first().id());
        Victim b = load(pair.second().id());
        if (decision == Decision.DIFFERENT) {
            jdbc.sql("""
                    insert into victims_distinct_situation (first_victim_id, second_victim_id, decided_at,
                                                            decided_by_user_id)
                    values (:first, :second, :now, :user)""").param("first", a.id()).param("second", b.id()).param(
                    "now", Timestamp.from(now)).param("user", user.id()).update();
            audit.record(AuditEvent.of("VICTIMS_KEPT_APART", "victim", a.id()).with("first", a.reference()).with(
                    "second", b.reference()));
            return null;
        }
        Victim survivor = a.identifiedBefore(b) ? a : b;
        Victim merged = survivor == a ? b : a;
        merged.mergeInto(survivor, now);
        victims.save(merged);
        VictimMerge merge = merges.save(VictimMerge.of(survivor, merged, user.id(), now));
        audit.record(AuditEvent.of("VICTIMS_MERGED", "victim", merged.id()).with("survivor", survivor.reference())
                .with("merged", merged.reference()));
        return merge.id();
    }

    /**
     * Undoes a merge of records in the reviewer's scope: the merged record counts its situation on its own again, and
     * the pair awaits a decision again.
     */
    @Requires(Permission.LINKAGE_REVIEW)
    @Transactional
    public void undo(long mergeId) {
        VictimMerge merge = merges.findById(mergeId).orElseThrow(() -> new NotFoundException(
                "victim.merge.error.not-found"));
        QorgauUser user = QorgauUser.required();
        if (!pairs.inScope(user, merge.survivorId(), merge.mergedId())) {
            throw new NotFoundException("victim.merge.error.not-found");
        }
        Instant now = clock.instant();
        merge.undo(user.id(), now);
        Victim merged = load(merge.mergedId());
        Victim survivor = load(merge.survivorId());
        merged.separateFrom(survivor.id(), now);
        victims.save(merged);
        merges.save(merge);
        audit.record(AuditEvent.of("VICTIMS_UNMERGED", "victim", merged.id()).with("survivor", survivor.reference())
                .with("merged", merged.reference()));
    }

    private Victim load(long id) {
        return victims.findById(id).orElseThrow(() -> new NotFoundException("victim.merge.error.not-found"));
    }
}
