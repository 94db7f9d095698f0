package kz.qorgau.statistics;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import kz.qorgau.shared.CountryCode;
import kz.qorgau.victims.IsicSection;
import java.util.ArrayList;
import java.util.List;

/**
 * Names and counting rules of indicators in a language: the base indicator's name, with the breakdown
 * after a dash ("Persons convicted — under Art. 128").
 */
@Component
public class IndicatorLabels {

    private static final Pattern COUNTRY = Pattern.compile("(citizenship|exploited_in)_([a-z]{2})");

    private final MessageSource messages;

    IndicatorLabels(MessageSource messages) {
        this.messages = messages;
    }

    public String name(Indicator indicator, Locale locale) {
        String name = messages.getMessage("indicator." + indicator.base() + ".name", null, indicator.base(), locale);
        String breakdown = breakdown(indicator.breakdown(), locale);
        return breakdown == null ? name : name + " — " + breakdown;
    }

    /** The breakdown alone where there is one ("citizens of Kazakhstan"), else the name (legends of charts). */
    public String shortName(Indicator indicator, Locale locale) {
        String breakdown = breakdown(indicator.breakdown(), locale);
        return breakdown == null ? name(indicator, locale) : breakdown;
    }

    public String definition(Indicator indicator, Locale locale) {
        return messages.getMessage("indicator." + indicator.base() + ".definition", null, "", locale);
    }

    private String breakdown(String breakdown, Locale locale) {
        if (breakdown == null || breakdown.isEmpty()) {
            return null;
        }
        if (breakdown.startsWith("article.")) {
            String article = breakdown.substring("article.".length());
            return article.equals("other") || article.equals("unknown")
                    ? messages.getMessage("indicator.breakdown.article." + article, null, locale)
                    : messages.getMessage("indicator.breakdown.article", new Object[]{ article }, locale);
        }
        if (breakdown.startsWith("citizenship.")) {
            String country = breakdown.substring("citizenship.".length());
            return country.equals("other") || country.equals("unknown") || country.equals("stateless")
                    ? messages.getMessage("indicator.breakdown.citizenship." + country, null, locale)
                    : messages.getMessage("indicator.breakdown.citizenship", new Object[]{ CountryCode.of(country).name(
                            locale) }, locale);
        }
        // a sector of the breakdowns by ISIC section (sector.a), named as the victim records name it
        if (breakdown.startsWith("sector.") && !breakdown.equals("sector.unknown")) {
            return messages.getMessage(IsicSection.valueOf(breakdown.substring("sector.".length()).toUpperCase(
                    Locale.ROOT)).messageKey(), null, locale);
        }
        // a country of the breakdowns by country (citizenship_uz, exploited_in_ru): the country's name in the language
        Matcher country = COUNTRY.matcher(breakdown);
        if (country.matches()) {
            return messages.getMessage("indicator.breakdown." + country.group(1), new Object[]{ new CountryCode(
                    country.group(2).toUpperCase(Locale.ROOT)).name(locale) }, locale);
        }
        // combined breakdowns, such as sexual_exploitation.citizens: each part named, in order
        List<String> parts = new ArrayList<>();
        for (String part : breakdown.split("\\.")) {
            parts.add(messages.getMessage("indicator.breakdown." + part, null, part, locale));
        }
        return String.join(", ", parts);
    }
}
