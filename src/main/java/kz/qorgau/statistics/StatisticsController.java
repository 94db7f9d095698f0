package kz.qorgau.statistics;

import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import kz.qorgau.organisations.Regions;
import kz.qorgau.shared.InvalidValueException;
import kz.qorgau.shared.RegionCode;

/** The statistics pages: a year's figures beside the previous year's, and the catalogue. */
@Controller
@RequestMapping("/statistics")
class StatisticsController {

    private final Statistics statistics;
    private final IndicatorLabels labels;
    private final Regions regions;
    private final java.time.Clock clock;
    private final ReportNarratives narratives;
    private final StatisticsExports exports;

    StatisticsController(Statistics statistics, IndicatorLabels labels, Regions regions, java.time.Clock clock,
            ReportNarratives narratives, StatisticsExports exports) {
        this.exports = exports;
        this.statistics = statistics;
        this.labels = labels;
        this.regions = regions;
        this.clock = clock;
        this.narratives = narratives;
    }

    /** A row of the figures table. */
    record Row(String code, String name, String definition, Number value, Number previous, String unitKey) {
    }

    @GetMapping
    String figures(@RequestParam(required = false) Integer year, @RequestParam(required = false) String region,
            Model model, Locale locale) {
        int shown = year != null ? year : Year.now(clock).getValue() - 1;
        RegionCode regionCode = StatisticsQuery.regionOrCountry(region);
        Statistics.YearComparison figures = statistics.compare(new StatisticsQuery(shown, regionCode));
        Map<String, Number> current = figures.current();
        Map<String, Number> previous = figures.previous();
        Map<Indicator.Chapter, List<Row>> chapters = new LinkedHashMap<>();
        for (Indicator indicator : figures.indicators()) {
            chapters.computeIfAbsent(indicator.chapter(), chapter -> new ArrayList<>()).add(new Row(indicator.code(),
                    labels.name(indicator, locale), labels.definition(indicator, locale), figures.value(indicator),
                    figures.previousValue(indicator), indicator.unit().messageKey()));
        }
        model.addAttribute("narratives", Map.of(
                Indicator.Chapter.PROSECUTION, narratives.prosecution(shown, current, previous, locale),
                Indicator.Chapter.PROTECTION, narratives.protection(shown, current, previous, locale)));
        model.addAttribute("year", shown);
        model.addAttribute("region", regionCode == null ? "" : regionCode.value());
        model.addAttribute("chapters", chapters);
        model.addAttribute("years", IntStream.rangeClosed(2016, Year.now(clock).getValue()).boxed()
                .sorted(Comparator.reverseOrder()).toList());
        model.addAttribute("regions", regions.current(locale));
        return "statistics/figures";
    }

    /** The year's figures (as on the page) as a CSV or XLSX download. */
    @GetMapping("/export/{year}")
    ResponseEntity<byte[]> export(@PathVariable int year, @RequestParam(required = false) String region,
            @RequestParam(defaultValue = "csv") String format, Locale locale) {
        if (region != null && !region.isBlank() && !RegionCode.isValid(region)) {
            throw new InvalidValueException("case.error.region-required");
        }
        return download(exports.figures(new StatisticsQuery(year,
                region == null || region.isBlank() ? null : RegionCode.of(region)), format(format), locale));
    }

    /** The UNODC GLOTIP table of the year as a CSV or XLSX download. */
    @GetMapping("/glotip/{year}")
    ResponseEntity<byte[]> glotip(@PathVariable int year, @RequestParam(defaultValue = "csv") String format) {
        return download(exports.glotip(new StatisticsQuery(year, null), format(format)));
    }

    /**
     * The CTDC / HTCDS victim-level export (k-anonymous) of the year, or of the years from {@code from} to it, as
     * a CSV or XLSX download.
     */
    @GetMapping("/ctdc/{year}")
    ResponseEntity<byte[]> ctdc(@PathVariable int year, @RequestParam(required = false) Integer from,
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
