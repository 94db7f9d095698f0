package kz.qorgau.persons;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.audit.AuditEvent;
import kz.qorgau.audit.AuditTrail;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.linkage.LinkageModel;
import kz.qorgau.linkage.PairExplanation;
import kz.qorgau.organisations.OrganisationRegistry;
import kz.qorgau.organisations.OrganisationSummary;
import kz.qorgau.shared.RuleViolationException;
import kz.qorgau.shared.InvalidValueException;
import kz.qorgau.shared.NotFoundException;
import kz.qorgau.shared.PageResponse;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;
import java.util.Locale;

/**
 * The review of possible duplicates ({@link PersonLinkage}) by the supervisors of the records' owners: a pair is in
 * a reviewer's queue when the reviewer's regions cover the organisations that registered both persons (a national
 * organisation's only for a reviewer of national scope). The pair view shows how far each field agrees, with its
 * weight, and who registered each side: never a value of either side. A reviewer decides:
 * <ul>
 * <li>same person: the later record is merged into the earlier (the roots of their chains, when either was merged
 * before). Every record that names the merged id keeps it; the statistics count the root. Nothing is opened by it:
 * each record still grants what it granted for the person it names. Undone by {@link #unmerge}.</li>
 * <li>different persons: remembered, the pair is never proposed again;</li>
 * <li>unsure: the pair stays in the queue, marked.</li>
 * </ul>
 * Every decision is audited with the pseudonyms, never with personal data.
 */
@Service
public class DuplicateReview {

    /** The queue reads at most this many proposed pairs, the most probable first. */
    static final int QUEUE_LIMIT = 2_000;

    /** A reviewer's decision on a pair. */
    public enum Decision {
        SAME, DIFFERENT, UNSURE
    }

    /** A side of a pair: the pseudonymous person and the organisation that registered them. */
    public record Side(PersonSummary person, OrganisationSummary registeredBy, boolean maySee, boolean merged) {
    }

    /** A pair in the queue or on its page. */
    public record Pair(long id, Side first, Side second, double probability, String status,
            PairExplanation explanation) {

        public boolean unsure() {
            return "UNSURE".equals(status);
        }

        /** Whether the model calls it a match (not only a possible one). */
        public boolean likely() {
            return explanation.decision() == PairExplanation.Decision.MATCH;
        }
    }

    /** A merge, as the list of merges shows it. */
    public record Merge(long id, long duplicateId, Side survivor, Side merged, Instant mergedAt, Instant undoneAt) {

        public boolean active() {
            return undoneAt == null;
        }
    }

    private record Row(long id, long first, long second, List<Integer> levels, double probability, String status) {
    }

    private final JdbcClient jdbc;
    private final PersonLinkage linkage;
    private final Persons persons;
    private final PersonRegistry registry;
    private final OrganisationRegistry organisations;
    private final AuditTrail audit;
    private final Clock clock;
    private final MergedPersons merged;

