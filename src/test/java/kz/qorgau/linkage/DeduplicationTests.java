package kz.qorgau.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * De-duplication end to end on synthetic persons: each registered once in Cyrillic by one agency and, for most, again
 * in Latin by another, with the spellings, typos, swapped birth dates and missing documents that happen. No weight is
 * set by hand: EM fits them on the candidate pairs.
 */
class DeduplicationTests {

    /** A person as an agency registered them, with the features computed at save time. */
    record Registered(String id, String person, String givenName, String surname, String birthDate, String sex,
            String citizenship, String document) {

        static Registered of(String id, String person, String givenName, String surname, String birthDate, String sex,
                String citizenship, String document) {
            return new Registered(id, person, NameFolding.givenName(givenName), NameFolding.surname(surname),
                    birthDate, sex, citizenship, document);
        }

        String birthYear() {
            return birthDate.substring(0, 4);
        }
    }

    /** Each name in Cyrillic, then its Latin spellings. */
    static final String[][] GIVEN_NAMES = { { "Жанар", "Zhanar", "Janar" }, { "Айгүл", "Aigul", "Aygul" },
            { "Гүлнар", "Gulnar", "Gulnara" }, { "Әлия", "Aliya", "Aliia" }, { "Қайрат", "Kairat", "Qairat" },
            { "Ерлан", "Yerlan", "Erlan" }, { "Нұрлан", "Nurlan", "Nurlan" }, { "Ғалым", "Galym", "Ghalym" },
            { "Дина", "Dina", "Dina" }, { "Юлия", "Yuliya", "Iuliia" }, { "Шавкат", "Shavkat", "Şavkat" },
            { "Динара", "Dinara", "Dinara" }, { "Асель", "Asel", "Assel" }, { "Бауыржан", "Bauyrzhan", "Baurjan" },
            { "Жұлдыз", "Zhuldyz", "Juldyz" }, { "Мадина", "Madina", "Madina" } };
    static final String[][] SURNAMES = { { "Сейітов", "Seitov", "Seytov" }, { "Қасымов", "Kasymov", "Qasymov" },
            { "Ахметов", "Akhmetov", "Ahmetov" }, { "Жұмабаев", "Zhumabaev", "Jumabayev" },
            { "Исаев", "Isaev", "Isayev" }, { "Омаров", "Omarov", "Omarov" }, { "Нұрланов", "Nurlanov", "Nurlanov" },
            { "Садықов", "Sadykov", "Sadiqov" }, { "Абенов", "Abenov", "Abenov" }, { "Төлегенов", "Tolegenov",
                    "Tulegenov" }, { "Мұхамедов", "Mukhamedov", "Muhamedov" }, { "Хасанов", "Khasanov", "Xasanov" } };
    static final String[] CITIZENSHIPS = { "KZ", "KZ", "KZ", "UZ", "KG" };

