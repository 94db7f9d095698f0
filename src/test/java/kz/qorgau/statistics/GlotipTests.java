package kz.qorgau.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GlotipTests {

    static final List<String> SEXES = List.of("Total", "Female", "Male", "Other", "Unknown");
    static final List<String> AGES = List.of("Total", "0 to 17 years", "18 years or over", "Unknown");

    @Test
    void countsFromOneToFourArePublishedAsUnderFiveAndZeroAsZero() {
        assertThat(Glotip.published(0)).isEqualTo("0");
        for (int count = 1; count <= 4; count++) {
            assertThat(Glotip.published(count)).isEqualTo("<5");
        }
        assertThat(Glotip.published(5)).isEqualTo("5");
        assertThat(Glotip.published(24)).isEqualTo("24");
    }

    static Stream<Long> seeds() {
        return IntStream.rangeClosed(1, 200).mapToObj(seed -> (long) seed);
    }

    /**
     * On random victims (few of each kind, so that small counts abound): the categories of citizenship sum to the
     * total in every cell, and no hidden cell can be worked out from the published ones, their marks and the totals
     * (nor from the figures the annual report publishes nationally, taken as known), by bounds propagated over
     * every row, column and breakdown of the table.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyBreakdownSumsToItsTotalAndNoHiddenCellCanBeWorkedOut(long seed) {
        Random random = new Random(seed);
        List<Glotip.Group> groups = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(12); i < n; i++) {
            boolean[] forms = { random.nextInt(3) == 0, random.nextInt(3) == 0, random.nextInt(4) == 0 };
            boolean unspecified = !forms[0] && !forms[1] && !forms[2];
            int citizen = random.nextInt(3);
            groups.add(new Glotip.Group(List.of("FEMALE", "MALE", "OTHER", "UNKNOWN").get(random.nextInt(4)),
                    List.of("CHILD", "ADULT", "UNKNOWN").get(random.nextInt(3)), forms[0], forms[1], forms[2],
                    unspecified, citizen == 0 ? Boolean.TRUE : citizen == 1 ? Boolean.FALSE : null,
                    1 + random.nextInt(random.nextBoolean() ? 4 : 15)));
        }
        List<Glotip.Row> rows = Glotip.table(Glotip.VICTIMS, 2001, groups, true);
        Map<List<String>, Long> truth = new HashMap<>();
        SmallCounts.Table<List<String>> table = new SmallCounts.Table<>();
        Map<List<String>, SmallCounts.Mark> hidden = new HashMap<>();
        for (Glotip.Row row : rows) {
            List<String> key = List.of(row.dimension(), row.category(), row.sex(), row.age());
            long count = groups.stream().filter(group -> in(group, row)).mapToLong(Glotip.Group::count).sum();
            truth.put(key, count);
            boolean known = Glotip.national(row.dimension(), sex(row.sex()), age(row.age()), true);
            table.cell(key, count, known);
            if (row.value().chars().allMatch(Character::isDigit)) {
                assertThat(Long.parseLong(row.value())).isEqualTo(count);
                assertThat(SmallCounts.small(count)).isFalse();
            } else if (!known) {
                hidden.put(key, row.value().equals("<5") ? SmallCounts.Mark.SMALL : SmallCounts.Mark.WITHHELD);
            } else {
                assertThat(row.value()).isEqualTo("<5");
            }
        }
        for (Glotip.Row row : rows) {
            if (row.sex().equals("Total")) {
                List<List<String>> parts = SEXES.subList(1, 5).stream()
                        .map(sex -> List.of(row.dimension(), row.category(), sex, row.age())).toList();
                table.relation(List.of(row.dimension(), row.category(), "Total", row.age()), parts);
            }
            if (row.age().equals("Total")) {
                List<List<String>> parts = AGES.subList(1, 4).stream()
                        .map(age -> List.of(row.dimension(), row.category(), row.sex(), age)).toList();
                table.relation(List.of(row.dimension(), row.category(), row.sex(), "Total"), parts);
            }
            if (row.dimension().equals("Total")) {
                for (String dimension : List.of(Glotip.FORMS, Glotip.CITIZENSHIP)) {
                    List<List<String>> parts = rows.stream().filter(other -> other.dimension().equals(dimension)
                            && other.sex().equals(row.sex()) && other.age().equals(row.age()))
                            .map(other -> List.of(dimension, other.category(), row.sex(), row.age())).toList();
                    table.relation(List.of("Total", "Total", row.sex(), row.age()), parts);
                    if (dimension.equals(Glotip.CITIZENSHIP)) {
                        assertThat(parts.stream().mapToLong(truth::get).sum())
                                .isEqualTo(truth.get(List.of("Total", "Total", row.sex(), row.age())));
                    }
                }
            }
        }
        // what the national figures give away by themselves (every count but theirs hidden) is not the table's doing
        Map<List<String>, SmallCounts.Mark> allButNational = new HashMap<>();
        truth.keySet().stream().filter(key -> !Glotip.national(key.get(0), sex(key.get(2)), age(key.get(3)), true))
                .forEach(key -> allButNational.put(key, SmallCounts.Mark.WITHHELD));
        List<List<String>> givenAwayNationally = table.pinned(allButNational);
        // a hidden zero that the others give away as 0 identifies nobody; any other count stays uncertain
        assertThat(table.pinned(hidden).stream().filter(key -> truth.get(key) > 0)
                .filter(key -> !givenAwayNationally.contains(key))
                .map(key -> key + "=" + truth.get(key) + " " + hidden.get(key)).toList()).isEmpty();
    }

    private static String sex(String label) {
        return switch (label) {
            case "Female" -> "FEMALE";
            case "Male" -> "MALE";
            case "Other" -> "OTHER";
            case "Unknown" -> "UNKNOWN";
            default -> "Total";
        };
    }

    private static String age(String label) {
        return switch (label) {
            case "0 to 17 years" -> "CHILD";
            case "18 years or over" -> "ADULT";
            case "Unknown" -> "UNKNOWN";
            default -> "Total";
        };
    }

    private static boolean in(Glotip.Group group, Glotip.Row row) {
        boolean category = switch (row.category()) {
            case "Sexual exploitation" -> group.sexualExploitation();
            case "Forced labour" -> group.forcedLabour();
            case "Other forms of exploitation" -> group.otherForms();
            case "Unspecified" -> group.unspecified();
            case "Citizens" -> Boolean.TRUE.equals(group.citizen());
            case "Foreign citizens" -> Boolean.FALSE.equals(group.citizen());
            case "Unknown" -> group.citizen() == null;
            default -> true;
        };
        return category && (row.sex().equals("Total") || sex(row.sex()).equals(group.sex()))
                && (row.age().equals("Total") || age(row.age()).equals(group.age()));
    }
}
