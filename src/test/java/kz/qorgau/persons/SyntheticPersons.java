package kz.qorgau.persons;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import kz.qorgau.shared.CountryCode;
import kz.qorgau.shared.Sex;

/**
 * Synthetic persons for tests: invented names (random Kazakh-looking syllables, so that each test's person
 * is found only by its own search), a random date of birth and a valid IIN computed for it.
 */
public final class SyntheticPersons {

    private static final String[] SYLLABLES = { "ба", "ғы", "қа", "ну", "ра", "сә", "тө", "лұ", "мү", "жі", "ке", "да",
            "ша", "ны", "ар", "ың" };

    private SyntheticPersons() {
    }

    public static String name(String ending) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            name.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        name.setCharAt(0, Character.toUpperCase(name.charAt(0)));
        return name + ending;
    }

    public static LocalDate birthDate() {
        return LocalDate.of(1960, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(365 * 45));
    }

    /**
     * A valid IIN for the date of birth and sex, with a random serial number: the one generator of synthetic IINs for
     * every test (IinTests holds it to the IIN rules).
     */
    public static Iin iin(LocalDate birthDate, Sex sex) {
        int century = birthDate.getYear() / 100;
        int digit = (century == 18 ? 1 : century == 19 ? 3 : 5) + (sex == Sex.FEMALE ? 1 : 0);
        while (true) {
            String first11 = String.format("%02d%02d%02d%d%04d", birthDate.getYear() % 100, birthDate.getMonthValue(),
                    birthDate.getDayOfMonth(), digit, ThreadLocalRandom.current().nextInt(10000));
            Integer check = Iin.checkDigit(first11);
            if (check != null) {
                return new Iin(first11 + check);
            }
        }
    }

    public static String passportNumber() {
        return "N" + (10_000_000 + ThreadLocalRandom.current().nextInt(90_000_000));
    }

    /** A woman from Uzbekistan and Kazakhstan with every kind of personal data filled in. */
    public static PersonDetails complete() {
        LocalDate birthDate = birthDate();
        return new PersonDetails(name("ова"), name(""), name("қызы"), birthDate, Sex.FEMALE,
                Set.of(CountryCode.KAZAKHSTAN, CountryCode.of("UZ")), iin(birthDate, Sex.FEMALE),
                List.of(PassportNumber.of(passportNumber(), "UZ")),
                "+7 701 " + (1_000_000 + ThreadLocalRandom.current().nextInt(9_000_000)),
                "synthetic" + ThreadLocalRandom.current().nextInt(1_000_000) + "@example.org",
                "Алматы қ., " + name("") + " к-сі, " + ThreadLocalRandom.current().nextInt(1, 200));
    }
}