    @Test
    void findsThePersonsRegisteredTwiceAndExplainsEveryPair() {
        Random random = new Random(18);
        List<Registered> records = new ArrayList<>();
        Set<String> truePairs = new HashSet<>();
        for (int p = 0; p < 400; p++) {
            String[] given = GIVEN_NAMES[random.nextInt(GIVEN_NAMES.length)];
            String[] surname = SURNAMES[random.nextInt(SURNAMES.length)];
            String sex = random.nextBoolean() ? "F" : "M";
            String female = sex.equals("F") ? "а" : "";
            String date = String.format(Locale.ROOT, "%04d%02d%02d", 1960 + random.nextInt(45), 1 + random.nextInt(12),
                    1 + random.nextInt(28));
            String citizenship = CITIZENSHIPS[random.nextInt(CITIZENSHIPS.length)];
            String document = "N" + (10_000_000 + random.nextInt(90_000_000));
            String person = "p" + p;
            records.add(Registered.of(person + "-a", person, given[0], surname[0] + female, date, sex, citizenship,
                    document));
            if (random.nextInt(10) < 7) {
                String latinDate = switch (random.nextInt(6)) {
                    case 0 -> date.substring(0, 4) + date.substring(6) + date.substring(4, 6);
                    case 1 -> date.substring(0, 7) + (char) ('0' + random.nextInt(10));
                    default -> date;
                };
                String latinSurname = surname[1 + random.nextInt(2)] + (sex.equals("F") && random.nextBoolean() ? "a"
                        : "");
                records.add(Registered.of(person + "-b", person, given[1 + random.nextInt(2)], latinSurname, latinDate,
                        sex, citizenship, random.nextInt(4) == 0 ? "" : document));
                truePairs.add(person + "-a|" + person + "-b");
            }
        }
        Deduplication<Registered> deduplication = new Deduplication<>(Registered::id, List.of(
                Comparison.of("given_name", Registered::givenName, FieldComparator.jaroWinkler()).withTermFrequencies(),
                Comparison.of("surname", Registered::surname, FieldComparator.jaroWinkler()).withTermFrequencies(),
                Comparison.of("birth_date", Registered::birthDate, FieldComparator.birthDate()),
                Comparison.of("sex", Registered::sex, FieldComparator.exact()),
                Comparison.of("citizenship", Registered::citizenship, FieldComparator.exact()),
                Comparison.of("document", Registered::document, FieldComparator.exact())),
                List.of(new BlockingRule<>("surname key + year of birth", r -> PhoneticKey.of(r.surname()) + "|" + r
                        .birthYear()),
                        new BlockingRule<>("birth date", Registered::birthDate),
                        new BlockingRule<>("document", Registered::document)),
                Deduplication.Settings.DEFAULT);

        Deduplication.Result result = deduplication.run(records);

        Set<String> found = new HashSet<>();
        result.decided(PairExplanation.Decision.MATCH).forEach(pair -> found.add(key(pair.first(), pair.second())));
        long correct = found.stream().filter(truePairs::contains).count();
        assertThat((double) correct / found.size()).as("precision").isGreaterThanOrEqualTo(0.95);
        assertThat((double) correct / truePairs.size()).as("recall").isGreaterThanOrEqualTo(0.9);
        assertThat(result.candidatePairs()).as("bounded by blocking").isLessThan(records.size() * 20);
        assertThat(result.clusters()).allSatisfy(cluster -> assertThat(cluster).hasSizeGreaterThan(1));

        Registered second = records.stream().filter(r -> r.id().endsWith("-b")).findFirst().orElseThrow();
        Registered first = records.get(records.indexOf(second) - 1);
        assertThat(first.person()).isEqualTo(second.person());
        PairExplanation explanation = deduplication.explain(result.model(), first, second);
        assertThat(explanation.fields()).extracting(PairExplanation.Evidence::field).containsExactly("given_name",
                "surname", "birth_date", "sex", "citizenship", "document");
        double sum = explanation.prior() + explanation.fields().stream().mapToDouble(PairExplanation.Evidence::weight)
                .sum();
        assertThat(explanation.total()).isCloseTo(sum, within(1e-9));
        assertThat(explanation.toString()).as("no value in an explanation").doesNotContain(first.surname(), first
                .document(), first.birthDate());
    }

    @Test
    void aBlockOverTheSizeBoundIsSkipped() {
        List<Registered> records = new ArrayList<>();
        for (int r = 0; r < 30; r++) {
            records.add(Registered.of("r" + r, "p" + r, "Жанар", "Сейітова", "19900101", "F", "KZ", "N" + r));
        }
        Deduplication<Registered> deduplication = new Deduplication<>(Registered::id, List.of(Comparison.of("sex",
                Registered::sex, FieldComparator.exact())), List.of(new BlockingRule<>("birth date",
                        Registered::birthDate)),
                new Deduplication.Settings(10, 100, 1, 100, 1e-6, Thresholds.DEFAULT));

        Deduplication.Result result = deduplication.run(records);

        assertThat(result.candidatePairs()).isZero();
        assertThat(result.skippedBlocks()).isEqualTo(1);
    }

    /**
     * 300 persons, each registered in Cyrillic and again in Latin; every fifth Latin registration has the given name
     * and the surname in each other's place.
     */
    private static List<Registered> registeredTwiceSomeSwapped(Set<String> truePairs, Set<String> swappedPairs) {
        Random random = new Random(7);
        List<Registered> records = new ArrayList<>();
        for (int p = 0; p < 300; p++) {
            String[] given = GIVEN_NAMES[random.nextInt(GIVEN_NAMES.length)];
            String[] surname = SURNAMES[random.nextInt(SURNAMES.length)];
            String date = String.format(Locale.ROOT, "%04d%02d%02d", 1960 + random.nextInt(45), 1 + random.nextInt(12),
                    1 + random.nextInt(28));
            String sex = random.nextBoolean() ? "F" : "M";
            String citizenship = CITIZENSHIPS[random.nextInt(CITIZENSHIPS.length)];
            String person = "p" + p;
            records.add(Registered.of(person + "-a", person, given[0], surname[0], date, sex, citizenship, ""));
            boolean swap = p % 5 == 0;
            String latinGiven = given[1 + random.nextInt(2)];
            String latinSurname = surname[1 + random.nextInt(2)];
            records.add(Registered.of(person + "-b", person, swap ? latinSurname : latinGiven, swap ? latinGiven
                    : latinSurname, date, sex, citizenship, ""));
            truePairs.add(person + "-a|" + person + "-b");
            if (swap) {
                swappedPairs.add(person + "-a|" + person + "-b");
            }
        }
        return records;
    }

