package kz.qorgau.statistics;

import java.text.NumberFormat;
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
 *
 * <p>Small counts: a figure hidden in the table (small-count protection) is never put into words. A breakdown
 * names it by its mark ({@code <5}, {@code x}); a paragraph whose other figures include a hidden one says only
 * that they are in the table ({@code report.narrative.withheld}), as no plural form would fit "&lt;5".
 */
@Component
public class ReportNarratives {

    private final MessageSource messages;

    ReportNarratives(MessageSource messages) {
        this.messages = messages;
    }

    /** The paragraphs of a chapter. */
    public List<String> of(Indicator.Chapter chapter, int year, Map<String, Number> current,
            Map<String, Number> previous, Locale locale) {
        return of(chapter, new Figures(year, current, previous, Map.of(), Map.of()), locale);
    }

    /** The paragraphs of a chapter from the figures as published (hidden ones never in words). */
    public List<String> of(Indicator.Chapter chapter, Statistics.YearComparison figures, Locale locale) {
        return of(chapter, new Figures(figures.query().year(), figures.current(), figures.previous(), figures.hidden(),
                figures.hiddenBefore()), locale);
    }

    private List<String> of(Indicator.Chapter chapter, Figures figures, Locale locale) {
        List<String> paragraphs = switch (chapter) {
            case PROSECUTION -> prosecution(figures, locale);
            case PROTECTION -> protection(figures, locale);
            case PREVENTION -> prevention(figures, locale);
        };
        // the sentence that figures are in the table, once
        return paragraphs.stream().distinct().toList();
    }

    /** A year's and the year before's figures, with the marks of the hidden ones. */
    private record Figures(int year, Map<String, Number> current, Map<String, Number> previous,
            Map<String, String> hidden, Map<String, String> hiddenBefore) {

        /** Whether any of the year's codes, or of the year before's, is hidden. */
        boolean hides(List<String> codes, List<String> codesBefore) {
            return codes.stream().anyMatch(hidden::containsKey) || codesBefore.stream().anyMatch(
                    hiddenBefore::containsKey);
        }
    }

    /**
     * The prevention chapter: the labour inspections of the year beside the year before's, how many found
     * forced-labour indicators, and what the police did with the inspectors' notifications.
     */
    private List<String> prevention(Figures figures, Locale locale) {
        Map<String, Number> current = figures.current();
        Map<String, Object> args = base(figures.year(), locale);
        args.put("inspections", number(current, "inspections.total"));
        args.put("inspectionsBefore", number(figures.previous(), "inspections.total"));
        args.put("unannounced", number(current, "inspections.unannounced"));
        args.put("remote", number(current, "inspections.remote"));
        args.put("found", number(current, "inspections.with_indicators"));
        args.put("notified", number(current, "inspections.notifications"));
        args.put("registered", number(current, "inspections.notifications.registered"));
        args.put("refused", number(current, "inspections.notifications.refused"));
        args.put("overdue", number(current, "inspections.notifications_overdue"));
        List<String> codes = List.of("inspections.total", "inspections.unannounced", "inspections.remote",
                "inspections.with_indicators", "inspections.notifications", "inspections.notifications.registered",
                "inspections.notifications.refused", "inspections.notifications_overdue");
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(paragraph("report.narrative.inspections", args, figures, codes, List.of("inspections.total"),
                locale));
        // the oversight of recruitment agencies: only where the register has any
        List<String> agencies = List.of("agencies.registered", "agencies.registered.status_active",
                "agencies.suspended", "agencies.revoked", "agencies.sanctions", "agencies.sanctions.fine",
                "agencies.fines_kzt");
        if (agencies.stream().anyMatch(code -> number(current, code) > 0) || figures.hides(agencies, List.of())) {
            args.put("agencies", number(current, agencies.get(0)));
            args.put("active", number(current, agencies.get(1)));
            args.put("suspended", number(current, agencies.get(2)));
            args.put("revoked", number(current, agencies.get(3)));
            args.put("sanctions", number(current, agencies.get(4)));
            args.put("fines", number(current, agencies.get(5)));
            args.put("finesKzt", number(current, agencies.get(6)));
            paragraphs.add(paragraph("report.narrative.agencies", args, figures, agencies, List.of(), locale));
        }
        // the police's anti-trafficking officers: only where the year's figure was entered and approved
        List<String> officers = List.of("prevention.police_officers");
        if (number(current, officers.get(0)) > 0 || figures.hides(officers, List.of())) {
            args.put("officers", number(current, officers.get(0)));
            args.put("officersBefore", number(figures.previous(), officers.get(0)));
            paragraphs.add(paragraph("report.narrative.officers", args, figures, officers, List.of(), locale));
        }
        // the informal intermediaries: only where any was reported in the year
        List<String> intermediaries = List.of("agencies.intermediaries", "agencies.intermediary_reports");
        if (number(current, intermediaries.get(0)) > 0 || figures.hides(intermediaries, List.of())) {
            args.put("intermediaries", number(current, intermediaries.get(0)));
            args.put("intermediaryReports", number(current, intermediaries.get(1)));
            paragraphs.add(paragraph("report.narrative.intermediaries", args, figures, intermediaries, List.of(),
                    locale));
        }
        // the hotline: only where it received any call in the year
        List<String> hotline = List.of("hotline.calls", "hotline.calls_apart", "hotline.reports",
                "hotline.notifications", "hotline.notifications.registered", "hotline.victims_identified",
                "hotline.state_funding_kzt", "hotline.funding_kzt");
        if (number(current, "hotline.contacts") > 0 || figures.hides(hotline, List.of())) {
            args.put("calls", number(current, hotline.get(0)));
            args.put("callsBefore", number(figures.previous(), hotline.get(0)));
            args.put("apart", number(current, hotline.get(1)));
            args.put("reports", number(current, hotline.get(2)));
            args.put("hotlineNotified", number(current, hotline.get(3)));
            args.put("hotlineRegistered", number(current, hotline.get(4)));
            args.put("hotlineVictims", number(current, hotline.get(5)));
            args.put("stateKzt", number(current, hotline.get(6)));
            args.put("fundingKzt", number(current, hotline.get(7)));
            paragraphs.add(paragraph("report.narrative.hotline", args, figures, hotline, List.of(), locale));
        }
        return paragraphs;
    }

