package kz.qorgau.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import kz.qorgau.organisations.Regions;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.statistics.Indicator.Chapter;
import tools.jackson.databind.json.JsonMapper;
import java.util.Objects;

/**
 * The charts of the annual report, per chapter: the five-year trend of its headline indicators, the year by
 * form of exploitation, and (for the whole country) by region. Each chart is data only: the page draws it
 * with Chart.js from a {@code data-chart} attribute (no inline script), and shows the same numbers as a table
 * for those who do not see the chart. A hidden figure (small-count protection) is left out of the chart (a gap, a
 * missing bar) and shown by its mark ({@code <5}, {@code x}) in the table.
 */
@Component
class ReportCharts {

    /** The headline indicators of each chapter, drawn over five years. */
    static final Map<Chapter, List<String>> TRENDS = Map.of(
            Chapter.PROSECUTION, List.of("investigations.initiated", "prosecutions.cases", "convictions.persons"),
            Chapter.PROTECTION, List.of("victims.identified", "victims.identified.citizens",
                    "victims.identified.foreign"));
    /** The indicator of each chapter broken down by form of exploitation and by region. */
    static final Map<Chapter, String> HEADLINE = Map.of(Chapter.PROSECUTION, "investigations.initiated",
            Chapter.PROTECTION, "victims.identified");
    static final int TREND_YEARS = 5;

    private final Statistics statistics;
    private final IndicatorLabels labels;
    private final MessageSource messages;
    private final Regions regions;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    ReportCharts(Statistics statistics, IndicatorLabels labels, MessageSource messages, Regions regions) {
        this.statistics = statistics;
        this.labels = labels;
        this.messages = messages;
        this.regions = regions;
    }

    /** A series of numbers under a name; a mark where a value is hidden (its value then null), else null. */
    record Series(String name, List<Number> values, List<String> marks) {

        /** The value of a point as the table shows it: its mark, the number, or null where there is none. */
        public Object shown(int point) {
            return marks.get(point) != null ? marks.get(point) : values.get(point);
        }
    }

    /**
     * A chart: its element id, title, kind ({@code line} or {@code bar}), the labels of its points and its
     * series.
     */
    record Chart(String id, String title, String kind, boolean horizontal, List<String> labels, List<Series> series) {

        /** The chart as the page hands it to the script ({@code data-chart}). */
        public String data() {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("kind", kind);
            data.put("horizontal", horizontal);
            data.put("labels", labels);
            data.put("series", series.stream().map(s -> {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("name", s.name());
                one.put("values", s.values());
                return one;
            }).toList());
            return JSON.writeValueAsString(data);
        }

        /** Whether a value is hidden, and so left out of the chart. */
        public boolean hidesAny() {
            return series.stream().anyMatch(s -> s.marks().stream().anyMatch(Objects::nonNull));
        }
    }

    /** The indicators drawn by region. */
    static Set<String> headlineCodes() {
        return new LinkedHashSet<>(HEADLINE.values());
    }

    /** The charts of a chapter (none for a chapter without headline indicators). */
    /** The indicators the trends draw. */
    static Set<String> trendCodes() {
        Set<String> codes = new LinkedHashSet<>();
        TRENDS.values().forEach(codes::addAll);
        return codes;
    }

    /**
     * The charts of a chapter (none for a chapter without headline indicators), from the trends of
     * {@link #trendCodes()}, the year's figures and the headline figures by region (empty for a region).
     */
    List<Chart> of(Chapter chapter, Map<Integer, Statistics.Published> trend, Statistics.YearComparison year,
            Map<String, Statistics.ByRegion> byRegion, Locale locale) {
        if (!TRENDS.containsKey(chapter)) {
            return List.of();
        }
        List<Chart> charts = new ArrayList<>();
        String key = chapter.name().toLowerCase(Locale.ROOT);
        List<String> years = trend.keySet().stream().map(String::valueOf).toList();
        List<Series> trends = new ArrayList<>();
        for (String code : TRENDS.get(chapter)) {
            trends.add(new Series(labels.shortName(statistics.indicator(code).orElseThrow(), locale),
                    trend.values().stream().map(values -> values.values().get(code)).toList(),
                    trend.values().stream().map(values -> values.hidden().get(code)).toList()));
        }
        charts.add(new Chart("chart-trend-" + key, message("report.chart.trend", locale, TREND_YEARS), "line", false,
                years, trends));

        String headline = HEADLINE.get(chapter);
        List<String> forms = new ArrayList<>();
        List<Number> byForm = new ArrayList<>();
        List<String> formMarks = new ArrayList<>();
        for (String group : Definition.FORM_GROUPS) {
            forms.add(message("indicator.breakdown." + group, locale));
            byForm.add(year.current().get(headline + "." + group));
            formMarks.add(year.hidden().get(headline + "." + group));
        }
        String headlineName = name(headline, locale);
        charts.add(new Chart("chart-forms-" + key, message("report.chart.forms", locale, headlineName), "bar", true,
                forms, List.of(new Series(headlineName, byForm, formMarks))));

        Statistics.ByRegion regional = byRegion.get(headline);
        if (regional != null) {
            List<String> names = new ArrayList<>();
            List<Number> counts = new ArrayList<>();
            List<String> marks = new ArrayList<>();
            // the published values, largest first, then the hidden ones by region code: the order of a hidden bar
            // among the others would tell its size
            regional.values().entrySet().stream().filter(entry -> entry.getValue() != null)
                    .sorted(Comparator.comparing((Map.Entry<RegionCode, Number> entry) -> entry.getValue().longValue())
                            .reversed())
                    .forEach(entry -> {
                        names.add(regions.name(entry.getKey(), locale));
                        counts.add(entry.getValue());
                        marks.add(null);
                    });
            // the records of no region, so that the bars sum to the national figure (DESIGN.md §4): after the
            // published regions, or among the hidden ones where hidden
            boolean unknown = regional.unknownMark() != null || regional.unknown().longValue() > 0;
            if (unknown && regional.unknownMark() == null) {
                names.add(message("report.chart.region-unknown", locale));
                counts.add(regional.unknown());
                marks.add(null);
            }
            regional.marks().forEach((region, mark) -> {
                names.add(regions.name(region, locale));
                counts.add(null);
                marks.add(mark);
            });
            if (unknown && regional.unknownMark() != null) {
                names.add(message("report.chart.region-unknown", locale));
                counts.add(null);
                marks.add(regional.unknownMark());
            }
            charts.add(new Chart("chart-regions-" + key, message("report.chart.regions", locale, headlineName), "bar",
                    true, names, List.of(new Series(headlineName, counts, marks))));
        }
        return charts;
    }

    private String name(String code, Locale locale) {
        return labels.name(statistics.indicator(code).orElseThrow(), locale);
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
