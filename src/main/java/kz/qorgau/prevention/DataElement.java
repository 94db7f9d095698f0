package kz.qorgau.prevention;

/**
 * A yearly figure that ministry staff enter because no record yields it, and how it is broken down: the whole country
 * only, or every region by sex and age (the population, the denominator of rates per 100,000).
 */
public enum DataElement {
    /** The police officers working against trafficking at the end of the year (MVD). */
    POLICE_OFFICERS(false),
    /** The resident population at the start of the year, by region, sex and age (Bureau of National Statistics). */
    POPULATION(true);

    private final boolean byRegionSexAge;

    DataElement(boolean byRegionSexAge) {
        this.byRegionSexAge = byRegionSexAge;
    }

    /** Whether each value is of a region, a sex and an age group (otherwise of the whole country). */
    public boolean byRegionSexAge() {
        return byRegionSexAge;
    }

    public String messageKey() {
        return "figure.element." + name();
    }
}