    /** The prosecution chapter's paragraphs for the year, compared with the year before. */
    public List<String> prosecution(int year, Map<String, Number> current, Map<String, Number> previous,
            Locale locale) {
        return prosecution(new Figures(year, current, previous, Map.of(), Map.of()), locale);
    }

    private List<String> prosecution(Figures figures, Locale locale) {
        int year = figures.year();
        Map<String, Number> current = figures.current();
        Map<String, Number> previous = figures.previous();
        List<String> paragraphs = new ArrayList<>();
        Map<String, Object> args = base(year, locale);
        args.put("initiated", number(current, "investigations.initiated"));
        args.put("initiatedBefore", number(previous, "investigations.initiated"));
        args.put("breakdown", breakdown(figures, "investigations.initiated", locale));
        args.put("continued", number(current, "investigations.continued"));
        paragraphs.add(paragraph("report.narrative.investigations", args, figures,
                List.of("investigations.initiated", "investigations.continued"), List.of("investigations.initiated"),
                locale));
        args.put("prosecutions", number(current, "prosecutions.cases"));
        args.put("prosecutionsBefore", number(previous, "prosecutions.cases"));
        args.put("defendants", number(current, "prosecutions.defendants"));
        args.put("breakdown", breakdown(figures, "prosecutions.cases", locale));
        paragraphs.add(paragraph("report.narrative.prosecutions", args, figures,
                List.of("prosecutions.cases", "prosecutions.defendants"), List.of("prosecutions.cases"), locale));
        args.put("convicted", number(current, "convictions.persons"));
        args.put("convictedBefore", number(previous, "convictions.persons"));
        args.put("breakdown", breakdown(figures, "convictions.persons", locale));
        paragraphs.add(paragraph("report.narrative.convictions", args, figures, List.of("convictions.persons"),
                List.of("convictions.persons"), locale));
        long imprisoned = number(current, "sentences.imprisonment.persons");
        if (imprisoned > 0 || figures.hidden().containsKey("sentences.imprisonment.persons")) {
            args.put("imprisoned", imprisoned);
            args.put("shortest", term(current.get("sentences.imprisonment.min_months"), locale));
            args.put("longest", term(current.get("sentences.imprisonment.max_months"), locale));
            paragraphs.add(paragraph("report.narrative.sentences", args, figures,
                    List.of("sentences.imprisonment.persons", "sentences.imprisonment.min_months",
                            "sentences.imprisonment.max_months"), List.of(), locale));
        }
        // as the seed report states them: the articles the persons were convicted under, and the terms of
        // imprisonment (the breakdowns that occurred, a hidden one by its mark)
        String articles = parts(figures, "convictions.persons", ProsecutionIndicators.BY_ARTICLE.suffixes(), locale);
        if (!articles.isEmpty()) {
            paragraphs.add(format("report.narrative.convictions.articles", Map.of("parts", articles), locale));
        }
        String terms = parts(figures, "sentences.imprisonment.persons", ProsecutionIndicators.TERM.suffixes(),
                locale);
        if (!terms.isEmpty()) {
            paragraphs.add(format("report.narrative.sentences.terms", Map.of("parts", terms), locale));
        }
        return paragraphs;
    }

