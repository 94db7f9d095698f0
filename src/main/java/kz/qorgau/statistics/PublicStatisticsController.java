package kz.qorgau.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import kz.qorgau.identity.QorgauUser;
import kz.qorgau.organisations.Regions;
import kz.qorgau.shared.NotFoundException;
import kz.qorgau.shared.PlausibleYear;
import kz.qorgau.system.PublicPages;
import kz.qorgau.system.PublicRateLimit;

/**
 * The published editions of the annual report for anyone, without an account ({@code /public/statistics}), in
 * Russian, Kazakh and English: the list, an edition's totals beside the year before, its narratives, the headline
 * figures by region and the GLOTIP table as published (small counts protected), and its files byte for byte. Only
 * what an edition froze: aggregates, never a record.
 */
@Controller
class PublicStatisticsController {

    /** How long browsers and proxies keep the list; an edition never changes. */
    static final int LIST_SECONDS = 300;
    static final int EDITION_SECONDS = 86_400;

    private final Editions editions;
    private final Statistics statistics;
    private final IndicatorLabels labels;
    private final Regions regions;
    private final PublicPages pages;
    private final PublicRateLimit limit;
    private final ReportGaps gaps;

    PublicStatisticsController(Editions editions, Statistics statistics, IndicatorLabels labels, Regions regions,
            PublicPages pages, PublicRateLimit limit, ReportGaps gaps) {
        this.gaps = gaps;
        this.editions = editions;
        this.statistics = statistics;
        this.labels = labels;
        this.regions = regions;
        this.pages = pages;
        this.limit = limit;
    }

    /** A total of an edition as shown: its name in the page's language, the year's and the year before's value. */
    record Row(String code, String name, Object value, Object previous) {
    }

    /** A chapter of an edition: its narrative and its totals. */
    record Chapter(String title, List<String> narrative, List<Row> rows) {
    }

    /** A headline figure by region: the region's name and its value or mark. */
    record RegionRow(String region, List<Object> values) {
    }

    @GetMapping("/public/statistics")
    String list(@RequestParam(required = false) String lang, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        String language = language(lang, request, model);
        if (limited(request, response, model)) {
            return "public/statistics";
        }
        cache(response, LIST_SECONDS);
        model.addAttribute("editions", editions.all());
        return "public/statistics";
    }

    @GetMapping("/public/statistics/{year}/{number}")
    String edition(@PathVariable @PlausibleYear int year, @PathVariable int number, @RequestParam(
            required = false) String lang,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        String language = language(lang, request, model);
        if (limited(request, response, model)) {
            return "public/statistics";
        }
        Editions.Contents contents = editions.edition(year, number).orElseThrow(() -> new NotFoundException(
                "edition.error.not-found"));
        Editions.Snapshot snapshot = contents.snapshot();
        Locale locale = Locale.forLanguageTag(language);
        List<Chapter> chapters = new ArrayList<>();
        for (Indicator.Chapter chapter : Indicator.Chapter.values()) {
            List<Row> rows = statistics.catalogue().stream().filter(indicator -> indicator.chapter() == chapter
                    && indicator.breakdown().isEmpty() && snapshot.figures().containsKey(indicator.code())).map(
                            indicator -> new Row(indicator.code(), labels.name(indicator, locale), snapshot
                                    .figures().get(indicator.code()), snapshot.previous().get(indicator.code())))
                    .toList();
            chapters.add(new Chapter(pages.text(language).get(chapter.messageKey()), snapshot.narratives()
                    .getOrDefault(language, Map.of()).getOrDefault(chapter.name(), List.of()), rows));
        }
        List<String> headline = ReportCharts.headlineCodes().stream().sorted().filter(code -> snapshot.regions()
                .containsKey(code)).toList();
        List<RegionRow> byRegion = new ArrayList<>();
        regions.current(locale).forEach(region -> byRegion.add(new RegionRow(region.name(locale), headline.stream()
                .map(code -> snapshot.regions().get(code).getOrDefault(region.code().value(), 0L)).toList())));
        byRegion.add(new RegionRow(pages.text(language).get("edition.part.region-unknown"), headline.stream().map(
                code -> snapshot.regions().get(code).getOrDefault(Editions.UNKNOWN_REGION, 0L)).toList()));
        model.addAttribute("chronology", snapshot.chronology().getOrDefault(language, List.of()));
        model.addAttribute("gaps", gaps.of(snapshot.figures(), locale));
        model.addAttribute("edition", contents.edition());
        model.addAttribute("files", contents.files());
        model.addAttribute("chapters", chapters);
        model.addAttribute("headline", headline.stream().map(code -> statistics.indicator(code).map(indicator -> labels
                .name(indicator, locale)).orElse(code)).toList());
        model.addAttribute("byRegion", byRegion);
        cache(response, EDITION_SECONDS);
        return "public/edition";
    }

    /** A file of an edition, as published. */
    @GetMapping("/public/statistics/{year}/{number}/{name}")
    ResponseEntity<byte[]> file(@PathVariable @PlausibleYear int year, @PathVariable int number,
            @PathVariable String name, HttpServletRequest request, HttpServletResponse response) {
        if (QorgauUser.current().isEmpty() && limit.refused("statistics", request, response)) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).build();
        }
        ResponseEntity<byte[]> download = EditionController.download(editions.file(year, number, name).orElseThrow(
                () -> new NotFoundException("edition.error.not-found")));
        return ResponseEntity.ok().headers(download.getHeaders()).header("Cache-Control", "public, max-age="
                + EDITION_SECONDS).body(download.getBody());
    }
    /** The page's language among those of an edition (ru, kk, en): the address's, else the reader's, else Russian. */
    private String language(String lang, HttpServletRequest request, Model model) {
        String language = pages.language(lang, request);
        if (!Editions.LANGUAGES.contains(language)) {
            language = "ru";
        }
        model.addAttribute("text", pages.text(language));
        model.addAttribute("languages", Editions.LANGUAGES);
        return language;
    }

    private boolean limited(HttpServletRequest request, HttpServletResponse response, Model model) {
        // the limit holds those without an account; staff signed in follow links here from their pages
        boolean refused = QorgauUser.current().isEmpty() && limit.refused("statistics", request, response);
        if (refused) {
            model.addAttribute("limited", true);
        }
        return refused;
    }

    private static void cache(HttpServletResponse response, int seconds) {
        response.setHeader("Cache-Control", "public, max-age=" + seconds);
        response.setHeader("Vary", "Accept-Language, Cookie");
    }
}
