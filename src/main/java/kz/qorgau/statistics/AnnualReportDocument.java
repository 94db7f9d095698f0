package kz.qorgau.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import kz.qorgau.organisations.Regions;
import kz.qorgau.shared.RegionCode;

/**
 * The annual report as a PDF: each chapter's narrative, charts and figures beside the year before, as an audience may
 * see them, in a language. The same document is downloaded from the statistics page and kept in a published edition.
 */
@Component
class AnnualReportDocument {

    private final Statistics statistics;
    private final IndicatorLabels labels;
    private final ReportNarratives narratives;
    private final AnnualReportPdf pdf;
    private final Regions regions;
    private final MessageSource messages;
    private final ReportCharts charts;

    AnnualReportDocument(Statistics statistics, IndicatorLabels labels, ReportNarratives narratives,
            AnnualReportPdf pdf, Regions regions, MessageSource messages, ReportCharts charts) {
        this.statistics = statistics;
        this.labels = labels;
        this.narratives = narratives;
        this.pdf = pdf;
        this.regions = regions;
        this.messages = messages;
        this.charts = charts;
    }

    /** The report of the year, of the whole country (region null) or a region, as the audience may see it. */
    byte[] pdf(int year, RegionCode region, Statistics.Audience audience, Locale locale) {
        Statistics.Report report = statistics.report(new StatisticsQuery(year, region), audience,
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
        String place = region == null ? messages.getMessage("statistics.region.all", null, locale)
                : regions.name(region, locale);
        return pdf.render(year, place, chapters, region != null && !audience.exact(), locale);
    }

    /** A figure as printed: its mark where hidden, a dash where undefined. */
    static String text(Number value, String mark) {
        return mark != null ? mark : value == null ? "—" : value.toString();
    }
}
