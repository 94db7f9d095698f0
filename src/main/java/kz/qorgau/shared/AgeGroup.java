package kz.qorgau.shared;

/**
 * Age bands of victims at identification, those of the CTDC global codebook ({@code ageBroad}), so that
 * exports need no re-coding; children are the bands under 18 (GLOTIP: 0 to 17 years, 18 years or over).
 */
public enum AgeGroup {
    AGE_0_8(0, 8),
    AGE_9_17(9, 17),
    AGE_18_20(18, 20),
    AGE_21_23(21, 23),
    AGE_24_26(24, 26),
    AGE_27_29(27, 29),
    AGE_30_38(30, 38),
    AGE_39_47(39, 47),
    AGE_48_PLUS(48, Integer.MAX_VALUE),
    UNKNOWN(-1, -1);

    public static final int ADULTHOOD = 18;

    private final int from;
    private final int to;

    AgeGroup(int from, int to) {
        this.from = from;
        this.to = to;
    }

    /** The band of an age in whole years; {@link #UNKNOWN} when the age is not known. */
    public static AgeGroup of(Integer age) {
        if (age == null || age < 0) {
            return UNKNOWN;
        }
        for (AgeGroup group : values()) {
            if (group != UNKNOWN && age >= group.from && age <= group.to) {
                return group;
            }
        }
        return UNKNOWN;
    }

    /** The lowest age of the band (for SQL filters); -1 for {@link #UNKNOWN}. */
    public int from() {
        return from;
    }

    /** The highest age of the band; {@link Integer#MAX_VALUE} for the last, -1 for {@link #UNKNOWN}. */
    public int to() {
        return to;
    }

    public boolean child() {
        return this != UNKNOWN && to < ADULTHOOD;
    }

    public String messageKey() {
        return "age-group." + name();
    }
}
