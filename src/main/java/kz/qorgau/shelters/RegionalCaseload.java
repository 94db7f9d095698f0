package kz.qorgau.shelters;

import java.util.Map;

import kz.qorgau.shared.RegionCode;

/**
 * What the official statistics count in each region in a year, for the funding model of the shelters: the criminal
 * cases registered (as the money was apportioned, the seed report says) and the victims identified. Contributed by
 * the statistics module, which owns the counting rules; exact counts, for the ministry staff who read the funding
 * report.
 */
public interface RegionalCaseload {

    Caseload of(int year);

    /**
     * The counts by region, each region with a record present (others have none), and those of records without a
     * region, so that the regions and the unknown sum to the national figure.
     */
    record Caseload(Map<RegionCode, Long> casesRegistered, Map<RegionCode, Long> victimsIdentified,
            long casesRegionUnknown, long victimsRegionUnknown) {

        public Caseload {
            casesRegistered = Map.copyOf(casesRegistered);
            victimsIdentified = Map.copyOf(victimsIdentified);
        }

        public long cases(RegionCode region) {
            return casesRegistered.getOrDefault(region, 0L);
        }

        public long victims(RegionCode region) {
            return victimsIdentified.getOrDefault(region, 0L);
        }
    }
}
