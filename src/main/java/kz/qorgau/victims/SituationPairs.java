package kz.qorgau.victims;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.identity.QorgauUser;
import kz.qorgau.organisations.OrganisationRegistry;
import kz.qorgau.organisations.OrganisationSummary;
import kz.qorgau.persons.MergedPersons;
import kz.qorgau.persons.PersonId;
import kz.qorgau.shared.NotFoundException;
import kz.qorgau.shared.PageResponse;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;
import kz.qorgau.victims.SituationAspect.Agreement;

/**
 * What the review of one situation recorded twice reads ({@link SituationReview} decides): the pairs of victim records
 * of one person (the root of the person registry's merges, {@link MergedPersons}), both identified and neither merged,
 * that await a decision; a pair's page; the merges made. A pair is in a reviewer's scope when the reviewer's regions
 * cover the organisations that registered both records (a national organisation's, such as a consulate's, only a
 * reviewer of national scope), as in the person registry's review; outside it a pair does not exist. Of each record
 * only its reference and registering organisation are shown, and per {@link SituationAspect} whether the two agree:
 * never a value, since the reviewer may be allowed to read neither record.
 */
@Service
public class SituationPairs {

    /** The queue and the list of merges hold at most this many. */
    static final int LIMIT = 2_000;

    /** The ids asked of the database at once. */
    private static final int CHUNK = 1_000;

    /** Where a pair stands. */
    public enum State {
        AWAITING, DIFFERENT, MERGED
    }

    /**
     * A record of a pair: its reference, the organisation that registered it, whether it is merged into another record,
     * and whether the reviewer may open it anyway (the record's own scope, which the review never widens).
     */
    public record Side(long id, String reference, OrganisationSummary registeredBy, boolean merged, boolean maySee) {
    }

    /** Two records of one person, the lower id first, with how far they agree on each aspect. */
    public record Pair(Side first, Side second, Map<SituationAspect, Agreement> aspects, State state) {

        public Pair {
            aspects = new EnumMap<>(aspects);
        }

        public boolean awaiting() {
            return state == State.AWAITING;
        }

        /** The aspects on which the records agree. */
        public long agreements() {
            return aspects.values().stream().filter(Agreement.AGREE::equals).count();
        }
    }

    /** A merge, as the list of merges shows it; samePerson false once the two records no longer name one person. */
    public record Merge(long id, Side survivor, Side merged, Instant mergedAt, Instant undoneAt, boolean samePerson) {

        public boolean active() {
            return undoneAt == null;
        }
    }

    /** What the review reads of a record. */
    record Known(long id, String reference, Long personId, long registeredBy, Long mergedInto,
            SituationAspect.Facts facts) {

        boolean identified() {
            return facts.identifiedOn() != null;
        }
    }

    private final JdbcClient jdbc;
    private final MergedPersons persons;
    private final OrganisationRegistry organisations;
    private final Victims victims;
    private final VictimScope scope;

    SituationPairs(JdbcClient jdbc, MergedPersons persons, OrganisationRegistry organisations, Victims victims,
            VictimScope scope) {
        this.jdbc = jdbc;
        this.persons = persons;
        this.organisations = organisations;
        this.victims = victims;
        this.scope = scope;
    }

