package kz.qorgau.shared;

/**
 * The check digit of a Kazakh 12-digit identification number, the same for an IIN (ИИН / ЖСН) and a BIN
 * (БИН / БСН): the first 11 digits weighted 1..11, summed, modulo 11; when that is 10, weighted
 * 3,4,5,6,7,8,9,10,11,1,2 instead; when that is 10 again, no valid number has these 11 digits.
 */
public final class CheckDigit {

    private static final int[] FIRST_WEIGHTS = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 };
    private static final int[] SECOND_WEIGHTS = { 3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2 };

    private CheckDigit() {
    }

    /**
     * The twelfth digit for these first 11, or null when both weightings give 10.
     *
     * @param first11 exactly 11 decimal digits
     */
    public static Integer of(String first11) {
        if (first11 == null || !first11.matches("\\d{11}")) {
            throw new IllegalArgumentException("A check digit is computed from 11 digits");
        }
        int sum = weighted(first11, FIRST_WEIGHTS) % 11;
        if (sum == 10) {
            sum = weighted(first11, SECOND_WEIGHTS) % 11;
        }
        return sum == 10 ? null : sum;
    }

    private static int weighted(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * (digits.charAt(i) - '0');
        }
        return sum;
    }
}
