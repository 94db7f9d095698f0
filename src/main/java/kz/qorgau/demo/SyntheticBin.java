package kz.qorgau.demo;

import java.util.Random;

import kz.qorgau.shared.Bin;
import kz.qorgau.shared.CheckDigit;

/**
 * Made-up business identification numbers for the demo's employers: a resident legal entity's head office registered
 * in a month of 2005–2019 with a random serial number and the check digit that makes it valid. Not any real
 * company's, except by chance of the digits.
 */
final class SyntheticBin {

    private SyntheticBin() {
    }

    static String of(Random random) {
        while (true) {
            String first11 = String.format("%02d%02d40%05d", 5 + random.nextInt(15), 1 + random.nextInt(12), random
                    .nextInt(100_000));
            Integer check = CheckDigit.of(first11);
            if (check != null) {
                return Bin.of(first11 + check).value();
            }
        }
    }
}