    /**
     * The pairs in the reviewer's scope awaiting a decision: those on which the records agree most first, then the
     * latest records.
     */
    @Requires(Permission.LINKAGE_REVIEW)
    @Transactional(readOnly = true)
    public PageResponse<Pair> queue(Pageable pageable) {
        record Candidate(long id, long personId, long registeredBy) {
        }
        List<Candidate> candidates = jdbc.sql("""
                select v.id, v.person_id, v.registered_by_organisation_id from victims_victim v
                where v.merged_into_id is null and v.person_id is not null
                  and exists (select 1 from victims_status s
                              where s.victim_id = v.id and s.status in ('PRESUMED', 'CONFIRMED'))""")
                .query((rs, n) -> new Candidate(rs.getLong(1), rs.getLong(2), rs.getLong(3))).list();
        Map<PersonId, PersonId> roots = persons.roots(candidates.stream().map(c -> new PersonId(c.personId()))
                .toList());
        Map<PersonId, List<Candidate>> byPerson = new LinkedHashMap<>();
        for (Candidate candidate : candidates) {
            PersonId root = roots.get(new PersonId(candidate.personId()));
            if (root != null) {
                byPerson.computeIfAbsent(root, key -> new ArrayList<>()).add(candidate);
            }
        }
        byPerson.values().removeIf(group -> group.size() < 2);
        Map<Long, OrganisationSummary> registrants = organisations.findAll(byPerson.values().stream().flatMap(
                List::stream).map(Candidate::registeredBy).distinct().toList());
        QorgauUser user = QorgauUser.required();
        List<long[]> pairs = new ArrayList<>();
        for (List<Candidate> group : byPerson.values()) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    Candidate a = group.get(i);
                    Candidate b = group.get(j);
                    if (covers(user, registrants.get(a.registeredBy())) && covers(user, registrants.get(b
                            .registeredBy()))) {
                        pairs.add(new long[]{ Math.min(a.id(), b.id()), Math.max(a.id(), b.id()) });
                    }
                }
            }
        }
        Set<List<Long>> apart = keptApart(pairs.stream().map(pair -> pair[0]).collect(Collectors.toSet()));
        pairs.removeIf(pair -> apart.contains(List.of(pair[0], pair[1])));
        pairs.sort(Comparator.comparingLong((long[] pair) -> pair[1]).reversed());
        List<long[]> limited = pairs.subList(0, Math.min(pairs.size(), LIMIT));
        Map<Long, Known> known = known(limited.stream().flatMapToLong(LongStream::of).boxed().collect(Collectors
                .toSet()));
        record Compared(Known first, Known second, Map<SituationAspect, Agreement> aspects, long agreements) {
        }
        List<Compared> awaiting = limited.stream().map(pair -> {
            Map<SituationAspect, Agreement> aspects = compare(known.get(pair[0]), known.get(pair[1]));
            return new Compared(known.get(pair[0]), known.get(pair[1]), aspects, aspects.values().stream().filter(
                    Agreement.AGREE::equals).count());
        }).sorted(Comparator.comparingLong(Compared::agreements).reversed()).toList();
        int from = (int) Math.min(pageable.getOffset(), awaiting.size());
        int to = Math.min(from + pageable.getPageSize(), awaiting.size());
        List<Pair> page = awaiting.subList(from, to).stream().map(pair -> new Pair(side(pair.first(), registrants,
                user), side(pair.second(), registrants, user), pair.aspects(), State.AWAITING)).toList();
        return PageResponse.of(page, pageable, awaiting.size());
    }

    /**
     * Two records of one person, both identified, in the reviewer's scope, with how far they agree and where the pair
     * stands; otherwise not found (whichever way round the ids are given).
     */
    @Requires(Permission.LINKAGE_REVIEW)
    @Transactional(readOnly = true)
    public Pair pair(long first, long second) {
        long lower = Math.min(first, second);
        long higher = Math.max(first, second);
        Map<Long, Known> known = known(List.of(lower, higher));
        Known a = known.get(lower);
        Known b = known.get(higher);
        if (a == null || b == null || lower == higher) {
            throw new NotFoundException("victim.merge.error.not-found");
        }
        Map<Long, OrganisationSummary> registrants = organisations.findAll(List.of(a.registeredBy(), b
                .registeredBy()));
        QorgauUser user = QorgauUser.required();
        if (!covers(user, registrants.get(a.registeredBy())) || !covers(user, registrants.get(b.registeredBy()))
                || !samePerson(a, b) || !a.identified() || !b.identified()) {
            throw new NotFoundException("victim.merge.error.not-found");
        }
        State state = a.mergedInto() != null || b.mergedInto() != null ? State.MERGED
                : keptApart(Set.of(lower)).contains(List.of(lower, higher)) ? State.DIFFERENT : State.AWAITING;
        return new Pair(side(a, registrants, user), side(b, registrants, user), compare(a, b), state);
    }

    /** The merges of records in the reviewer's scope, the latest first, undone ones included. */
    @Requires(Permission.LINKAGE_REVIEW)
    @Transactional(readOnly = true)
    public PageResponse<Merge> merges(Pageable pageable) {
        record Row(long id, long survivor, long merged, Instant at, Instant undone) {
        }
        List<Row> rows = jdbc.sql("""
                select id, survivor_id, merged_id, merged_at, undone_at from victims_merge
                order by merged_at desc, id desc limit :limit""").param("limit", LIMIT).query((rs, n) -> new Row(rs
                .getLong(1), rs.getLong(2), rs.getLong(3), rs.getTimestamp(4).toInstant(), rs.getTimestamp(5) == null
                        ? null : rs.getTimestamp(5).toInstant())).list();
        Set<Long> ids = new HashSet<>();
        rows.forEach(row -> {
            ids.add(row.survivor());
            ids.add(row.merged());
        });
        Map<Long, Known> known = known(ids);
        Map<Long, OrganisationSummary> registrants = organisations.findAll(known.values().stream().map(
                Known::registeredBy).distinct().toList());
        QorgauUser user = QorgauUser.required();
        List<Row> inScope = rows.stream().filter(row -> inScope(user, known.get(row.survivor()), known.get(row
                .merged()), registrants)).toList();
        int from = (int) Math.min(pageable.getOffset(), inScope.size());
        int to = Math.min(from + pageable.getPageSize(), inScope.size());
        List<Row> page = inScope.subList(from, to);
        Map<PersonId, PersonId> roots = persons.roots(page.stream().flatMap(row -> Stream.of(known
                .get(row.survivor()), known.get(row.merged()))).map(Known::personId).filter(Objects::nonNull).map(
                        PersonId::new).toList());
        return PageResponse.of(page.stream().map(row -> {
            Known survivor = known.get(row.survivor());
            Known merged = known.get(row.merged());
            return new Merge(row.id(), side(survivor, registrants, user), side(merged, registrants, user), row.at(),
                    row.undone(), samePerson(survivor, merged, roots));
        }).toList(), pageable, inScope.size());
    }

    /** Whether the reviewer's scope covers both records (a record that does not exist, never). */
    boolean inScope(QorgauUser user, long first, long second) {
        Map<Long, Known> known = known(List.of(first, second));
        Known a = known.get(first);
        Known b = known.get(second);
        if (a == null || b == null) {
            return false;
        }
        return inScope(user, a, b, organisations.findAll(List.of(a.registeredBy(), b.registeredBy())));
    }

    private static boolean inScope(QorgauUser user, Known first, Known second,
            Map<Long, OrganisationSummary> registrants) {
        return first != null && second != null && covers(user, registrants.get(first.registeredBy())) && covers(user,
                registrants.get(second.registeredBy()));
    }

    /**
     * Whether the reviewer's regions cover the organisation; an organisation without a region (a national one, a
     * consulate) only a reviewer of national scope.
     */
    private static boolean covers(QorgauUser user, OrganisationSummary organisation) {
        return user.nationalScope() || organisation != null && organisation.region() != null && user.covers(
                organisation.region());
    }

    private static Map<SituationAspect, Agreement> compare(Known first, Known second) {
        Map<SituationAspect, Agreement> aspects = new EnumMap<>(SituationAspect.class);
        for (SituationAspect aspect : SituationAspect.values()) {
            aspects.put(aspect, aspect.of(first.facts(), second.facts()));
        }
        return aspects;
    }

    private Side side(Known record, Map<Long, OrganisationSummary> registrants, QorgauUser user) {
        boolean maySee = user.may(Permission.VICTIMS) && victims.findById(record.id()).map(victim -> scope.sees(user,
                victim)).orElse(false);
        return new Side(record.id(), record.reference(), registrants.get(record.registeredBy()), record
                .mergedInto() != null, maySee);
    }

    private boolean samePerson(Known first, Known second) {
        if (first.personId() == null || second.personId() == null) {
            return false;
        }
        return samePerson(first, second, persons.roots(List.of(new PersonId(first.personId()), new PersonId(second
                .personId()))));
    }

    private static boolean samePerson(Known first, Known second, Map<PersonId, PersonId> roots) {
        if (first.personId() == null || second.personId() == null) {
            return false;
        }
        PersonId a = roots.get(new PersonId(first.personId()));
        return a != null && a.equals(roots.get(new PersonId(second.personId())));
    }

    /** The pairs decided to be different situations among those whose lower id is one of these. */
    private Set<List<Long>> keptApart(Collection<Long> lowerIds) {
        Set<List<Long>> apart = new HashSet<>();
        List<Long> ids = List.copyOf(lowerIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            jdbc.sql("select first_victim_id, second_victim_id from victims_distinct_situation"
                    + " where first_victim_id in (:ids)").param("ids", ids.subList(from, Math.min(from + CHUNK, ids
                            .size()))).query(rs -> {
                                apart.add(List.of(rs.getLong(1), rs.getLong(2)));
                            });
        }
        return apart;
    }

    /** What the review reads of these records, by id; an id of no record is left out. */
    Map<Long, Known> known(Collection<Long> wanted) {
        Map<Long, Known> known = new HashMap<>();
        List<Long> ids = List.copyOf(wanted);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            jdbc.sql("""
                    select v.id, v.reference, v.person_id, v.registered_by_organisation_id, v.merged_into_id,
                           v.region_code,
                           (select min(s.decided_on) from victims_status s
                            where s.victim_id = v.id and s.status in ('PRESUMED', 'CONFIRMED')),
                           array(select cast(f.form as varchar) from victims_form f where f.victim_id = v.id),
                           array(select cast(c.country_code as varchar) from victims_country c
                                 where c.victim_id = v.id and c.role = 'EXPLOITATION')
                    from victims_victim v where v.id in (:ids)""").param("ids", ids.subList(from, Math.min(from
                    + CHUNK, ids.size()))).query(rs -> {
                        Known record = known(rs);
                        known.put(record.id(), record);
                    });
        }
        return known;
    }

    private static Known known(ResultSet rs) throws SQLException {
        LocalDate identifiedOn = rs.getObject(7, LocalDate.class);
        return new Known(rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class), rs.getLong(4), rs.getObject(5,
                Long.class), new SituationAspect.Facts(identifiedOn, strings(rs.getArray(8)), strings(rs.getArray(
                        9)), rs.getString(6)));
    }

    private static Set<String> strings(Array array) throws SQLException {
        return array == null ? Set.of() : Set.copyOf(Arrays.asList((String[]) array.getArray()));
    }
}