    private static Deduplication<Registered> byNamesAndDate(Deduplication.Settings settings) {
        return new Deduplication<>(Registered::id, List.of(
                Comparison.of("given_name", Registered::givenName, FieldComparator.jaroWinkler()).withTermFrequencies(),
                Comparison.of("surname", Registered::surname, FieldComparator.jaroWinkler()).withTermFrequencies(),
                Comparison.of("birth_date", Registered::birthDate, FieldComparator.birthDate()),
                Comparison.of("sex", Registered::sex, FieldComparator.exact()),
                Comparison.of("citizenship", Registered::citizenship, FieldComparator.exact())),
                List.of(new BlockingRule<>("birth date", Registered::birthDate)), settings);
    }

    @Test
    void givenNameAndSurnameInEachOthersPlaceAgreeWhenEitherOrderIsAllowed() {
        Set<String> truePairs = new HashSet<>();
        Set<String> swappedPairs = new HashSet<>();
        List<Registered> records = registeredTwiceSomeSwapped(truePairs, swappedPairs);
        Deduplication<Registered> asWritten = byNamesAndDate(Deduplication.Settings.DEFAULT);
        Deduplication<Registered> eitherOrder = asWritten.withEitherOrder("given_name", "surname");

        Set<String> foundAsWritten = new HashSet<>();
        asWritten.run(records).decided(PairExplanation.Decision.MATCH).forEach(pair -> foundAsWritten.add(key(pair
                .first(), pair.second())));
        Deduplication.Result result = eitherOrder.run(records);
        Set<String> found = new HashSet<>();
        result.decided(PairExplanation.Decision.MATCH).forEach(pair -> found.add(key(pair.first(), pair.second())));

        assertThat(foundAsWritten).as("as written, swapped names disagree").doesNotContainAnyElementsOf(swappedPairs);
        assertThat(found).containsAll(swappedPairs);
        assertThat(found.stream().filter(truePairs::contains).count()).as("precision").isGreaterThanOrEqualTo(
                (long) (0.95 * found.size()));
        Registered cyrillic = records.getFirst();
        Registered swapped = records.get(1);
        PairExplanation forward = eitherOrder.explain(result.model(), cyrillic, swapped);
        PairExplanation backward = eitherOrder.explain(result.model(), swapped, cyrillic);
        assertThat(forward.fields().subList(0, 2)).extracting(PairExplanation.Evidence::level).doesNotContain(
                AgreementLevel.DISAGREE);
        assertThat(backward.fields()).isEqualTo(forward.fields());
        assertThat(backward.total()).isEqualTo(forward.total());
    }

    @Test
    void eitherOrderNeedsTwoFieldsComparedOnTheSameLevels() {
        Deduplication<Registered> deduplication = byNamesAndDate(Deduplication.Settings.DEFAULT);
        assertThatThrownBy(() -> deduplication.withEitherOrder("given_name", "birth_date")).isInstanceOf(
                IllegalArgumentException.class);
        assertThatThrownBy(() -> deduplication.withEitherOrder("given_name", "given_name")).isInstanceOf(
                IllegalArgumentException.class);
    }

    @Test
    void uFromRandomPairsScoresWithThePriorOfAMatchAmongAllPairs() {
        Set<String> truePairs = new HashSet<>();
        List<Registered> records = registeredTwiceSomeSwapped(truePairs, new HashSet<>());
        Deduplication.Result fitted = byNamesAndDate(Deduplication.Settings.DEFAULT).run(records);
        Deduplication.Result random = byNamesAndDate(Deduplication.Settings.DEFAULT.withUFromRandomPairs()).run(
                records);

        double allPairs = records.size() * (records.size() - 1) / 2.0;
        assertThat(random.model().lambda()).isCloseTo(fitted.model().lambda() * fitted.candidatePairs() / allPairs,
                within(1e-12));
        assertThat(random.model().m("surname")).isEqualTo(fitted.model().m("surname"));
        assertThat(random.model().u("birth_date")[2]).as("random pairs rarely share a date").isLessThan(0.01);
        assertThat(fitted.model().u("birth_date")[2]).as("pairs blocked on the date all do").isGreaterThan(0.5);
        Set<String> found = new HashSet<>();
        random.decided(PairExplanation.Decision.MATCH).forEach(pair -> found.add(key(pair.first(), pair.second())));
        assertThat(found.stream().filter(truePairs::contains).count()).as("correct").isGreaterThanOrEqualTo(
                (long) (0.95 * found.size())).isGreaterThanOrEqualTo((long) (0.75 * truePairs.size()));
    }

    private static String key(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }
}
