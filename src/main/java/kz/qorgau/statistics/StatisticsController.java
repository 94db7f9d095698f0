package kz.qorgau.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import kz.qorgau.identity.QorgauUser;
import kz.qorgau.organisations.Regions;
import kz.qorgau.prevention.Milestones;
import kz.qorgau.shared.NotFoundException;
import kz.qorgau.shared.InvalidValueException;
import kz.qorgau.shared.PlausibleYear;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.Today;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;

/** The statistics pages: a year's figures beside the previous year's, and the catalogue. */
@Controller
@RequestMapping("/statistics")
@Requires(Permission.STATISTICS)
class StatisticsController {

    static final int PAGE_SIZE = 25;

    private final Statistics statistics;
    private final IndicatorLabels labels;
    private final Regions regions;
    private final Today today;
    private final ReportNarratives narratives;
    private final StatisticsExports exports;
    private final ReportCharts charts;
    private final RecordListing listing;
    private final ReportGaps gaps;
    private final Milestones milestones;

    StatisticsController(Statistics statistics, IndicatorLabels labels, Regions regions, Today today,
            ReportNarratives narratives, StatisticsExports exports, ReportCharts charts, RecordListing listing,
            ReportGaps gaps, Milestones milestones) {
        this.listing = listing;
        this.gaps = gaps;
        this.milestones = milestones;
        this.exports = exports;
        this.charts = charts;
        this.statistics = statistics;
        this.labels = labels;
        this.regions = regions;
        this.today = today;
        this.narratives = narratives;
    }

    /**
     * A row of the figures table; {@code records} the kind of records a user may list behind it, or null; a mark
     * ({@code <5}, {@code x}) where the year's or the previous year's figure is hidden.
     */
    record Row(String code, String name, String definition, Number value, Number previous, String unitKey,
            IndicatorSource.Records.Kind records, String mark, String previousMark, boolean definedAbove) {

        /**
         * The rows with the definition written once: a row whose definition is the row's above (a breakdown of a
         * total, which shares the total's rule) says so instead of repeating it, so the report is read without 61
         * definitions printed 314 times.
         */
        static List<Row> definedOnce(List<Row> rows) {
            List<Row> once = new ArrayList<>(rows.size());
            String above = null;
            for (Row row : rows) {
                boolean same = row.definition() != null && row.definition().equals(above);
                once.add(same ? new Row(row.code(), row.name(), row.definition(), row.value(), row.previous(), row
                        .unitKey(), row.records(), row.mark(), row.previousMark(), true) : row);
                above = row.definition();
            }
            return once;
        }
    }

    /** A chapter of the report: its narrative, charts and rows (a chapter without indicators yet is empty). */
    record ChapterView(Indicator.Chapter chapter, List<String> narrative, List<ReportCharts.Chart> charts,
            List<Row> rows) {
    }

    @GetMapping
    String figures(@RequestParam(required = false) @PlausibleYear Integer year,
            @RequestParam(required = false) String region,
            @AuthenticationPrincipal QorgauUser user, Model model, Locale locale) {
        int shown = year != null ? year : today.year().getValue() - 1;
        RegionCode regionCode = StatisticsQuery.regionOrCountry(region);
        StatisticsQuery query = new StatisticsQuery(shown, regionCode);
        Statistics.Audience audience = Statistics.Audience.of(user);
        Statistics.Report report = statistics.report(query, audience, ReportCharts.TREND_YEARS,
                ReportCharts.trendCodes(), ReportCharts.headlineCodes());
        Statistics.YearComparison figures = report.figures();
        Map<Integer, Statistics.Published> trend = report.trend();
        Map<String, Statistics.ByRegion> byRegion = report.byRegion();
        Set<IndicatorSource.Records.Kind> listable = audience.listable();
        List<ChapterView> chapters = new ArrayList<>();
        for (Indicator.Chapter chapter : Indicator.Chapter.values()) {
            List<Row> rows = figures.indicators().stream().filter(indicator -> indicator.chapter() == chapter)
                    .map(indicator -> new Row(indicator.code(), labels.name(indicator, locale),
                            labels.definition(indicator, locale), figures.value(indicator),
                            figures.previousValue(indicator), indicator.unit().messageKey(),
                            statistics.recordKind(indicator.code()).filter(listable::contains).orElse(null),
                            figures.mark(indicator), figures.previousMark(indicator), false))
                    .toList();
            rows = Row.definedOnce(rows);
            chapters.add(new ChapterView(chapter, narratives.of(chapter, figures, locale),
                    charts.of(chapter, trend, figures, byRegion, locale), rows));
        }
        // the rule is explained to those who see figures by region protected
        model.addAttribute("smallCounts", !audience.exact());
        model.addAttribute("year", shown);
        model.addAttribute("region", regionCode == null ? "" : regionCode.value());
        model.addAttribute("chapters", chapters);
        model.addAttribute("gaps", gaps.of(figures, locale));
        model.addAttribute("chronology", milestones.chronology(shown, locale));
        model.addAttribute("years", years());
        model.addAttribute("regions", regions.current(locale));
        return "statistics/figures";
    }

