package kz.qorgau.shelters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

import kz.qorgau.shared.RegionCode;

/**
 * The funding model report of a year: each shelter open in the year beside the state money it was given and what it
 * would have been given had the same total been shared out (a) by the criminal cases registered in its region, as
 * the seed report says the money was, each region's part shared among its shelters by beds, (b) by the victims it
 * served, (c) by its bed-nights; its shortfall is (b) less what it was given. Each region beside its cases, victims
 * identified, beds and the same sums, the regions without a shelter included: where victims are and where help is.
 * <p>
 * Every sum is in whole tenge and shared by {@link Apportionment}, so the shares of each model sum to the total given.
 */
public record FundingModel(int year, LocalDate countedTo, ShelterLine total, List<ShelterLine> shelters,
        List<RegionLine> regions, long casesRegionUnknown, long victimsRegionUnknown) {

    /** What the records say of a shelter in the year. */
    public record ShelterFigures(long shelterId, String reference, String name, ShelterKind kind, RegionCode region,
            Settlement settlement, int beds, long victimsServed, long bedNights, long availableBedNights,
            long stateKzt, long otherKzt) {
    }

    /**
     * A shelter's line: its figures, the ratios of its state money, its parts under each model (null: none), what it
     * lacks against its part by victims served (negative: more than that part) and its occupancy in per cent (null
     * without a bed).
     */
    public record ShelterLine(ShelterFigures figures, Long perVictimServed, Long perBedNight, Long byCases,
            Long byVictims, Long byBedNights, Long shortfall, Double occupancyPercent) {

        ShelterLine(ShelterFigures figures, Long perVictimServed, Long perBedNight, Long byCases, Long byVictims,
                Long byBedNights) {
            this(figures, perVictimServed, perBedNight, byCases, byVictims, byBedNights, byVictims == null ? null
                    : byVictims - figures.stateKzt(), figures.availableBedNights() == 0 ? null
                            : 100.0 * figures.bedNights() / figures.availableBedNights());
        }

        /** The state money given to the shelter. */
        public Long given() {
            return figures.stateKzt();
        }
    }

    /**
     * A region's line: the caseload of the statistics, its shelters' sums, its victims identified per bed (null
     * without a bed) and its shelters' shortfall against (b).
     */
    public record RegionLine(RegionCode region, long casesRegistered, long victimsIdentified, int shelters, int beds,
            long victimsServed, long bedNights, long stateKzt, Long byCases, Long byVictims, Long byBedNights,
            Double victimsPerBed, Long shortfall) {

        RegionLine(RegionCode region, long casesRegistered, long victimsIdentified, int shelters, int beds,
                long victimsServed, long bedNights, long stateKzt, Long byCases, Long byVictims, Long byBedNights) {
            this(region, casesRegistered, victimsIdentified, shelters, beds, victimsServed, bedNights, stateKzt,
                    byCases, byVictims, byBedNights, beds == 0 ? null : (double) victimsIdentified / beds,
                    byVictims == null ? null : byVictims - stateKzt);
        }
    }

    /**
     * The model with only some shelters' lines (those an overseer of some regions reaches); the totals, the regions'
     * sums and every part stay those of the national model.
     */
    FundingModel withShelters(Predicate<ShelterLine> shown) {
        return new FundingModel(year, countedTo, total, shelters.stream().filter(shown).toList(), regions,
                casesRegionUnknown, victimsRegionUnknown);
    }

    /** The state money given to the shelters in the year. */
    public long stateTotal() {
        return total.figures().stateKzt();
    }

    /**
     * The model of a year from the shelters' figures, the statistics' caseload and the regions of the year (in the
     * order the report lists them).
     */
    static FundingModel of(int year, LocalDate countedTo, List<ShelterFigures> figures,
            RegionalCaseload.Caseload caseload, List<RegionCode> regions) {
        long stateTotal = figures.stream().mapToLong(ShelterFigures::stateKzt).sum();
        long otherTotal = figures.stream().mapToLong(ShelterFigures::otherKzt).sum();

        Map<Long, Long> byCases = byCases(stateTotal, figures, caseload).orElse(Map.of());
        Map<Long, Long> byVictims = share(stateTotal, figures, ShelterFigures::victimsServed);
        Map<Long, Long> byBedNights = share(stateTotal, figures, ShelterFigures::bedNights);

        List<ShelterLine> lines = figures.stream()
                .sorted(Comparator.comparing(ShelterFigures::region).thenComparing(ShelterFigures::name))
                .map(f -> new ShelterLine(f, ratio(f.stateKzt(), f.victimsServed()), ratio(f.stateKzt(), f
                        .bedNights()), byCases.get(f.shelterId()), byVictims.get(f.shelterId()), byBedNights.get(f
                                .shelterId())))
                .toList();

        Map<RegionCode, List<ShelterLine>> inRegion = new TreeMap<>();
        lines.forEach(line -> inRegion.computeIfAbsent(line.figures().region(), key -> new ArrayList<>()).add(line));
        List<RegionCode> listed = new ArrayList<>(regions);
        inRegion.keySet().stream().filter(region -> !listed.contains(region)).forEach(listed::add);
        caseload.casesRegistered().keySet().stream().filter(region -> !listed.contains(region)).sorted()
                .forEach(listed::add);
        caseload.victimsIdentified().keySet().stream().filter(region -> !listed.contains(region)).sorted()
                .forEach(listed::add);
        List<RegionLine> regionLines = listed.stream().map(region -> {
            List<ShelterLine> own = inRegion.getOrDefault(region, List.of());
            return new RegionLine(region, caseload.cases(region), caseload.victims(region), own.size(),
                    (int) sum(own, line -> line.figures().beds()), sum(own, line -> line.figures().victimsServed()),
                    sum(own, line -> line.figures().bedNights()), sum(own, line -> line.figures().stateKzt()),
                    partOf(own, ShelterLine::byCases), partOf(own, ShelterLine::byVictims), partOf(own,
                            ShelterLine::byBedNights));
        }).toList();
        return new FundingModel(year, countedTo, total(lines, stateTotal, otherTotal), lines, regionLines, caseload
                .casesRegionUnknown(), caseload.victimsRegionUnknown());
    }

    /** The sums of the shelters' columns. */
    private static ShelterLine total(List<ShelterLine> lines, long stateTotal, long otherTotal) {
        ShelterFigures sum = new ShelterFigures(0, null, null, null, null, null,
                lines.stream().mapToInt(line -> line.figures().beds()).sum(), sum(lines, line -> line.figures()
                        .victimsServed()), sum(lines, line -> line.figures().bedNights()), sum(lines, line -> line
                                .figures().availableBedNights()), stateTotal, otherTotal);
        return new ShelterLine(sum, ratio(stateTotal, sum.victimsServed()), ratio(stateTotal, sum.bedNights()),
                partOf(lines, ShelterLine::byCases), partOf(lines, ShelterLine::byVictims), partOf(lines,
                        ShelterLine::byBedNights));
    }

    /**
     * (a) The total shared among the regions with a shelter by their cases registered, each region's part among its
     * shelters by their beds (equally when none has a bed); empty when those regions registered no case.
     */
    private static Optional<Map<Long, Long>> byCases(long total, List<ShelterFigures> figures,
            RegionalCaseload.Caseload caseload) {
        Map<RegionCode, List<ShelterFigures>> inRegion = new TreeMap<>();
        figures.forEach(f -> inRegion.computeIfAbsent(f.region(), key -> new ArrayList<>()).add(f));
        Map<RegionCode, Long> weights = new LinkedHashMap<>();
        inRegion.keySet().forEach(region -> weights.put(region, caseload.cases(region)));
        return Apportionment.of(total, weights).map(regionParts -> {
            Map<Long, Long> parts = new LinkedHashMap<>();
            regionParts.forEach((region, part) -> {
                List<ShelterFigures> own = inRegion.get(region);
                boolean bedless = own.stream().allMatch(f -> f.beds() == 0);
                parts.putAll(share(part, own, f -> bedless ? 1 : f.beds()));
            });
            return parts;
        });
    }

    /** The total shared among the shelters by a weight; empty (no part) when every weight is zero. */
    private static Map<Long, Long> share(long total, List<ShelterFigures> figures,
            ToLongFunction<ShelterFigures> weight) {
        Map<Long, Long> weights = new LinkedHashMap<>();
        figures.forEach(f -> weights.put(f.shelterId(), weight.applyAsLong(f)));
        return Apportionment.of(total, weights).orElse(Map.of());
    }

    private static Long partOf(List<ShelterLine> lines, Function<ShelterLine, Long> part) {
        if (lines.isEmpty() || lines.stream().anyMatch(line -> part.apply(line) == null)) {
            return null;
        }
        return lines.stream().mapToLong(line -> part.apply(line)).sum();
    }

    private static long sum(List<ShelterLine> lines, ToLongFunction<ShelterLine> value) {
        return lines.stream().mapToLong(value).sum();
    }

    /** Whole tenge per unit, rounded half up; null for no unit. */
    private static Long ratio(long amount, long units) {
        return units == 0 ? null : Math.round((double) amount / units);
    }
}
