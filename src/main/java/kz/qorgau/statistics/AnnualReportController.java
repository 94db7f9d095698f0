package kz.qorgau.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import kz.qorgau.audit.AuditEvent;
import kz.qorgau.audit.AuditTrail;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.organisations.Regions;
import kz.qorgau.shared.PlausibleYear;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;

/** The annual report as a PDF download, in the user's language; every download is audited. */
@Controller
@Requires(Permission.STATISTICS)
class AnnualReportController {

    private final Statistics statistics;
    private final IndicatorLabels labels;
    private final ReportNarratives narratives;
    private final AnnualReportPdf pdf;
    private final Regions regions;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final ReportCharts charts;

    AnnualReportController(Statistics statistics, IndicatorLabels labels, ReportNarratives narratives,
            AnnualReportPdf pdf, Regions regions, MessageSource messages, AuditTrail audit, ReportCharts charts) {
        this.statistics = statistics;
        this.labels = labels;
        this.narratives = narratives;
        this.pdf = pdf;
        this.regions = regions;
        this.messages = messages;
        this.audit = audit;
        this.charts = charts;
    }

    @GetMapping("/statistics/report/{year}.pdf")
    ResponseEntity<byte[]> report(@PathVariable @PlausibleYear int year, @RequestParam(required = false) String region,
            @AuthenticationPrincipal QorgauUser user, Locale locale) {
        RegionCode regionCode = StatisticsQuery.regionOrCountry(region);
        Statistics.Audience audience = Statistics.Audience.of(user);
        Statistics.Report report = statistics.report(new StatisticsQuery(year, regionCode), audience,
                ReportCharts.TREND_YEARS, ReportCharts.trendCodes(), ReportCharts.headlineCodes());
        Statistics.YearComparison figures = report.figures();
        List<AnnualReportPdf.Chapter> chapters = new ArrayList<>();
        for (Indicator.Chapter chapter : Indicator.Chapter.values()) {
            List<AnnualReportPdf.Row> rows = figures.indicators().stream()
                    .filter(indicator -> indicator.chapter() == chapter)
                    .map(indicator -> new AnnualReportPdf.Row(labels.name(indicator, locale),
                            text(figures.value(indicator), figures.mark(indicator)),
                            text(figures.previousValue(indicator), figures.previousMark(indicator))))
                    .toList();
            List<String> story = narratives.of(chapter, figures, locale);
            if (rows.isEmpty()) {
                story = List.of(messages.getMessage("report.chapter.empty", null, locale));
            }
            chapters.add(new AnnualReportPdf.Chapter(messages.getMessage(chapter.messageKey(), null, locale), story,
                    charts.of(chapter, report.trend(), figures, report.byRegion(), locale), rows));
        }
        String place = regionCode == null ? messages.getMessage("statistics.region.all", null, locale)
                : regions.name(regionCode, locale);
        byte[] document = pdf.render(year, place, chapters, regionCode != null && !audience.exact(), locale);
        audit.record(AuditEvent.of("STATISTICS_EXPORTED", "statistics", year).with("format", "PDF")
                .with("region", regionCode == null ? "" : regionCode.value()).with("language", locale.getLanguage()));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("qorgau-report-" + year + (regionCode == null ? "" : "-" + regionCode.value()) + "-"
                                + locale.getLanguage() + ".pdf")
                        .build().toString())
                .body(document);
    }

    /** A figure as printed: its mark where hidden, a dash where undefined. */
    private static String text(Number value, String mark) {
        return mark != null ? mark : value == null ? "—" : value.toString();
    }
}