    DuplicateReview(JdbcClient jdbc, PersonLinkage linkage, Persons persons, PersonRegistry registry,
            OrganisationRegistry organisations, AuditTrail audit, Clock clock, MergedPersons merged) {
        this.jdbc = jdbc;
        this.merged = merged;
        this.linkage = linkage;
        this.persons = persons;
        this.registry = registry;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The proposed pairs awaiting a decision (open or unsure) in the reviewer's scope, the most probable first; with a
     * pseudonym, only the pairs of which it names a side.
     */
    @Requires(Permission.LINKAGE_REVIEW)
    @Transactional(readOnly = true)
    public PageResponse<Pair> queue(Pageable pageable, String pseudonym) {
        String wanted = pseudonym == null || pseudonym.isBlank() ? null : pseudonym.strip().toUpperCase(Locale.ROOT);
        List<Row> rows = jdbc.sql("""
                select id, first_person_id, second_person_id, levels, probability, status from persons_duplicate
                where status in ('OPEN', 'UNSURE') and proposed
                order by status, probability desc, id
                limit :limit""").param("limit", QUEUE_LIMIT).query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2),
                rs.getLong(3), PersonLinkage.pattern(rs.getArray(4)), rs.getDouble(5), rs.getString(6))).list();
        List<Long> ids = ids(rows);
        Map<Long, Long> roots = roots(ids);
        List<Row> awaiting = new ArrayList<>();
        Map<Long, Person> loaded = load(ids);
        Map<Long, OrganisationSummary> registrants = registrants(loaded.values());
        QorgauUser user = QorgauUser.required();
        for (Row row : rows) {
            if (!roots.get(row.first()).equals(roots.get(row.second())) && inScope(user, loaded.get(row.first()),
                    loaded.get(row.second()), registrants) && (wanted == null || wanted.equals(loaded.get(row.first())
                            .pseudonym()) || wanted.equals(loaded.get(row.second()).pseudonym()))) {
                awaiting.add(row);
            }
        }
        int from = (int) Math.min(pageable.getOffset(), awaiting.size());
        int to = Math.min(from + pageable.getPageSize(), awaiting.size());
        LinkageModel model = linkage.model();
        List<Row> shown = awaiting.subList(from, to);
        Map<Long, List<String>> shared = linkage.shared(shown.stream().map(Row::first).toList());
        List<Pair> page = shown.stream().map(row -> pair(row, model, shared.get(row.first()), loaded, registrants,
                roots)).toList();
        return PageResponse.of(page, pageable, awaiting.size());
    }

    /** A pair in the reviewer's scope, with the explanation of its score; otherwise not found. */
    @Requires(Permission.LINKAGE_REVIEW)
    @Transactional(readOnly = true)
    public Pair pair(long id) {
        Row row = row(id);
        Map<Long, Person> loaded = load(List.of(row.first(), row.second()));
        Map<Long, OrganisationSummary> registrants = registrants(loaded.values());
        if (!inScope(QorgauUser.required(), loaded.get(row.first()), loaded.get(row.second()), registrants)) {
            throw new NotFoundException("duplicate.error.not-found");
        }
        return pair(row, linkage.model(), linkage.shared(List.of(row.first())).get(row.first()), loaded, registrants,
                roots(List.of(row.first(), row.second())));
    }

    /** Records the decision on a pair awaiting one; same person merges the two. */
    @Requires(Permission.LINKAGE_REVIEW)
    @Transactional
    public void decide(long id, Decision decision) {
        Pair pair = pair(id);
        if (decision == null) {
            throw new InvalidValueException("duplicate.error.decision-required");
        }
        if (!pair.status().equals("OPEN") && !pair.status().equals("UNSURE")) {
            throw new RuleViolationException("duplicate.error.decided");
        }
        long first = pair.first().person().id().value();
        long second = pair.second().person().id().value();
        Map<Long, Long> roots = roots(List.of(first, second));
        if (roots.get(first).equals(roots.get(second))) {
            throw new RuleViolationException("duplicate.error.decided");
        }
        QorgauUser user = QorgauUser.required();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                update persons_duplicate set status = :status, decided_by_user_id = :user, decided_at = :now
                where id = :id""").param("status", decision.name()).param("user", user.id()).param("now", now)
                .param("id", id).update();
        AuditEvent event = switch (decision) {
            case SAME -> merge(id, roots.get(first), roots.get(second), user, now);
            case DIFFERENT -> AuditEvent.of("PERSONS_KEPT_APART", "duplicate", id);
            case UNSURE -> AuditEvent.of("PERSONS_UNSURE", "duplicate", id);
        };
        audit.record(event.with("first", pair.first().person().pseudonym()).with("second", pair.second().person()
                .pseudonym()).with("probability", String.format(Locale.ROOT, "%.4f", pair
                        .probability())));
    }

    /** The merges of persons in the reviewer's scope, the latest first. */
    @Requires(Permission.LINKAGE_REVIEW)
    @Transactional(readOnly = true)
    public PageResponse<Merge> merges(Pageable pageable) {
        record MergeRow(long id, long duplicate, long survivor, long merged, Instant at, Instant undone) {
        }
        List<MergeRow> rows = jdbc.sql("""
                select id, duplicate_id, survivor_id, merged_id, merged_at, undone_at from persons_merge
                order by merged_at desc, id desc limit :limit""").param("limit", QUEUE_LIMIT).query((rs,
                n) -> new MergeRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getTimestamp(5)
                        .toInstant(), rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant())).list();
        Set<Long> ids = new HashSet<>();
        rows.forEach(row -> {
            ids.add(row.survivor());
            ids.add(row.merged());
        });
        Map<Long, Person> loaded = load(ids);
        Map<Long, OrganisationSummary> registrants = registrants(loaded.values());
        QorgauUser user = QorgauUser.required();
        List<Merge> merges = rows.stream().filter(row -> inScope(user, loaded.get(row.survivor()), loaded.get(row
                .merged()), registrants)).map(row -> new Merge(row.id(), row.duplicate(), side(loaded.get(row
                        .survivor()), registrants, false), side(loaded.get(row.merged()), registrants, true), row
                                .at(), row.undone())).toList();
        int from = (int) Math.min(pageable.getOffset(), merges.size());
        int to = Math.min(from + pageable.getPageSize(), merges.size());
        return PageResponse.of(merges.subList(from, to), pageable, merges.size());
    }

    /**
     * Undoes a merge in the reviewer's scope: the merged person counts on their own again (with whatever was merged
     * into them), and the pair awaits a decision again.
     */
    @Requires(Permission.LINKAGE_REVIEW)
    @Transactional
    public void unmerge(long mergeId) {
        record Active(long duplicate, long survivor, long merged, boolean undone) {
        }
        Active merge = jdbc.sql("select duplicate_id, survivor_id, merged_id, undone_at is not null from persons_merge"
                + " where id = :id").param("id", mergeId).query((rs, n) -> new Active(rs.getLong(1), rs.getLong(2), rs
                        .getLong(3), rs.getBoolean(4))).optional().orElseThrow(() -> new NotFoundException(
                                "duplicate.error.not-found"));
        Map<Long, Person> loaded = load(List.of(merge.survivor(), merge.merged()));
        QorgauUser user = QorgauUser.required();
        if (!inScope(user, loaded.get(merge.survivor()), loaded.get(merge.merged()), registrants(loaded.values()))) {
            throw new NotFoundException("duplicate.error.not-found");
        }
        if (merge.undone()) {
            throw new RuleViolationException("duplicate.error.undone");
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("update persons_merge set undone_at = :now, undone_by_user_id = :user where id = :id")
                .param("now", now).param("user", user.id()).param("id", mergeId).update();
        jdbc.sql("update persons_person set merged_into_id = null where id = :merged and merged_into_id = :survivor")
                .param("merged", merge.merged()).param("survivor", merge.survivor()).update();
        jdbc.sql("update persons_duplicate set status = 'OPEN', decided_by_user_id = null, decided_at = null"
                + " where id = :id").param("id", merge.duplicate()).update();
        audit.record(AuditEvent.of("PERSONS_UNMERGED", "duplicate", merge.duplicate()).with("survivor", loaded.get(
                merge.survivor()).pseudonym()).with("merged", loaded.get(merge.merged()).pseudonym()));
    }

    private AuditEvent merge(long duplicate, long firstRoot, long secondRoot, QorgauUser user, Timestamp now) {
        long survivor = Math.min(firstRoot, secondRoot);
        long merged = Math.max(firstRoot, secondRoot);
        jdbc.sql("""
                insert into persons_merge (duplicate_id, survivor_id, merged_id, merged_at, merged_by_user_id)
                values (:duplicate, :survivor, :merged, :now, :user)""").param("duplicate", duplicate)
                .param("survivor", survivor).param("merged", merged).param("now", now).param("user", user.id())
                .update();
        jdbc.sql("update persons_person set merged_into_id = :survivor where id = :merged and merged_into_id is null")
                .param("survivor", survivor).param("merged", merged).update();
        return AuditEvent.of("PERSONS_MERGED", "duplicate", duplicate);
    }

    private Pair pair(Row row, LinkageModel model, List<String> shared, Map<Long, Person> loaded,
            Map<Long, OrganisationSummary> registrants, Map<Long, Long> roots) {
        Person first = loaded.get(row.first());
        Person second = loaded.get(row.second());
        PairExplanation explanation = model.explain(first.pseudonym(), second.pseudonym(), PersonLinkage.levels(row
                .levels()), shared);
        return new Pair(row.id(), side(first, registrants, !roots.get(row.first()).equals(row.first())), side(second,
                registrants, !roots.get(row.second()).equals(row.second())), explanation.probability(), row.status(),
                explanation);
    }

    private Side side(Person person, Map<Long, OrganisationSummary> registrants, boolean merged) {
        return new Side(person.summary(), registrants.get(person.registeredByOrganisationId()), registry.maySee(
                new PersonId(person.id())), merged);
    }

    private Row row(long id) {
        return jdbc.sql("select id, first_person_id, second_person_id, levels, probability, status"
                + " from persons_duplicate where id = :id").param("id", id).query((rs, n) -> new Row(rs.getLong(1), rs
                        .getLong(2), rs.getLong(3), PersonLinkage.pattern(rs.getArray(4)), rs.getDouble(5), rs
                                .getString(6))).optional().orElseThrow(() -> new NotFoundException(
                                        "duplicate.error.not-found"));
    }

    /**
     * Whether the reviewer's regions cover the organisations that registered both persons; an organisation without a
     * region (a national one, a consulate) only a reviewer of national scope.
     */
    private static boolean inScope(QorgauUser user, Person first, Person second,
            Map<Long, OrganisationSummary> registrants) {
        return covers(user, registrants.get(first.registeredByOrganisationId())) && covers(user, registrants.get(second
                .registeredByOrganisationId()));
    }

    private static boolean covers(QorgauUser user, OrganisationSummary organisation) {
        return user.nationalScope() || organisation != null && organisation.region() != null && user.covers(
                organisation.region());
    }

    private Map<Long, Person> load(Collection<Long> ids) {
        Map<Long, Person> loaded = new HashMap<>();
        persons.findAllById(ids).forEach(person -> loaded.put(person.id(), person));
        return loaded;
    }

    private Map<Long, OrganisationSummary> registrants(Collection<Person> people) {
        return organisations.findAll(people.stream().map(Person::registeredByOrganisationId).distinct().toList());
    }

    /** The root of each person's chain of merges (the person counted). */
    private Map<Long, Long> roots(Collection<Long> ids) {
        return merged.rootsOf(ids);
    }

    private static List<Long> ids(List<Row> rows) {
        Set<Long> ids = new HashSet<>();
        rows.forEach(row -> {
            ids.add(row.first());
            ids.add(row.second());
        });
        return List.copyOf(ids);
    }
}
