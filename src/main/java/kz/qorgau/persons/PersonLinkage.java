package kz.qorgau.persons;

import java.sql.Array;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.stereotype.Component;

import kz.qorgau.linkage.AgreementLevel;
import kz.qorgau.linkage.FieldComparator;
import kz.qorgau.linkage.LinkageModel;
import kz.qorgau.linkage.NameFolding;
import kz.qorgau.linkage.PairExplanation;
import kz.qorgau.linkage.PhoneticKey;
import kz.qorgau.linkage.Thresholds;
import kz.qorgau.shared.CountryCode;
import kz.qorgau.system.FieldEncryption;
import java.sql.SQLException;

/**
 * Linkage in the registry: when a person is saved, their matching features (names folded to one Latin form,
 * phonetic keys, the date of birth) are stored only as keys (HMAC under the blind-index key, kinds {@link Key}); the
 * persons who share a blocking key with them are the candidates; each candidate is compared field by field right
 * there, where the plaintext is (the candidate's sealed names opened in memory, never shown, never stored), and only
 * the pair's agreement levels are kept ({@code persons_duplicate}). Then the Fellegi–Sunter model is fitted by EM on
 * every stored pair's levels ({@link LinkageModel#fitted}) and every pair is scored again: those that reach a possible
 * match are proposed to the reviewers ({@link DuplicateReview}).
 * <p>
 * Nothing here opens a record to anyone: a pair names two pseudonymous persons and how far their fields agree.
 */
@Component
class PersonLinkage {

    /** Kinds of stored keys: exact features (for u) and blocking keys (for candidates). */
    enum Key {
        SURNAME, GIVEN_NAME, BIRTH_DATE, SURNAME_SOUND_YEAR, NAMES_SOUND, GIVEN_SOUND_DATE;

        static final List<Key> BLOCKING = List.of(SURNAME_SOUND_YEAR, NAMES_SOUND, GIVEN_SOUND_DATE);

        String kind() {
            return "LINKAGE_" + name();
        }
    }

    /**
     * The compared fields, in the order of a pair's levels. Not sex: a given name all but says it, and EM, which takes
     * the fields as independent of each other within matches and within non-matches, then splits the pairs by sex
     * instead of by person (the candidates are found by their names).
     */
    static final List<String> FIELDS = List.of("surname", "givenName", "birthDate", "citizenship", "document");
    static final List<FieldComparator> COMPARATORS = List.of(FieldComparator.jaroWinkler(), FieldComparator
            .jaroWinkler(), FieldComparator.birthDate(), FieldComparator.exact(), FieldComparator.exact());
    /** The fields no blocking key is made of: EM tells matches from non-matches by them ({@link LinkageModel#fitted}). */
    static final Set<String> CLASS_FIELDS = Set.of("birthDate", "citizenship", "document");
    /** At most this many candidates per save: a common name with a common year must not compare the registry. */
    static final int MAX_CANDIDATES = 200;
    static final Thresholds THRESHOLDS = Thresholds.DEFAULT;
    /** The transaction lock that serialises re-scoring (an arbitrary key of this purpose). */
    static final long LOCK = 18_0001L;
    /** The transaction resource of a transaction that re-scores at commit: whether a re-scoring is due. */
    private static final Object DEFERRED = new Object();
    /** How long the start of u is reused: the frequencies of keys move slowly, and EM converges from near them. */
    static final Duration STARTING_U_VALIDITY = Duration.ofMinutes(5);

    private final JdbcClient jdbc;
    private final FieldEncryption encryption;
    private final Persons persons;
    private final Clock clock;
    /** The start of u, computed at most once a {@link #STARTING_U_VALIDITY}: only where EM starts depends on it. */
    private volatile StartingU startingU;

    PersonLinkage(JdbcClient jdbc, FieldEncryption encryption, Persons persons, Clock clock) {
        this.jdbc = jdbc;
        this.encryption = encryption;
        this.persons = persons;
        this.clock = clock;
    }

