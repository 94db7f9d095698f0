package kz.qorgau.statistics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The annual report's narrative paragraphs, generated from the figures in Russian, Kazakh and English.
 * The sentences are message patterns in ICU syntax ({@code report.narrative.*} in the statistics bundles),
 * formatted with ICU so that numbers take the right plural form in each language (Russian one/few/many:
 * 21 дело, 22 дела, 26 дел; Kazakh has one form after numerals; English one/other). Breakdowns list only
 * the forms that occurred.
 */
@Component
public class ReportNarratives {

    private final MessageSource messages;

    ReportNarratives(MessageSource messages) {
        this.messages = messages;
    }

    /** The paragraphs of a chapter (none yet for prevention, which has no indicators). */
    public List<String> of(Indicator.Chapter chapter, int year, Map<String, Number> current,
            Map<String, Number> previous, Locale locale) {
        return switch (chapter) {
            case PROSECUTION -> prosecution(year, current, previous, locale);
            case PROTECTION -> protection(year, current, previous, locale);
            case PREVENTION -> List.of();
        };
    }

    /** The prosecution chapter's paragraphs for the year, compared with the year before. */
    public List<String> prosecution(int year, Map<String, Number> current, Map<String, Number> previous, Locale locale) {
        List<String> paragraphs = new ArrayList<>();
        Map<String, Object> args = base(year, locale);
        args.put("initiated", number(current, "investigations.initiated"));
        args.put("initiatedBefore", number(previous, "investigations.initiated"));
        args.put("breakdown", breakdown(current, "investigations.initiated", locale));
        args.put("continued", number(current, "investigations.continued"));
        paragraphs.add(format("report.narrative.investigations", args, locale));
        args.put("prosecutions", number(current, "prosecutions.cases"));
        args.put("prosecutionsBefore", number(previous, "prosecutions.cases"));
        args.put("defendants", number(current, "prosecutions.defendants"));
        args.put("breakdown", breakdown(current, "prosecutions.cases", locale));
        paragraphs.add(format("report.narrative.prosecutions", args, locale));
        args.put("convicted", number(current, "convictions.persons"));
        args.put("convictedBefore", number(previous, "convictions.persons"));
        args.put("breakdown", breakdown(current, "convictions.persons", locale));
        paragraphs.add(format("report.narrative.convictions", args, locale));
        long imprisoned = number(current, "sentences.imprisonment.persons");
        if (imprisoned > 0) {
            args.put("imprisoned", imprisoned);
            args.put("shortest", term(current.get("sentences.imprisonment.min_months"), locale));
            args.put("longest", term(current.get("sentences.imprisonment.max_months"), locale));
            paragraphs.add(format("report.narrative.sentences", args, locale));
        }
        return paragraphs;
    }

    /** The protection chapter's paragraphs. */
    public List<String> protection(int year, Map<String, Number> current, Map<String, Number> previous, Locale locale) {
        List<String> paragraphs = new ArrayList<>();
        Map<String, Object> args = base(year, locale);
        args.put("identified", number(current, "victims.identified"));
        args.put("identifiedBefore", number(previous, "victims.identified"));
        args.put("breakdown", breakdown(current, "victims.identified", locale));
        args.put("foreign", number(current, "victims.identified.foreign"));
        paragraphs.add(format("report.narrative.victims", args, locale));
        args.put("participated", number(current, "victims.participated_in_proceedings"));
        args.put("protected", number(current, "victims.state_protection_programme"));
        args.put("cost", number(current, "victims.state_protection_programme.cost_kzt"));
        paragraphs.add(format("report.narrative.proceedings", args, locale));
        args.put("referred", number(current, "referrals.made"));
        args.put("accepted", number(current, "referrals.accepted"));
        args.put("services", number(current, "services.delivered"));
        boolean none = ((Number) args.get("referred")).longValue() == 0 && ((Number) args.get("services")).longValue() == 0;
        paragraphs.add(format(none ? "report.narrative.referrals.none" : "report.narrative.referrals", args, locale));
        return paragraphs;
    }

    /** "23 — о сексуальной эксплуатации, 3 — о принудительном труде": the form groups that occurred. */
    String breakdown(Map<String, Number> figures, String base, Locale locale) {
        List<String> parts = new ArrayList<>();
        for (String group : ProsecutionIndicators.FORM_GROUPS) {
            long count = number(figures, base + "." + group);
            if (count > 0) {
                parts.add(format("report.part." + group, Map.of("count", count), locale));
            }
        }
        return parts.isEmpty() ? format("report.part.none", Map.of(), locale) : String.join(", ", parts);
    }

    /** A prison term in whole years when it is one, otherwise in months. */
    String term(Number months, Locale locale) {
        if (months == null) {
            return "";
        }
        long value = months.longValue();
        return value % 12 == 0 ? format("report.term.years", Map.of("count", value / 12), locale)
                : format("report.term.months", Map.of("count", value), locale);
    }

    String format(String key, Map<String, Object> args, Locale locale) {
        String pattern = messages.getMessage(key, null, locale);
        return new MessageFormat(pattern, ULocale.forLocale(locale)).format(args);
    }

    private static Map<String, Object> base(int year, Locale locale) {
        Map<String, Object> args = new HashMap<>();
        args.put("year", Integer.toString(year));
        args.put("yearBefore", Integer.toString(year - 1));
        return args;
    }

    private static long number(Map<String, Number> figures, String code) {
        Number value = figures.get(code);
        return value == null ? 0 : value.longValue();
    }
}