    /** The protection chapter's paragraphs. */
    public List<String> protection(int year, Map<String, Number> current, Map<String, Number> previous, Locale locale) {
        return protection(new Figures(year, current, previous, Map.of(), Map.of()), locale);
    }

    private List<String> protection(Figures figures, Locale locale) {
        Map<String, Number> current = figures.current();
        Map<String, Number> previous = figures.previous();
        List<String> paragraphs = new ArrayList<>();
        Map<String, Object> args = base(figures.year(), locale);
        args.put("identified", number(current, "victims.identified"));
        args.put("identifiedBefore", number(previous, "victims.identified"));
        args.put("breakdown", breakdown(figures, "victims.identified", locale));
        args.put("foreign", number(current, "victims.identified.foreign"));
        paragraphs.add(paragraph("report.narrative.victims", args, figures,
                List.of("victims.identified", "victims.identified.foreign"), List.of("victims.identified"), locale));
        // how many of them the breakdowns count as unknown (each breakdown sums to the total, unknown included)
        List<String> unknown = List.of("victims.identified.citizenship_unknown", "victims.identified.sex_unknown",
                "victims.identified.age_unknown");
        args.put("citizenship", number(current, unknown.get(0)));
        args.put("sex", number(current, unknown.get(1)));
        args.put("age", number(current, unknown.get(2)));
        if (number(current, "victims.identified") > 0 || figures.hides(List.of("victims.identified"), List.of())) {
            boolean none = unknown.stream().allMatch(code -> number(current, code) == 0) && !figures.hides(unknown, List
                    .of());
            paragraphs.add(paragraph(none ? "report.narrative.victims.known" : "report.narrative.victims.unknown", args,
                    figures, unknown, List.of(), locale));
        }
        // each person counted once: the records left out, and the possible duplicates that a review may still merge
        List<String> linkage = List.of("victims.identified_records_of_persons_counted",
                "victims.identified_possible_duplicates");
        if (linkage.stream().anyMatch(code -> number(current, code) > 0) || figures.hides(linkage, List.of())) {
            args.put("repeated", number(current, linkage.get(0)));
            args.put("awaiting", number(current, linkage.get(1)));
            paragraphs.add(paragraph("report.narrative.victims.linkage", args, figures, linkage, List.of(), locale));
        }
        args.put("participated", number(current, "victims.participated_in_proceedings"));
        args.put("protected", number(current, "victims.state_protection_programme"));
        args.put("cost", number(current, "victims.state_protection_programme.cost_kzt"));
        paragraphs.add(paragraph("report.narrative.proceedings", args, figures,
                List.of("victims.participated_in_proceedings", "victims.state_protection_programme",
                        "victims.state_protection_programme.cost_kzt"), List.of(), locale));
        // assistance, repatriation, non-punishment, reflection periods and compensation, as the seed report states
        // them: only where any was recorded in the year
        List<String> assistance = List.of("victims.assisted", "victims.assisted.repatriation",
                "victims.non_punishment.screenings", "victims.non_punishment.screenings.not_punished",
                "victims.foreign.reflection_periods_started", "victims.compensation.claims_filed",
                "victims.compensation.claimed_kzt", "victims.compensation.awarded_kzt",
                "victims.compensation.paid_kzt", "victims.foreign.reflection_periods_extended");
        if (assistance.stream().anyMatch(code -> number(current, code) > 0) || figures.hides(assistance, List.of())) {
            args.put("assisted", number(current, assistance.get(0)));
            args.put("repatriated", number(current, assistance.get(1)));
            args.put("screenings", number(current, assistance.get(2)));
            args.put("notPunished", number(current, assistance.get(3)));
            args.put("reflection", number(current, assistance.get(4)));
            args.put("claims", number(current, assistance.get(5)));
            args.put("claimed", number(current, assistance.get(6)));
            args.put("awarded", number(current, assistance.get(7)));
            args.put("paid", number(current, assistance.get(8)));
            args.put("extended", number(current, assistance.get(9)));
            paragraphs.add(paragraph("report.narrative.assistance", args, figures, assistance, List.of(), locale));
        }
        // removals of foreign nationals and the screening before removal: only where any was decided or executed
        List<String> removals = List.of("removals.decided", "removals.screened", "removals.possible_victims",
                "removals.screening_not_possible", "removals.executed");
        if (removals.stream().anyMatch(code -> number(current, code) > 0) || figures.hides(removals, List.of())) {
            args.put("decided", number(current, removals.get(0)));
            args.put("screened", number(current, removals.get(1)));
            args.put("found", number(current, removals.get(2)));
            args.put("notPossible", number(current, removals.get(3)));
            args.put("executed", number(current, removals.get(4)));
            paragraphs.add(paragraph("report.narrative.removals", args, figures, removals, List.of(), locale));
        }
        // shelters, as the seed report states them (shelters funded by the state, the funding in tenge and dollars),
        // and what they served: only where a shelter had beds or funding in the year
        List<String> shelters = List.of("shelters.state_funded", "shelters.state_funding_kzt",
                "shelters.state_funding_usd", "shelters.beds", "shelters.victims_sheltered", "shelters.bed_nights",
                "shelters.occupancy_rate");
        if (number(current, "shelters.beds") > 0 || number(current, "shelters.state_funded") > 0) {
            args.put("funded", number(current, shelters.get(0)));
            args.put("kzt", number(current, shelters.get(1)));
            args.put("usd", number(current, shelters.get(2)));
            args.put("beds", number(current, shelters.get(3)));
            args.put("sheltered", number(current, shelters.get(4)));
            args.put("nights", number(current, shelters.get(5)));
            Number rate = current.get(shelters.get(6));
            args.put("rate", rate == null ? "—" : NumberFormat.getNumberInstance(locale).format(rate));
            paragraphs.add(paragraph("report.narrative.shelters", args, figures, shelters, List.of(), locale));
        }
        args.put("referred", number(current, "referrals.made"));
        args.put("accepted", number(current, "referrals.accepted"));
        args.put("services", number(current, "services.delivered"));
        List<String> referrals = List.of("referrals.made", "referrals.accepted", "services.delivered");
        boolean none = ((Number) args.get("referred")).longValue() == 0 && ((Number) args.get("services"))
                .longValue() == 0
                && !figures.hides(referrals, List.of());
        paragraphs.add(none ? format("report.narrative.referrals.none", args, locale)
                : paragraph("report.narrative.referrals", args, figures, referrals, List.of(), locale));
        return paragraphs;
    }