    /** The features of one person, folded, in memory only. */
    record Features(String surname, String givenName, String birthDate, Set<String> citizenships,
            Set<String> documents) {

        static Features of(PersonDetails details, Set<String> documents) {
            LocalDate date = details.birthDate();
            return new Features(NameFolding.surname(details.surname()), NameFolding.givenName(details.givenName()),
                    date == null ? "" : date.toString().replace("-", ""), details.citizenships()
                            .stream().map(CountryCode::value).collect(Collectors.toSet()), documents);
        }

        /** The level index of each field against another person's features; -1 where either side lacks a value. */
        int[] compare(Features other) {
            int[] levels = new int[FIELDS.size()];
            levels[0] = level(0, surname, other.surname);
            levels[1] = level(1, givenName, other.givenName);
            levels[2] = level(2, birthDate, other.birthDate);
            levels[3] = citizenships.isEmpty() || other.citizenships.isEmpty() ? -1 : shares(citizenships,
                    other.citizenships);
            levels[4] = documents.isEmpty() || other.documents.isEmpty() ? -1 : shares(documents, other.documents);
            return levels;
        }

        /** The stored keys: folded forms, the date, and the blocking keys. */
        Map<Key, String> keys() {
            Map<Key, String> keys = new LinkedHashMap<>();
            String surnameSound = PhoneticKey.of(surname);
            String givenSound = PhoneticKey.of(givenName);
            put(keys, Key.SURNAME, surname);
            put(keys, Key.GIVEN_NAME, givenName);
            put(keys, Key.BIRTH_DATE, birthDate);
            if (!surnameSound.isEmpty() && birthDate.length() == 8) {
                keys.put(Key.SURNAME_SOUND_YEAR, surnameSound + "|" + birthDate.substring(0, 4));
            }
            if (!surnameSound.isEmpty() && !givenSound.isEmpty()) {
                // either order: the given name and the surname are swapped in some registrations
                keys.put(Key.NAMES_SOUND, surnameSound.compareTo(givenSound) < 0 ? surnameSound + "|" + givenSound
                        : givenSound + "|" + surnameSound);
            }
            if (!givenSound.isEmpty() && birthDate.length() == 8) {
                // the day and the month in either order: they are swapped in some registrations
                String day = birthDate.substring(6, 8);
                String month = birthDate.substring(4, 6);
                keys.put(Key.GIVEN_SOUND_DATE, givenSound + "|" + birthDate.substring(0, 4) + "|" + (day.compareTo(
                        month) < 0 ? day + month : month + day));
            }
            return keys;
        }

        private static void put(Map<Key, String> keys, Key key, String value) {
            if (!value.isEmpty()) {
                keys.put(key, value);
            }
        }

        private static int level(int field, String a, String b) {
            if (a.isEmpty() || b.isEmpty()) {
                return -1;
            }
            FieldComparator comparator = COMPARATORS.get(field);
            return comparator.levels().indexOf(comparator.compare(a, b));
        }

        private static int shares(Set<String> a, Set<String> b) {
            return a.stream().anyMatch(b::contains) ? 1 : 0;
        }
    }

