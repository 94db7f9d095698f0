package kz.qorgau.statistics;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import kz.qorgau.identity.QorgauUser;
import kz.qorgau.organisations.Regions;
import kz.qorgau.shared.InvalidValueException;
import kz.qorgau.shared.PlausibleYear;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.RuleViolationException;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;

/** Official statistics over the API: aggregates only. */
@RestController
@RequestMapping("/api/v1/statistics")
@Tag(name = "Statistics")
@Requires(Permission.STATISTICS)
class StatisticsApiController {

    private final Statistics statistics;
    private final StatisticsExports exports;
    private final IndicatorCatalogue catalogue;

    private final Regions regions;

    StatisticsApiController(Statistics statistics, StatisticsExports exports, IndicatorCatalogue catalogue,
            Regions regions) {
        this.statistics = statistics;
        this.exports = exports;
        this.catalogue = catalogue;
        this.regions = regions;
    }

    @Operation(summary = "Every indicator of a calendar year, as a flat map of code to number (optionally one region)",
            description = """
                    National figures are exact. A region's figures are exact for those who may list the records behind \
                    them (cases, victim records); for others small counts are protected: a count of 1 to 4 is not \
                    published, nor one that could be worked out from the national figure and the other regions or \
                    from a breakdown's total. A hidden figure's value in `indicators` is null (never a number), and \
                    `suppressed` maps its code to its mark: "<5" for a count of 1 to 4, "x" for a figure hidden so \
                    that another cannot be worked out (of any size, 0 included). A null value whose code is not in \
                    `suppressed` is undefined (such as the shortest prison term of no one).""")
    @GetMapping("/annual/{year}")
    Statistics.Annual annual(@PathVariable @PlausibleYear int year, @RequestParam(required = false) String region,
            @AuthenticationPrincipal QorgauUser user) {
        if (region != null && !region.isBlank() && !RegionCode.isValid(region)) {
            throw new RuleViolationException("case.error.region-required");
        }
        if (region != null && !region.isBlank() && !regions.known(RegionCode.of(region))) {
            // a code of the right form that names no region has no figures, not zeros
            throw new InvalidValueException("statistics.error.unknown-region", RegionCode.of(region).value());
        }
        return statistics.annualFigures(new StatisticsQuery(year,
                region == null || region.isBlank() ? null : RegionCode.of(region)), Statistics.Audience.of(user));
    }

    @Operation(summary = "The indicator catalogue", description = """
            Every indicator of the annual figures: its code, unit, chapter, names and counting rule in Russian, \
            Kazakh and English (`ru`, `kk`, `en`), for a total the breakdowns whose categories (unknown included) \
            make it up, and its correspondence in the UNODC GLOTIP table and the IC-TIP element whose records it \
            counts.""")
    @GetMapping("/indicators")
    List<IndicatorCatalogue.Entry> catalogue() {
        return catalogue.entries();
    }

    @Operation(summary = "The UNODC GLOTIP table of a calendar year (Indicator × Dimension × Category × Sex × Age"
            + " × Year); counts from 1 to 4 as \"<5\"")
    @GetMapping("/glotip/{year}")
    List<Glotip.Row> glotip(@PathVariable @PlausibleYear int year) {
        return exports.glotipRows(new StatisticsQuery(year, null));
    }

    @Requires(Permission.EXPORT_RECORDS)
    @Operation(summary = "The CTDC / HTCDS victim-level rows (27 variables of the CTDC 2024 codebook) of the victims"
            + " identified in a calendar year, or from the year 'from' to it; k-anonymous over the quasi-identifiers,"
            + " with the metadata of the anonymisation")
    @GetMapping("/ctdc/{year}")
    Ctdc.Export ctdc(@PathVariable @PlausibleYear int year, @RequestParam(
            required = false) @PlausibleYear Integer from) {
        return exports.ctdcExport(new Ctdc.Years(from == null ? year : from, year));
    }
}
