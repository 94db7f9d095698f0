package kz.qorgau.shared;

import java.util.Random;

/** Random BINs of a valid structure for tests: synthetic, not the numbers of real organisations. */
public final class SyntheticBins {

    private SyntheticBins() {
    }

    /** The first 11 digits of a BIN of a valid structure: any year, month 01–12, a valid kind and division. */
    public static String first11(Random random) {
        return String.format("%02d%02d%c%c%05d", random.nextInt(100), 1 + random.nextInt(12),
                Bin.Kind.values()[random.nextInt(Bin.Kind.values().length)].digit(),
                Bin.Division.values()[random.nextInt(Bin.Division.values().length)].digit(), random.nextInt(100_000));
    }

    /** A valid BIN: the first 11 digits drawn again until they have a check digit. */
    public static Bin bin(Random random) {
        while (true) {
            String first11 = first11(random);
            Integer check = CheckDigit.of(first11);
            if (check != null) {
                return new Bin(first11 + check);
            }
        }
    }
}
