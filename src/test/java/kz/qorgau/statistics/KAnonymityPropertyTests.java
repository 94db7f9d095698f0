package kz.qorgau.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the k-anonymiser on random tables of the CTDC export's rows (plain JUnit over fixed seeds, so
 * that a failure is reproduced by its seed): 0 to 2000 rows, skewed so that many values are rare (any of the
 * world's countries, every age band, several years), k from 2 to 25.
 */
class KAnonymityPropertyTests {

    private static final String[] COUNTRIES = Locale.getISOCountries();
    private static final String[] SEXES = { "FEMALE", "MALE", "OTHER", "UNKNOWN" };
    private static final String[] SECTORS = { "A", "B", "C", "F", "G", "H", "I", "T", "U" };
    private static final String[] RELATIONS = { "FAMILIAL", "ACQUAINTED", "UNACQUAINTED" };
    private static final String[] CONTROLS = { "DEBT_BONDAGE", "PHYSICAL_THREATS", "FALSE_PROMISES",
            "WITHHOLDS_DOCUMENTS", "EXCESSIVE_WORKING_HOURS", "PSYCHOACTIVE_SUBSTANCE", "RESTRICTS_MOVEMENT", "OTHER" };

    static Stream<Long> seeds() {
        return IntStream.rangeClosed(1, 120).mapToObj(seed -> (long) seed);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyReleasedCombinationOfQuasiIdentifiersHasAtLeastKRecords(long seed) {
        Random random = new Random(seed);
        List<List<String>> table = table(random, random.nextInt(2001));
        int k = 2 + random.nextInt(24);
        KAnonymity anonymiser = Ctdc.anonymiser(new KAnonymity.Policy(k, random.nextInt(11)));
        KAnonymity.Result result = anonymiser.anonymise(table);

        Map<List<String>, Integer> classes = new HashMap<>();
        result.released().forEach(row -> classes.merge(anonymiser.quasiIdentifiers(row), 1, Integer::sum));
        assertThat(classes.values()).as("seed %d, k %d: sizes of the released combinations", seed, k)
                .allMatch(size -> size >= k);
        assertThat(result.considered()).as("seed %d: considered", seed).isEqualTo(table.size());
        assertThat(result.releasedCount() + result.suppressed()).as("seed %d: released + suppressed", seed)
                .isEqualTo(result.considered());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void releasedRowsAreGeneralisationsOfInputRowsAndTheOtherValuesAreUntouched(long seed) {
        Random random = new Random(seed);
        List<List<String>> table = table(random, random.nextInt(2001));
        KAnonymity anonymiser = Ctdc.anonymiser(new KAnonymity.Policy(2 + random.nextInt(24), random.nextInt(11)));
        KAnonymity.Result result = anonymiser.anonymise(table);

        int[] levels = result.levels().stream().mapToInt(Integer::intValue).toArray();
        Map<List<String>, Integer> available = new HashMap<>();
        table.forEach(row -> available.merge(anonymiser.generalise(row, levels), 1, Integer::sum));
        for (List<String> row : result.released()) {
            Integer left = available.get(row);
            assertThat(left).as("seed %d: released row %s is no generalisation of an input row (levels %s)", seed,
                    row, result.levels()).isNotNull().isPositive();
            available.put(row, left - 1);
        }
        assertThat(result.released()).as("seed %d: rows sorted by their values", seed)
                .isSortedAccordingTo(KAnonymity.ROW_ORDER);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theSameRecordsInAnyOrderGiveTheSameExport(long seed) {
        Random random = new Random(seed);
        List<List<String>> table = table(random, random.nextInt(2001));
        KAnonymity.Policy policy = new KAnonymity.Policy(2 + random.nextInt(24), random.nextInt(11));
        KAnonymity.Result first = Ctdc.anonymiser(policy).anonymise(table);
        List<List<String>> shuffled = new ArrayList<>(table);
        Collections.shuffle(shuffled, random);
        KAnonymity.Result again = Ctdc.anonymiser(policy).anonymise(shuffled);
        assertThat(again).as("seed %d: the export of the shuffled records", seed).isEqualTo(first);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theLeastGeneralisationWithinTheSuppressionLimitIsChosen(long seed) {
        Random random = new Random(seed);
        List<List<String>> table = table(random, random.nextInt(2001));
        KAnonymity.Policy policy = new KAnonymity.Policy(2 + random.nextInt(24), random.nextInt(11));
        KAnonymity anonymiser = Ctdc.anonymiser(policy);
        KAnonymity.Result result = anonymiser.anonymise(table);

        int allowed = table.size() * policy.maxSuppressedPercent() / 100;
        int height = result.levels().stream().mapToInt(Integer::intValue).sum();
        for (int[] node : anonymiser.lattice()) {
            int suppressed = anonymiser.suppressed(table, node);
            if (result.suppressed() > allowed) {
                assertThat(suppressed).as("seed %d: node %s suppresses within the limit, yet %s was chosen", seed,
                        Arrays.toString(node), result.levels()).isGreaterThan(allowed);
            } else if (suppressed <= allowed) {
                assertThat(Arrays.stream(node).sum()).as("seed %d: node %s is less generalised than %s", seed,
                        Arrays.toString(node), result.levels()).isGreaterThanOrEqualTo(height);
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void recordsAlreadyKAnonymousAreReleasedAsTheyAre(long seed) {
        Random random = new Random(seed);
        int k = 2 + random.nextInt(24);
        List<List<String>> table = new ArrayList<>();
        List<List<String>> distinct = table(random, 1 + random.nextInt(12));
        for (List<String> row : distinct) {
            int copies = k + random.nextInt(5);
            for (int i = 0; i < copies; i++) {
                table.add(row);
            }
        }
        Collections.shuffle(table, random);
        KAnonymity.Result result = Ctdc.anonymiser(new KAnonymity.Policy(k, random.nextInt(11))).anonymise(table);

        assertThat(result.levels()).as("seed %d: levels", seed).containsOnly(0);
        assertThat(result.suppressed()).as("seed %d: suppressed", seed).isZero();
        List<List<String>> sorted = new ArrayList<>(table);
        sorted.sort(KAnonymity.ROW_ORDER);
        assertThat(result.released()).as("seed %d: released", seed).isEqualTo(sorted);
    }

    /** Random rows: most victims women citizens of Kazakhstan, and a long tail of rare values. */
    static List<List<String>> table(Random random, int size) {
        List<List<String>> rows = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            int year = random.nextInt(4) == 0 ? 2015 + random.nextInt(10) : 2022;
            String sex = random.nextInt(5) > 0 ? "FEMALE" : SEXES[random.nextInt(SEXES.length)];
            Integer age = random.nextInt(10) == 0 ? null
                    : random.nextBoolean() ? 18 + random.nextInt(15) : random.nextInt(80);
            Boolean forced = random.nextInt(10) == 0 ? null : random.nextInt(4) == 0;
            Set<String> controls = new HashSet<>();
            int methods = random.nextInt(4);
            for (int m = 0; m < methods; m++) {
                controls.add(CONTROLS[random.nextInt(CONTROLS.length)]);
            }
            rows.add(Ctdc.row(year, sex, age, country(random), country(random), forced,
                    forced == null ? null : !forced, forced == null ? null : random.nextInt(20) == 0,
                    Boolean.TRUE.equals(forced) ? SECTORS[random.nextInt(SECTORS.length)] : null,
                    random.nextInt(3) == 0 ? null : RELATIONS[random.nextInt(RELATIONS.length)], controls));
        }
        return rows;
    }

    private static String country(Random random) {
        int draw = random.nextInt(20);
        return draw == 0 ? null : draw < 14 ? "KZ" : draw < 17 ? "UZ" : COUNTRIES[random.nextInt(COUNTRIES.length)];
    }
}