    /**
     * Stores the person's keys and compares them with the candidates their blocking keys find; then fits the model
     * again and scores every pair. Runs in the caller's transaction, where the details are at hand.
     */
    void index(Person person, PersonDetails details) {
        // one save at a time re-scores the pairs: two at once would update the same rows in different orders
        jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", LOCK).query(rs -> {
        });
        long id = person.id();
        Features features = Features.of(details, person.documentKeys());
        jdbc.sql("delete from persons_linkage_key where person_id = :id").param("id", id).update();
        // the person's keys in one statement (an import saves many persons, each a round trip less per key)
        List<String> kinds = new ArrayList<>();
        List<String> values = new ArrayList<>();
        features.keys().forEach((key, value) -> {
            kinds.add(key.name());
            values.add(encryption.blindIndex(key.kind(), value));
        });
        if (!kinds.isEmpty()) {
            jdbc.sql("""
                    insert into persons_linkage_key (person_id, kind, value)
                    select :id, kind, value from unnest(cast(:kinds as varchar[]), cast(:values as varchar[]))
                        as key (kind, value)""").param("id", id).param("kinds", kinds.toArray(String[]::new))
                    .param("values", values.toArray(String[]::new)).update();
        }
        Set<Long> candidates = new LinkedHashSet<>(jdbc.sql("""
                select distinct other.person_id
                from persons_linkage_key own
                join persons_linkage_key other on other.kind = own.kind and other.value = own.value
                where own.person_id = :id and other.person_id <> :id and own.kind in (:blocking)
                union
                select distinct other.person_id
                from persons_document own
                join persons_document other on other.kind = own.kind and other.blind_index = own.blind_index
                where own.person_id = :id and other.person_id <> :id
                limit :limit""").param("id", id).param("blocking", Key.BLOCKING.stream().map(Key::name).toList())
                .param("limit", MAX_CANDIDATES).query(Long.class).list());
        Timestamp now = Timestamp.from(clock.instant());
        // every candidate's pair in one statement: its levels new or changed, or nothing
        List<Long> firsts = new ArrayList<>();
        List<Long> seconds = new ArrayList<>();
        List<String> levels = new ArrayList<>();
        for (Person candidate : persons.findAllById(candidates)) {
            firsts.add(Math.min(id, candidate.id()));
            seconds.add(Math.max(id, candidate.id()));
            levels.add(literal(features.compare(Features.of(candidate.details(encryption), candidate
                    .documentKeys()))));
        }
        int changed = firsts.isEmpty() ? 0 : jdbc.sql("""
                insert into persons_duplicate (first_person_id, second_person_id, levels, found_at, status)
                select pair.first, pair.second, cast(pair.levels as smallint[]), :now, 'OPEN'
                from unnest(cast(:firsts as bigint[]), cast(:seconds as bigint[]), cast(:levels as text[]))
                    as pair (first, second, levels)
                on conflict (first_person_id, second_person_id) do update set levels = excluded.levels
                where persons_duplicate.levels is distinct from excluded.levels
                """).param("firsts", firsts.toArray(Long[]::new)).param("seconds", seconds.toArray(Long[]::new))
                .param("levels", levels.toArray(String[]::new)).param("now", now).update();
        // no pair new or changed: the patterns, and so the model and every score, are as they were
        if (changed > 0) {
            rescoreAtCommit();
        }
    }

    /**
     * Marks the current transaction as one that saves many persons (an import, the demo data): the pairs are scored
     * once, when it commits, rather than after each person. Outside a transaction, nothing changes.
     */
    void deferRescoring() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || TransactionSynchronizationManager.hasResource(DEFERRED)) {
            return;
        }
        AtomicBoolean due = new AtomicBoolean();
        TransactionSynchronizationManager.bindResource(DEFERRED, due);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                if (due.get()) {
                    rescore();
                }
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(DEFERRED);
            }
        });
    }

    /** Re-scores now, or at commit in a transaction that saves many persons ({@link #deferRescoring()}). */
    private void rescoreAtCommit() {
        if (TransactionSynchronizationManager.getResource(DEFERRED) instanceof AtomicBoolean due) {
            due.set(true);
        } else {
            rescore();
        }
    }

    /**
     * Fits the model on every stored pair and stores each pair's posterior and whether it is proposed. A pair whose
     * names agree exactly is scored with the frequency of the shared name (its key's): a common surname tells less
     * than a rare one.
     */
    void rescore() {
        LinkageModel model = model();
        if (model == null) {
            return;
        }
        Map<Scored, PairExplanation> explained = new HashMap<>();
        List<Long> ids = new ArrayList<>();
        List<String> probabilities = new ArrayList<>();
        List<String> proposed = new ArrayList<>();
        jdbc.sql("""
                select d.id, d.levels, d.probability, d.proposed, s.value as surname, g.value as given_name
                from persons_duplicate d
                left join persons_linkage_key s on s.person_id = d.first_person_id and s.kind = 'SURNAME'
                left join persons_linkage_key g on g.person_id = d.first_person_id and g.kind = 'GIVEN_NAME'
                """).query(rs -> {
            List<Integer> pattern = pattern(rs.getArray("levels"));
            Scored key = new Scored(pattern, exact(pattern, 0) ? rs.getString("surname") : null, exact(pattern, 1) ? rs
                    .getString("given_name") : null);
            PairExplanation explanation = explained.computeIfAbsent(key, k -> model.explain("", "", levels(k
                    .pattern()), shared(k.surname(), k.givenName())));
            boolean propose = explanation.decision() != PairExplanation.Decision.NON_MATCH;
            double stored = rs.getDouble("probability");
            if (stored != explanation.probability() || rs.getBoolean("proposed") != propose) {
                ids.add(rs.getLong("id"));
                probabilities.add(Double.toString(explanation.probability()));
                proposed.add(Boolean.toString(propose));
            }
        });
        if (ids.isEmpty()) {
            return;
        }
        // one statement for every changed pair
        jdbc.sql("""
                update persons_duplicate d set probability = s.probability, proposed = s.proposed
                from unnest(cast(:ids as bigint[]), cast(:probabilities as float8[]), cast(:proposed as boolean[]))
                         as s(id, probability, proposed)
                where d.id = s.id""").param("ids", ids.stream().map(String::valueOf).collect(Collectors.joining(",",
                "{", "}"))).param("probabilities", "{" + String.join(",", probabilities) + "}").param("proposed", "{"
                        + String.join(",", proposed) + "}").update();
    }

    /** What a pair's score depends on: its levels, and the keys of the names it shares exactly. */
    private record Scored(List<Integer> pattern, String surname, String givenName) {
    }

    /** The model fitted on every stored pair's levels, with the names' frequencies, or null while there is none. */
    LinkageModel model() {
        Map<List<Integer>, Long> patterns = patterns();
        if (patterns.isEmpty()) {
            return null;
        }
        return LinkageModel.fitted(FIELDS, COMPARATORS, patterns, initialU(), THRESHOLDS, CLASS_FIELDS)
                .withFrequencies(frequencies());
    }

    /**
     * The keys of the shared names a pair's explanation takes, per field ({@link LinkageModel#explain(String, String,
     * List, List)}): the first person's surname and given name keys; the model adjusts only exact agreement.
     */
    Map<Long, List<String>> shared(Collection<Long> personIds) {
        Map<Long, String[]> names = new HashMap<>();
        if (!personIds.isEmpty()) {
            jdbc.sql("""
                    select person_id, kind, value from persons_linkage_key
                    where person_id in (:ids) and kind in ('SURNAME', 'GIVEN_NAME')""").param("ids", personIds)
                    .query(rs -> {
                        String[] both = names.computeIfAbsent(rs.getLong(1), id -> new String[2]);
                        both[rs.getString(2).equals("SURNAME") ? 0 : 1] = rs.getString(3);
                    });
        }
        Map<Long, List<String>> shared = new HashMap<>();
        for (Long id : personIds) {
            String[] both = names.getOrDefault(id, new String[2]);
            shared.put(id, shared(both[0], both[1]));
        }
        return shared;
    }

    private static List<String> shared(String surname, String givenName) {
        List<String> shared = new ArrayList<>(Collections.nCopies(FIELDS.size(), null));
        shared.set(0, surname);
        shared.set(1, givenName);
        return shared;
    }

    private static boolean exact(List<Integer> pattern, int field) {
        return pattern.get(field) == COMPARATORS.get(field).levels().size() - 1;
    }

    /**
     * The share of persons holding each folded surname and given name, by their keys: what an exact agreement on a
     * name is worth depends on how common it is (term frequency), read without any name.
     */
    private Map<String, Map<String, Double>> frequencies() {
        Map<String, Map<String, Double>> frequencies = new HashMap<>();
        Map<String, Long> totals = new HashMap<>();
        jdbc.sql("select kind, value, count(*) from persons_linkage_key where kind in ('SURNAME', 'GIVEN_NAME')"
                + " group by kind, value").query(rs -> {
                    String field = rs.getString(1).equals("SURNAME") ? "surname" : "givenName";
                    frequencies.computeIfAbsent(field, f -> new HashMap<>()).put(rs.getString(2), (double) rs.getLong(
                            3));
                    totals.merge(field, rs.getLong(3), Long::sum);
                });
        frequencies.forEach((field, counts) -> counts.replaceAll((value, count) -> count / totals.get(field)));
        return frequencies;
    }

    /** The levels of a stored pattern as agreement levels, field by field. */
    static List<AgreementLevel> levels(List<Integer> pattern) {
        List<AgreementLevel> levels = new ArrayList<>(pattern.size());
        for (int f = 0; f < pattern.size(); f++) {
            int index = pattern.get(f);
            levels.add(index < 0 ? AgreementLevel.MISSING : COMPARATORS.get(f).levels().get(index));
        }
        return levels;
    }

    static List<Integer> pattern(Array levels) {
        try {
            Object[] values = (Object[]) levels.getArray();
            return Arrays.stream(values).map(value -> ((Number) value).intValue()).toList();
        } catch (SQLException e) {
            throw new IllegalStateException("A pair's levels cannot be read", e);
        }
    }

    private Map<List<Integer>, Long> patterns() {
        Map<List<Integer>, Long> patterns = new HashMap<>();
        jdbc.sql("select levels, count(*) as pairs from persons_duplicate group by levels").query(rs -> {
            patterns.put(pattern(rs.getArray("levels")), rs.getLong("pairs"));
        });
        return patterns;
    }

    /**
     * u to start EM from: what two persons drawn at random would show, from the keys alone (no plaintext): the chance
     * that they share a folded surname, a folded given name, a date of birth, a sex, a citizenship; the levels between
     * agreement and disagreement start small. EM then estimates u (and m) from the pairs.
     */
    private double[][] initialU() {
        StartingU cached = startingU;
        if (cached != null && cached.at().isAfter(clock.instant().minus(STARTING_U_VALIDITY))) {
            return cached.u();
        }
        double[][] u = randomPairsU();
        startingU = new StartingU(u, clock.instant());
        return u;
    }

    /** What {@link #initialU()} last computed, and when. */
    private record StartingU(double[][] u, Instant at) {
    }

    private double[][] randomPairsU() {
        double[][] u = new double[FIELDS.size()][];
        u[0] = graded(4, coincidence("select count(*) from persons_linkage_key where kind = 'SURNAME' group by value"));
        u[1] = graded(4, coincidence(
                "select count(*) from persons_linkage_key where kind = 'GIVEN_NAME' group by value"));
        u[2] = graded(3, coincidence(
                "select count(*) from persons_linkage_key where kind = 'BIRTH_DATE' group by value"));
        u[3] = graded(2, coincidence("select count(*) from persons_citizenship group by country_code"));
        u[4] = graded(2, coincidence("select count(*) from persons_document group by kind, blind_index"));
        return u;
    }

    /** The chance that two records drawn at random share a value: Σ share² over the values' counts. */
    private double coincidence(String counts) {
        List<Long> values = jdbc.sql(counts).query(Long.class).list();
        double total = values.stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return 0.01;
        }
        double sum = 0;
        for (long count : values) {
            sum += (count / total) * (count / total);
        }
        return Math.clamp(sum, 1e-4, 0.5);
    }

    /** A start for u over a field's levels: agreement as given, each level between it as likely, the rest disagree. */
    private static double[] graded(int levels, double agree) {
        double[] u = new double[levels];
        u[levels - 1] = agree;
        for (int l = 1; l < levels - 1; l++) {
            u[l] = agree;
        }
        u[0] = 1 - agree * (levels - 1);
        return u;
    }

    /** An array literal of PostgreSQL, {@code {2,3,-1}}: the levels as a parameter cast to smallint[]. */
    private static String literal(int[] levels) {
        return Arrays.stream(levels).mapToObj(Integer::toString).collect(Collectors.joining(",", "{", "}"));
    }
}