    /** A paragraph, or where any of its figures is hidden, the sentence that they are in the table. */
    private String paragraph(String key, Map<String, Object> args, Figures figures, List<String> codes,
            List<String> codesBefore, Locale locale) {
        return figures.hides(codes, codesBefore) ? format("report.narrative.withheld", Map.of(), locale)
                : format(key, args, locale);
    }

    /** "23 — о сексуальной эксплуатации, 3 — о принудительном труде": the form groups that occurred. */
    String breakdown(Map<String, Number> figures, String base, Locale locale) {
        return breakdown(new Figures(0, figures, Map.of(), Map.of(), Map.of()), base, locale);
    }

    /** The form groups that occurred, a hidden one by its mark ("&lt;5 — о принудительном труде"). */
    private String breakdown(Figures figures, String base, Locale locale) {
        List<String> parts = new ArrayList<>();
        for (String group : Definition.FORM_GROUPS) {
            String mark = figures.hidden().get(base + "." + group);
            long count = number(figures.current(), base + "." + group);
            if (mark != null) {
                parts.add(format("report.part." + group, Map.of("count", mark), locale));
            } else if (count > 0) {
                parts.add(format("report.part." + group, Map.of("count", count), locale));
            }
        }
        return parts.isEmpty() ? format("report.part.none", Map.of(), locale) : String.join(", ", parts);
    }

    /** "по ст. 128 — 3, по ст. 308 — &lt;5": the categories of a breakdown that occurred, or empty when none did. */
    private String parts(Figures figures, String base, List<String> suffixes, Locale locale) {
        List<String> parts = new ArrayList<>();
        for (String suffix : suffixes) {
            String mark = figures.hidden().get(base + "." + suffix);
            long count = number(figures.current(), base + "." + suffix);
            if (mark != null || count > 0) {
                parts.add(format("report.part.labelled", Map.of("label", label(suffix, locale), "count", mark != null
                        ? mark : count), locale));
            }
        }
        return String.join(", ", parts);
    }

    /** The name of a breakdown's category: an article ("по ст. 128") or a category of its own. */
    private String label(String suffix, Locale locale) {
        if (suffix.startsWith("article.") && !suffix.equals("article.other") && !suffix.equals("article.unknown")) {
            return messages.getMessage("indicator.breakdown.article", new Object[]{ suffix.substring("article."
                    .length()) }, locale);
        }
        return messages.getMessage("indicator.breakdown." + suffix, null, locale);
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
