package kz.qorgau.demo;

import java.time.LocalDate;
import java.util.Map;

import kz.qorgau.persons.PersonDetails;
import java.util.List;
import java.util.Locale;

/**
 * How another agency would write the same demo person: in a passport's Latin (zh, kh, ts, ch, sh, yu, ya), in an
 * everyday Latin (j for zh, h for kh), or in Russian Cyrillic without the Kazakh letters; with the day and month of
 * birth swapped, a digit mistyped or no date at all. Written here by hand, independently of the linkage module's
 * folding rules, so that the duplicate review meets spellings the rules did not make.
 */
final class DemoSpellings {

    private static final Map<Character, String> PASSPORT = Map.ofEntries(Map.entry('а', "a"), Map.entry('ә', "a"),
            Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('ғ', "g"), Map.entry('д', "d"),
            Map.entry('е', "e"), Map.entry('ё', "e"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"),
            Map.entry('й', "i"), Map.entry('к', "k"), Map.entry('қ', "k"), Map.entry('л', "l"), Map.entry('м', "m"),
            Map.entry('н', "n"), Map.entry('ң', "n"), Map.entry('о', "o"), Map.entry('ө', "o"), Map.entry('п', "p"),
            Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('у', "u"), Map.entry('ұ', "u"),
            Map.entry('ү', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('һ', "h"), Map.entry('ц', "ts"),
            Map.entry('ч', "ch"), Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', ""), Map.entry('ы',
                    "y"), Map.entry('і', "i"), Map.entry('ь', ""), Map.entry('э', "e"), Map.entry('ю', "yu"), Map
                            .entry('я', "ya"));
    private static final Map<Character, Character> RUSSIAN = Map.of('ә', 'а', 'ғ', 'г', 'қ', 'к', 'ң', 'н', 'ө', 'о',
            'ұ', 'у', 'ү', 'у', 'һ', 'х', 'і', 'и');

    private DemoSpellings() {
    }

    /** The person as the n-th other registration writes them. */
    static PersonDetails variant(PersonDetails details, int n) {
        String surname = spelled(details.surname(), n);
        String given = spelled(details.givenName(), n);
        return new PersonDetails(surname, given, null, born(details.birthDate(), n), details.sex(), details
                .citizenships(), null, List.of(), null, null, null);
    }

    private static String spelled(String name, int n) {
        if (name == null) {
            return null;
        }
        return switch (n % 3) {
            case 0 -> capitalised(latin(name));
            case 1 -> capitalised(latin(name).replace("zh", "j").replace("kh", "h").replace("yu", "iu"));
            default -> russian(name);
        };
    }

    private static LocalDate born(LocalDate date, int n) {
        if (date == null) {
            return null;
        }
        return switch ((n / 3) % 4) {
            case 0 -> date;
            case 1 -> date.getDayOfMonth() <= 12 ? LocalDate.of(date.getYear(), date.getDayOfMonth(), date
                    .getMonthValue()) : date;
            case 2 -> null;
            default -> date.getDayOfMonth() < 28 ? date.plusDays(1) : date.minusDays(1);
        };
    }

    private static String latin(String name) {
        StringBuilder latin = new StringBuilder();
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            latin.append(PASSPORT.getOrDefault(c, String.valueOf(c)));
        }
        return latin.toString();
    }

    private static String russian(String name) {
        StringBuilder russian = new StringBuilder();
        for (char c : name.toCharArray()) {
            char lower = Character.toLowerCase(c);
            char mapped = RUSSIAN.getOrDefault(lower, lower);
            russian.append(Character.isUpperCase(c) ? Character.toUpperCase(mapped) : mapped);
        }
        return russian.toString();
    }

    private static String capitalised(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
