package kz.qorgau.statistics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The annual report's list of indicators not available: each total of the catalogue that the year's records cannot
 * give (no value: a rate without its population, a longest sentence without a sentence), with the reason, its own
 * ({@code indicator.<code>.unavailable}) where one is written, else the general one; and what the seed report states
 * that no record of Qorgau can hold ({@code report.unavailable.always.*}).
 */
@Component
class ReportGaps {

    /** What the records can never give, in the order the report states it. */
    static final List<String> ALWAYS = List.of("usd", "other-states");

    /** An indicator or statement not available, and why. */
    record Gap(String code, String name, String reason) {
    }

    private final Statistics statistics;
    private final IndicatorLabels labels;
    private final MessageSource messages;

    ReportGaps(Statistics statistics, IndicatorLabels labels, MessageSource messages) {
        this.statistics = statistics;
        this.labels = labels;
        this.messages = messages;
    }

    /** The gaps of a year's figures as an audience reads them (a hidden figure is no gap), in the language. */
    List<Gap> of(Statistics.YearComparison figures, Locale locale) {
        Map<String, Number> shown = new HashMap<>();
        figures.indicators().stream().filter(indicator -> figures.mark(indicator) == null).forEach(
                indicator -> shown.put(indicator.code(), figures.value(indicator)));
        return of(shown, locale);
    }

    /** The gaps of a year's figures (code → value, null where undefined), in the language. */
    List<Gap> of(Map<String, ?> figures, Locale locale) {
        List<Gap> gaps = new ArrayList<>();
        String general = messages.getMessage("report.unavailable.undefined", null, locale);
        for (Indicator indicator : statistics.catalogue()) {
            if (indicator.breakdown().isEmpty() && figures.containsKey(indicator.code()) && figures.get(indicator
                    .code()) == null) {
                gaps.add(new Gap(indicator.code(), labels.name(indicator, locale), messages.getMessage("indicator."
                        + indicator.code() + ".unavailable", null, general, locale)));
            }
        }
        for (String statement : ALWAYS) {
            gaps.add(new Gap(null, messages.getMessage("report.unavailable.always." + statement, null, locale),
                    messages.getMessage("report.unavailable.always." + statement + ".why", null, locale)));
        }
        return gaps;
    }
}
