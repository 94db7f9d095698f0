package kz.qorgau.statistics;

import java.time.LocalDate;

import kz.qorgau.shared.RegionCode;

/**
 * What to count: a calendar year (the period P of DESIGN.md §4, from 1 January inclusive to the next
 * 1 January exclusive) and optionally one region.
 */
public record StatisticsQuery(int year, RegionCode region) {

    /**
     * Only a year that makes dates: what people may ask for is checked where they ask
     * ({@link kz.qorgau.shared.PlausibleYear}); the years before it that a comparison or a trend reaches back
     * to (1990 for 1991) are counted like any other, and have nothing.
     */
    public StatisticsQuery {
        if (year < 1900 || year > 9999) {
            throw new IllegalArgumentException("year out of range");
        }
    }

    /** The region a page asked for, or the whole country when none (or no valid code) was given. */
    public static RegionCode regionOrCountry(String region) {
        return region == null || !RegionCode.isValid(region) ? null : RegionCode.of(region);
    }

    public LocalDate from() {
        return LocalDate.of(year, 1, 1);
    }

    public LocalDate to() {
        return LocalDate.of(year + 1, 1, 1);
    }

    /** The region's code, or null for the whole country (as a SQL parameter). */
    public String regionCode() {
        return region == null ? null : region.value();
    }
}
