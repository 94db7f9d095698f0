package kz.qorgau.statistics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import kz.qorgau.shared.RegionCode;
import kz.qorgau.statistics.SmallCounts.Mark;

/**
 * Small-count protection of a year's figures by region ({@link SmallCounts}), for readers who may not list the
 * records behind them. The table is every region (and the records of no region) × every count of the catalogue,
 * with two kinds of relation a reader may subtract along:
 * <ul>
 * <li>across regions: each indicator's national figure, which is published exactly, is the sum of its regions'
 * (and of the records of no region, never published by region and taken as known, to be safe); so hiding one
 * region's count hides another region's as well, or the national figure less the other regions would give it;</li>
 * <li>within a region: each breakdown and its total (by form of exploitation, citizenship, sex, age, article,
 * kind of service, and form × citizenship both ways).</li>
 * </ul>
 * Figures computed over the persons of a count (the shortest and longest prison term, the cost of protection)
 * are hidden with that count. Counts whose records the reader may list are published exactly, as the records
 * list would show them anyway.
 */
final class RegionalSmallCounts {

    /** A cell: a place ({@link #COUNTRY}, {@link #NO_REGION} or a region's code) and an indicator's code. */
    private record Cell(String place, String code) {
    }

    private static final String COUNTRY = "*";
    private static final String NO_REGION = "-";

    /** Figures over the persons of a count, hidden with it. */
    private static final Map<String, String> DEPENDENT = Map.of(
            "sentences.imprisonment.min_months", "sentences.imprisonment.persons",
            "sentences.imprisonment.max_months", "sentences.imprisonment.persons",
            "victims.state_protection_programme.cost_kzt", "victims.state_protection_programme",
            // a rate or an amount per person over a published number gives the hidden count away
            "shelters.occupancy_rate", "shelters.bed_nights",
            "shelters.state_funding_per_victim_kzt", "shelters.victims_sheltered");

    /** The counts of the catalogue (not months, tenge or rates). */
    private final List<String> counts;
    /** Each breakdown relation: the total's code, then its parts' codes. */
    private final List<List<String>> breakdowns;

    /**
     * @param catalogue every indicator
     * @param dimensions the breakdowns whose categories make up a total (every one with its unknown where the data
     *        has one), as the suffixes of their categories' codes
     */
    RegionalSmallCounts(List<Indicator> catalogue, List<List<String>> dimensions) {
        this.counts = catalogue.stream()
                .filter(indicator -> indicator.unit().counts())
                .map(Indicator::code).toList();
        this.breakdowns = breakdowns(counts, dimensions);
    }

    /** Every total of the catalogue with each dimension whose every category it breaks down into. */
    private static List<List<String>> breakdowns(List<String> catalogue, List<List<String>> dimensions) {
        // looked up hundreds of thousands of times at each start: a set, not the catalogue's list
        Set<String> codes = new HashSet<>(catalogue);
        List<List<String>> relations = new ArrayList<>();
        for (String total : catalogue) {
            // the total's categories that are codes of their own (victims.identified.citizens), with their dimension
            List<Map.Entry<List<String>, String>> categories = new ArrayList<>();
            for (List<String> inner : dimensions) {
                for (String category : inner) {
                    if (codes.contains(total + "." + category)) {
                        categories.add(Map.entry(inner, category));
                    }
                }
            }
            for (List<String> dimension : dimensions) {
                List<String> parts = dimension.stream().map(category -> total + "." + category).toList();
                if (codes.containsAll(parts)) {
                    List<String> relation = new ArrayList<>(List.of(total));
                    relation.addAll(parts);
                    relations.add(relation);
                }
                // the other way round of a two-way breakdown: victims.identified.citizens = Σ form of .<form>.citizens
                for (Map.Entry<List<String>, String> inner : categories) {
                    if (inner.getKey() == dimension) {
                        continue;
                    }
                    String category = inner.getValue();
                    List<String> across = dimension.stream().map(d -> total + "." + d + "." + category).toList();
                    if (codes.containsAll(across)) {
                        List<String> relation = new ArrayList<>(List.of(total + "." + category));
                        relation.addAll(across);
                        relations.add(relation);
                    }
                }
            }
        }
        return relations;
    }

    /**
     * The figures to hide in each region (null: the records of no region, never published by region), with their
     * marks.
     *
     * @param national the year's national figures (published exactly)
     * @param byRegion the year's figures by region, as the sources count them (a region without records left out)
     * @param exact the codes the reader sees exactly (their records they may list)
     */
    Map<RegionCode, Map<String, Mark>> hidden(Map<String, Number> national,
            Map<RegionCode, Map<String, Number>> byRegion,
            Predicate<String> exact) {
        SmallCounts.Table<Cell> table = new SmallCounts.Table<>();
        List<String> places = new ArrayList<>();
        // the places with records a count counts: a region with only beds or funding (none of its counts above 0) is
        // left out, as a region without any record is
        Set<String> counted = Set.copyOf(counts);
        byRegion.forEach((region, values) -> {
            if (values.entrySet().stream().anyMatch(value -> counted.contains(value.getKey()) && count(value
                    .getValue()) > 0)) {
                places.add(region == null ? NO_REGION : region.value());
            }
        });
        if (!places.contains(NO_REGION)) {
            places.add(NO_REGION);
        }
        for (String code : counts) {
            table.cell(new Cell(COUNTRY, code), count(national.get(code)), true);
            for (String place : places) {
                Map<String, Number> values = byRegion.getOrDefault(place.equals(NO_REGION) ? null : RegionCode.of(
                        place),
                        Map.of());
                table.cell(new Cell(place, code), count(values.get(code)), place.equals(NO_REGION) || exact.test(code));
            }
            table.relation(new Cell(COUNTRY, code), places.stream().map(place -> new Cell(place, code)).toList());
        }
        for (String place : places) {
            if (place.equals(NO_REGION)) {
                continue;
            }
            for (List<String> breakdown : breakdowns) {
                table.relation(new Cell(place, breakdown.getFirst()),
                        breakdown.subList(1, breakdown.size()).stream().map(code -> new Cell(place, code)).toList());
            }
        }
        Map<RegionCode, Map<String, Mark>> hidden = new LinkedHashMap<>();
        table.protect().forEach((cell, mark) -> {
            if (!cell.place().equals(NO_REGION)) {
                hidden.computeIfAbsent(RegionCode.of(cell.place()), key -> new LinkedHashMap<>()).put(cell.code(),
                        mark);
            }
        });
        hidden.values().forEach(marks -> DEPENDENT.forEach((dependent, count) -> {
            if (marks.containsKey(count) && !exact.test(dependent)) {
                marks.put(dependent, Mark.WITHHELD);
            }
        }));
        return hidden;
    }

    private static long count(Number value) {
        return value == null ? 0 : value.longValue();
    }
}
