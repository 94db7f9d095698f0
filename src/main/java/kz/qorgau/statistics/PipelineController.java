package kz.qorgau.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import kz.qorgau.identity.QorgauUser;
import kz.qorgau.inspections.InspectionSite;
import kz.qorgau.victims.IsicSection;
import kz.qorgau.organisations.Regions;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.PlausibleYear;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.Requires;
import kz.qorgau.shared.Today;

/**
 * The pipeline of labour inspections (did the year's inspections find anything, and what became of it): inspections
 * → forced-labour indicators found → police notified → case registered in ERDR → sent to court → conviction, with the
 * shares of unannounced and remote inspections; nationally or for a
 * region, by region and by kind of site. Every figure is an indicator of the catalogue ({@link InspectionIndicators},
 * {@link ProtectionIndicators}), published as the audience may see it (small counts hidden by region for those who
 * may not list the records).
 */
@Controller
class PipelineController {

    /** The stages, each an indicator, in order. */
    record Stage(String key, String code) {
    }

    static final List<Stage> STAGES = List.of(new Stage("inspections", "inspections.total"),
            new Stage("with_indicators", "inspections.with_indicators"),
            new Stage("notified", "inspections.notifications"),
            new Stage("registered", "inspections.notifications.registered"),
            new Stage("sent_to_court", "inspections.cases_sent_to_court"),
            new Stage("convicted", "inspections.cases_convicted"));

    /** A stage as shown: its value (null where hidden), its mark, and its share of the stage before (per cent). */
    record Row(String key, String code, Number value, String mark, String share) {
    }

    /** A region's stages as shown: a value, or the mark of a hidden one. */
    record RegionRow(String code, String name, List<Object> cells) {
    }

    private final Statistics statistics;
    private final Regions regions;
    private final MessageSource messages;
    private final Today today;

    PipelineController(Statistics statistics, Regions regions, MessageSource messages, Today today) {
        this.statistics = statistics;
        this.regions = regions;
        this.messages = messages;
        this.today = today;
    }

    @GetMapping("/inspections/pipeline")
    @Requires(Permission.STATISTICS)
    String pipeline(@RequestParam(required = false) @PlausibleYear Integer year, @RequestParam(
            required = false) String region,
            @AuthenticationPrincipal QorgauUser user, Model model, Locale locale) {
        int shown = year == null || year < 2016 || year > today.year().getValue() ? today.year().getValue() - 1
                : year;
        RegionCode regionCode = StatisticsQuery.regionOrCountry(region);
        Statistics.Audience audience = Statistics.Audience.of(user);
        Statistics.Published figures = statistics.published(new StatisticsQuery(shown, regionCode), audience);
        List<Row> rows = new ArrayList<>();
        Number before = null;
        for (Stage stage : STAGES) {
            Number value = figures.values().get(stage.code());
            rows.add(new Row(stage.key(), stage.code(), value, figures.hidden().get(stage.code()), share(value,
                    before, locale)));
            before = value;
        }
        model.addAttribute("year", shown);
        model.addAttribute("years", StatisticsController.years(today));
        model.addAttribute("region", regionCode == null ? "" : regionCode.value());
        model.addAttribute("regions", regions.current(locale));
        model.addAttribute("rows", rows);
        model.addAttribute("unannounced", share(figures.values().get("inspections.unannounced"), figures.values().get(
                "inspections.total"), locale));
        model.addAttribute("remote", share(figures.values().get("inspections.remote"), figures.values().get(
                "inspections.total"), locale));
        model.addAttribute("sites", sites(figures));
        model.addAttribute("victims", shownValue(figures, "inspections.victims_identified"));
        model.addAttribute("sectors", sectors(figures));
        Set<String> codes = new LinkedHashSet<>();
        STAGES.forEach(stage -> codes.add(stage.code()));
        Map<String, Statistics.ByRegion> byRegion = statistics.byRegion(codes, shown, audience);
        List<RegionRow> regionRows = new ArrayList<>();
        for (var place : regions.validOn(LocalDate.of(shown, 12, 31), locale)) {
            regionRows.add(new RegionRow(place.code().value(), place.name(locale), STAGES.stream().map(stage -> {
                Statistics.ByRegion inRegions = byRegion.get(stage.code());
                String mark = inRegions.marks().get(place.code());
                Number value = inRegions.values().get(place.code());
                return mark != null ? (Object) mark : value == null ? (Object) 0 : value;
            }).toList()));
        }
        model.addAttribute("regionRows", regionRows);
        // from the indicators found on: beside the year's thousands of inspections the later stages would not show
        List<Row> charted = rows.subList(1, rows.size());
        model.addAttribute("chart", new ReportCharts.Chart("chart-pipeline", messages.getMessage("pipeline.chart",
                new Object[]{ String.valueOf(shown) }, locale), "bar", true, charted.stream().map(row -> messages
                        .getMessage("pipeline.stage." + row.key(), null, locale)).toList(), List.of(
                                new ReportCharts.Series(messages.getMessage("pipeline.count", null, locale), charted
                                        .stream().map(row -> row.value() == null ? (Number) 0 : row.value()).toList(),
                                        charted.stream().map(Row::mark).toList()))));
        return "statistics/pipeline";
    }

    /** The inspections of each kind of site, as shown (a hidden one by its mark). */
    private static List<Map.Entry<InspectionSite, Object>> sites(Statistics.Published figures) {
        List<Map.Entry<InspectionSite, Object>> sites = new ArrayList<>();
        for (InspectionSite site : InspectionSite.values()) {
            String code = "inspections.total." + InspectionIndicators.siteSuffix(site);
            sites.add(Map.entry(site, shownValue(figures, code)));
        }
        return sites;
    }

    /** A sector's inspections and those of them with indicators, as shown. */
    record SectorRow(IsicSection section, Object inspections, Object withIndicators) {
    }

    /**
     * The sectors with any inspection (a hidden figure by its mark), then the inspections whose sector was not
     * stated (section null), so that the rows add up to the year's inspections.
     */
    private static List<SectorRow> sectors(Statistics.Published figures) {
        List<SectorRow> rows = new ArrayList<>();
        List<IsicSection> sections = new ArrayList<>(Arrays.asList(IsicSection.values()));
        sections.add(null);
        for (IsicSection section : sections) {
            String suffix = InspectionIndicators.sectorSuffix(section);
            Object inspections = shownValue(figures, "inspections.total." + suffix);
            if (!(inspections instanceof Number number) || number.longValue() > 0) {
                rows.add(new SectorRow(section, inspections, shownValue(figures, "inspections.with_indicators."
                        + suffix)));
            }
        }
        return rows;
    }

    private static Object shownValue(Statistics.Published figures, String code) {
        String mark = figures.hidden().get(code);
        if (mark != null) {
            return mark;
        }
        Number value = figures.values().get(code);
        return value == null ? 0 : value;
    }

    /** A value as a share of another, in per cent to one place; a dash where either is unknown or the other 0. */
    private static String share(Number value, Number of, Locale locale) {
        if (value == null || of == null || of.doubleValue() == 0) {
            return "—";
        }
        return String.format(locale, "%.1f %%", 100.0 * value.doubleValue() / of.doubleValue());
    }
}
