package kz.qorgau.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import kz.qorgau.organisations.Regions;
import kz.qorgau.prevention.Milestones;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.system.DisplayFormat;

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
    private final ReportGaps gaps;
    private final Milestones milestones;
    private final DisplayFormat format;

    AnnualReportDocument(Statistics statistics, IndicatorLabels labels, ReportNarratives narratives,
            AnnualReportPdf pdf, Regions regions, MessageSource messages, ReportCharts charts, ReportGaps gaps,
            Milestones milestones, DisplayFormat format) {
        this.gaps = gaps;
        this.milestones = milestones;
        this.format = format;
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
            List<String> story = new ArrayList<>(rows.isEmpty() ? List.of(messages.getMessage("report.chapter.empty",
                    null, locale)) : narratives.of(chapter, figures, locale));
            if (chapter == Indicator.Chapter.PREVENTION) {
                story.add(messages.getMessage("report.chronology.title", null, locale));
                List<Milestones.Entry> entries = milestones.chronology(year, locale);
                if (entries.isEmpty()) {
                    story.add(messages.getMessage("report.chronology.none", null, locale));
                }
                entries.forEach(entry -> story.add(format.date(entry.datedOn()) + " — " + entry.title()));
            }
            chapters.add(new AnnualReportPdf.Chapter(messages.getMessage(chapter.messageKey(), null, locale), story,
                    charts.of(chapter, report.trend(), figures, report.byRegion(), locale), rows));
        }
        chapters.add(new AnnualReportPdf.Chapter(messages.getMessage("report.unavailable.title", new Object[]{ year },
                locale), gaps.of(figures, locale).stream().map(gap -> gap.name() + ": " + gap.reason()).toList(),
                List.of(), List.of()));
        String place = region == null ? messages.getMessage("statistics.region.all", null, locale)
                : regions.name(region, locale);
        return pdf.render(year, place, chapters, region != null && !audience.exact(), locale);
    }

    /** A figure as printed: its mark where hidden, a dash where undefined. */
    static String text(Number value, String mark) {
        return mark != null ? mark : value == null ? "—" : value.toString();
    }
}