    /** The kinds of records the user may list (an analyst operations and requests only: no personal data). */
    private static Set<IndicatorSource.Records.Kind> listable(QorgauUser user) {
        return Statistics.Audience.of(user).listable();
    }

    /**
     * The drill-down: the records behind a figure that the user may see, as the case or victim list shows
     * them, with the number of those outside the user's scope. A figure whose records cannot be listed, or
     * whose kind of records the user may not see, answers 404.
     */
    @GetMapping("/records")
    String records(@RequestParam String code, @RequestParam @PlausibleYear int year,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String sort, @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal QorgauUser user, Model model, Locale locale) {
        Indicator indicator = statistics.indicator(code).orElseThrow(() -> new NotFoundException(
                "statistics.error.no-records"));
        RegionCode regionCode = StatisticsQuery.regionOrCountry(region);
        StatisticsQuery query = new StatisticsQuery(year, regionCode);
        Statistics.Listed listed = statistics.records(code, query)
                .filter(records -> listable(user).contains(records.kind()))
                .orElseThrow(() -> new NotFoundException("statistics.error.no-records"));
        PageRequest pageable = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
        long shown = listing.list(listed, sort, pageable, model);
        model.addAttribute("indicator", indicator);
        model.addAttribute("name", labels.name(indicator, locale));
        model.addAttribute("value", statistics.value(code, query));
        model.addAttribute("kind", listed.kind());
        model.addAttribute("recordCount", listed.ids().size());
        model.addAttribute("outsideScope", listed.ids().size() - shown);
        model.addAttribute("year", year);
        model.addAttribute("region", regionCode == null ? "" : regionCode.value());
        model.addAttribute("place", regionCode == null ? null : regions.name(regionCode, locale));
        return "statistics/records";
    }

    private List<Integer> years() {
        return years(today);
    }

    /** The years the report can be read for, latest first. */
    static List<Integer> years(Today today) {
        return IntStream.rangeClosed(2016, today.year().getValue()).boxed().sorted(Comparator.reverseOrder()).toList();
    }

    /** The year's figures (as on the page) as a CSV or XLSX download. */
    @GetMapping("/export/{year}")
    ResponseEntity<byte[]> export(@PathVariable @PlausibleYear int year, @RequestParam(required = false) String region,
            @RequestParam(defaultValue = "csv") String format, @AuthenticationPrincipal QorgauUser user,
            Locale locale) {
        if (region != null && !region.isBlank() && !RegionCode.isValid(region)) {
            throw new InvalidValueException("case.error.region-required");
        }
        if (region != null && !region.isBlank() && !regions.known(RegionCode.of(region))) {
            throw new InvalidValueException("statistics.error.unknown-region", RegionCode.of(region).value());
        }
        return download(exports.figures(new StatisticsQuery(year,
                region == null || region.isBlank() ? null : RegionCode.of(region)), Statistics.Audience.of(user),
                format(format), locale));
    }

    /** The UNODC GLOTIP table of the year as a CSV or XLSX download. */
    @GetMapping("/glotip/{year}")
    ResponseEntity<byte[]> glotip(@PathVariable @PlausibleYear int year,
            @RequestParam(defaultValue = "csv") String format) {
        return download(exports.glotip(new StatisticsQuery(year, null), format(format)));
    }

    /**
     * The CTDC / HTCDS victim-level export (k-anonymous) of the year, or of the years from {@code from} to it, as
     * a CSV or XLSX download.
     */
    @Requires(Permission.EXPORT_RECORDS)
    @GetMapping("/ctdc/{year}")
    ResponseEntity<byte[]> ctdc(@PathVariable @PlausibleYear int year,
            @RequestParam(required = false) @PlausibleYear Integer from,
            @RequestParam(defaultValue = "csv") String format) {
        return download(exports.ctdc(new Ctdc.Years(from == null ? year : from, year), format(format)));
    }

    private static StatisticsExports.Format format(String format) {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "csv" -> StatisticsExports.Format.CSV;
            case "xlsx" -> StatisticsExports.Format.XLSX;
            default -> throw new InvalidValueException("statistics.error.format");
        };
    }

    private static ResponseEntity<byte[]> download(StatisticsExports.Download download) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, download.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(download.filename()).build().toString())
                .body(download.content());
    }
}
