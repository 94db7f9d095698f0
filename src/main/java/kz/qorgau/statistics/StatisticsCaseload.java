package kz.qorgau.statistics;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.shared.RegionCode;
import kz.qorgau.shelters.RegionalCaseload;

/**
 * The cases registered ({@code investigations.initiated}) and the victims identified ({@code victims.identified}) in
 * each region in a year, for the shelters' funding model: the indicators' own definitions, counted by region in one
 * snapshot, exact (the funding report's readers oversee the shelters; it shows no record).
 */
@Component
class StatisticsCaseload implements RegionalCaseload {

    static final String CASES = "investigations.initiated";
    static final String VICTIMS = "victims.identified";

    private final Statistics statistics;

    StatisticsCaseload(Statistics statistics) {
        this.statistics = statistics;
    }

    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Caseload of(int year) {
        Map<RegionCode, Map<String, Number>> byRegion = statistics.exactByRegion(year, Set.of(CASES, VICTIMS));
        Map<RegionCode, Long> cases = new HashMap<>();
        Map<RegionCode, Long> victims = new HashMap<>();
        byRegion.forEach((region, values) -> {
            if (region != null) {
                cases.put(region, count(values, CASES));
                victims.put(region, count(values, VICTIMS));
            }
        });
        Map<String, Number> unknown = byRegion.getOrDefault(null, Map.of());
        return new Caseload(cases, victims, count(unknown, CASES), count(unknown, VICTIMS));
    }

    private static long count(Map<String, Number> values, String code) {
        Number value = values.get(code);
        return value == null ? 0 : value.longValue();
    }
}
