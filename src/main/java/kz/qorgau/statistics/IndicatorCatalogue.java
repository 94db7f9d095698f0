package kz.qorgau.statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import kz.qorgau.statistics.Indicator.Chapter;
import kz.qorgau.statistics.Indicator.Unit;
import java.util.Optional;

/**
 * The indicator catalogue as the API publishes it: each indicator's code, its names and counting rule in Russian,
 * Kazakh and English (the same messages as the catalogue page), its unit, the breakdowns of a total (as the codes
 * of their categories), and what it corresponds to in the UNODC GLOTIP table ({@link Glotip}) and in the
 * International Classification for Administrative Data on Trafficking in Persons (IC-TIP, UNODC and IOM, endorsed
 * by the UN Statistical Commission in 2025), by the IC-TIP element whose records it counts (event, victim,
 * perpetrator, reporting entity).
 */
@Component
class IndicatorCatalogue {

    static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("ru"), Locale.forLanguageTag("kk"),
            Locale.ENGLISH);

    /** The GLOTIP indicator of the catalogue totals it publishes, by the total's code. */
    private static final Map<String, String> GLOTIP = Map.of("victims.identified", Glotip.VICTIMS,
            "prosecutions.defendants", Glotip.PROSECUTED, "convictions.persons", Glotip.CONVICTED);

    /** The GLOTIP dimension and category of a breakdown's suffix, where the table has it. */
    private static final Map<String, String> GLOTIP_CATEGORIES = Map.ofEntries(
            Map.entry("sexual_exploitation", Glotip.FORMS + " / Sexual exploitation"),
            Map.entry("forced_labour", Glotip.FORMS + " / Forced labour"),
            Map.entry("other_forms", Glotip.FORMS + " / Other forms of exploitation"),
            Map.entry("unspecified", Glotip.FORMS + " / Unspecified"),
            Map.entry("citizens", Glotip.CITIZENSHIP + " / Citizens"),
            Map.entry("foreign", Glotip.CITIZENSHIP + " / Foreign citizens"),
            Map.entry("citizenship_unknown", Glotip.CITIZENSHIP + " / Unknown"),
            Map.entry("female", "Sex / Female"), Map.entry("male", "Sex / Male"), Map.entry("sex_other", "Sex / Other"),
            Map.entry("sex_unknown", "Sex / Unknown"), Map.entry("children", "Age / 0 to 17 years"),
            Map.entry("adults", "Age / 18 years or over"), Map.entry("age_unknown", "Age / Unknown"));

    /** The IC-TIP element whose records an indicator counts, by the first part of its code. */
    private static final Map<String, String> IC_TIP = Map.of("investigations", "event", "prosecutions", "event",
            "convictions", "perpetrator", "sentences", "perpetrator", "arrests", "perpetrator", "officials",
            "perpetrator", "victims", "victim", "referrals", "reporting entity", "services", "reporting entity", "sdg",
            "victim");

    /**
     * An indicator of the catalogue.
     *
     * @param code the published code
     * @param base the code of its total (the key of its name and rule)
     * @param breakdown the breakdown's suffixes joined by dots, or empty for a total
     * @param unit what the number counts
     * @param unitNames the unit's name by language (ru, kk, en)
     * @param chapter where it belongs in the annual report
     * @param names its name by language (ru, kk, en)
     * @param definitions its counting rule by language (ru, kk, en)
     * @param breakdowns of a total: each breakdown as the codes of its categories (which sum to the total, unknown
     *        included, or where a record may fall in several, cover it); empty for a breakdown's category
     * @param glotip the GLOTIP indicator, dimension and category it is published as, or null
     * @param icTip the IC-TIP element whose records it counts, or null
     */
    record Entry(String code, String base, String breakdown, Unit unit, Map<String, String> unitNames, Chapter chapter,
            Map<String, String> names, Map<String, String> definitions, List<List<String>> breakdowns, String glotip,
            String icTip) {
    }

    private final Statistics statistics;
    private final List<DefinedIndicators> sources;
    private final IndicatorLabels labels;
    private final MessageSource messages;

    IndicatorCatalogue(Statistics statistics, List<DefinedIndicators> sources, IndicatorLabels labels,
            MessageSource messages) {
        this.statistics = statistics;
        this.sources = sources;
        this.labels = labels;
        this.messages = messages;
    }

    List<Entry> entries() {
        return statistics.catalogue().stream().map(this::entry).toList();
    }

    private Entry entry(Indicator indicator) {
        Map<String, String> unitNames = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> definitions = new LinkedHashMap<>();
        for (Locale language : LANGUAGES) {
            unitNames.put(language.getLanguage(), messages.getMessage(indicator.unit().messageKey(), null, language));
            names.put(language.getLanguage(), labels.name(indicator, language));
            definitions.put(language.getLanguage(), labels.definition(indicator, language));
        }
        return new Entry(indicator.code(), indicator.base(), indicator.breakdown(), indicator.unit(), unitNames,
                indicator.chapter(), names, definitions, indicator.breakdown().isEmpty() ? breakdowns(indicator.code())
                        : List.of(), glotip(indicator), IC_TIP.get(indicator.base().split("\\.")[0]));
    }

    private List<List<String>> breakdowns(String code) {
        List<List<String>> breakdowns = new ArrayList<>();
        sources.stream().map(source -> source.definition(code)).flatMap(Optional::stream)
                .filter(definition -> definition.code().equals(code)).findFirst()
                .ifPresent(definition -> definition.dimensions().forEach(dimension -> breakdowns.add(dimension
                        .suffixes().stream().map(suffix -> code + "." + suffix).toList())));
        return breakdowns;
    }

    private static String glotip(Indicator indicator) {
        String table = GLOTIP.get(indicator.base());
        if (table == null) {
            return null;
        }
        if (indicator.breakdown().isEmpty()) {
            return table + " / Total";
        }
        String category = GLOTIP_CATEGORIES.get(indicator.breakdown());
        return category == null ? null : table + " / " + category;
    }
}
