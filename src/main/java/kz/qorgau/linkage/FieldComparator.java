package kz.qorgau.linkage;

import java.util.List;

/**
 * Compares two present values of one field and says how far they agree, as one of a fixed, small set of discrete
 * levels: the model estimates an m and a u probability per level, so the levels, not a raw similarity, carry the
 * weight. A comparator is symmetric ({@code compare(a, b) == compare(b, a)}).
 * <p>
 * Exact comparators ({@link #exact()}) work as well on keyed values (HMAC of the folded form under the blind-index
 * key) as on the plaintext, so they can run against stored values. {@link #jaroWinkler()} and the tolerant
 * {@link #birthDate()} need the plaintext (folded names, the date's digits): they are meant to run when a person is
 * saved, where the plaintext is, and only the resulting features or keys are stored.
 */
public sealed interface FieldComparator {

    /** The levels this comparator yields, from worst to best, without {@link AgreementLevel#MISSING}. */
    List<AgreementLevel> levels();

    /** The level of two present (non-empty) values. */
    AgreementLevel compare(String a, String b);

    /** Equal or not: sex, citizenship, document numbers, codes; works on keyed values. */
    static FieldComparator exact() {
        return new Exact();
    }

    /** Jaro–Winkler on folded names: equal, ≥ 0.92 close, ≥ 0.80 partial, else disagree. */
    static FieldComparator jaroWinkler() {
        return new JaroWinklerLevels(0.92, 0.80);
    }

    /**
     * Dates of birth as {@code yyyyMMdd} digits: equal; close when day and month are swapped or exactly one digit
     * differs (a typo); else disagree.
     */
    static FieldComparator birthDate() {
        return new BirthDate();
    }

    /**
     * Dates of birth as {@code yyyyMMdd} digits, or only the year ({@code yyyy}) where a register kept no more: as
     * {@link #birthDate()} on two full dates; partial when either is only a year and the years are equal (a shared
     * year says less than a shared date, and two records that both have only the year agree on no more than that);
     * else disagree.
     */
    static FieldComparator birthDateOrYear() {
        return new BirthDateOrYear();
    }

    /** Equal or not. */
    record Exact() implements FieldComparator {

        @Override
        public List<AgreementLevel> levels() {
            return List.of(AgreementLevel.DISAGREE, AgreementLevel.EXACT);
        }

        @Override
        public AgreementLevel compare(String a, String b) {
            return a.equals(b) ? AgreementLevel.EXACT : AgreementLevel.DISAGREE;
        }
    }

    /** Jaro–Winkler similarity cut into levels at {@code close} and {@code partial}. */
    record JaroWinklerLevels(double close, double partial) implements FieldComparator {

        public JaroWinklerLevels {
            if (!(0 < partial && partial < close && close < 1)) {
                throw new IllegalArgumentException("need 0 < partial < close < 1");
            }
        }

        @Override
        public List<AgreementLevel> levels() {
            return List.of(AgreementLevel.DISAGREE, AgreementLevel.PARTIAL, AgreementLevel.CLOSE,
                    AgreementLevel.EXACT);
        }

        @Override
        public AgreementLevel compare(String a, String b) {
            if (a.equals(b)) {
                return AgreementLevel.EXACT;
            }
            double similarity = JaroWinkler.similarity(a, b);
            if (similarity >= close) {
                return AgreementLevel.CLOSE;
            }
            return similarity >= partial ? AgreementLevel.PARTIAL : AgreementLevel.DISAGREE;
        }
    }

    /** Dates of birth with tolerance for swapped day and month and for a one-digit typo. */
    record BirthDate() implements FieldComparator {

        @Override
        public List<AgreementLevel> levels() {
            return List.of(AgreementLevel.DISAGREE, AgreementLevel.CLOSE, AgreementLevel.EXACT);
        }

        @Override
        public AgreementLevel compare(String a, String b) {
            if (a.equals(b)) {
                return AgreementLevel.EXACT;
            }
            if (a.length() != b.length()) {
                return AgreementLevel.DISAGREE;
            }
            if (a.length() == 8 && swapDayAndMonth(a).equals(b)) {
                return AgreementLevel.CLOSE;
            }
            int differences = 0;
            for (int i = 0; i < a.length() && differences < 2; i++) {
                if (a.charAt(i) != b.charAt(i)) {
                    differences++;
                }
            }
            return differences == 1 ? AgreementLevel.CLOSE : AgreementLevel.DISAGREE;
        }

        private static String swapDayAndMonth(String date) {
            return date.substring(0, 4) + date.substring(6, 8) + date.substring(4, 6);
        }
    }

    /** Full dates of birth as {@link BirthDate}, a date that is only a year partly agreeing with its year. */
    record BirthDateOrYear() implements FieldComparator {

        private static final int YEAR = 4;

        @Override
        public List<AgreementLevel> levels() {
            return List.of(AgreementLevel.DISAGREE, AgreementLevel.PARTIAL, AgreementLevel.CLOSE,
                    AgreementLevel.EXACT);
        }

        @Override
        public AgreementLevel compare(String a, String b) {
            if (a.length() == YEAR || b.length() == YEAR) {
                return a.length() >= YEAR && b.length() >= YEAR && a.regionMatches(0, b, 0, YEAR)
                        ? AgreementLevel.PARTIAL : AgreementLevel.DISAGREE;
            }
            return new BirthDate().compare(a, b);
        }
    }
}
