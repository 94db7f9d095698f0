package kz.qorgau.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import java.util.List;

/** The report's sentences, with the right plural forms in each language. */
class ReportNarrativesTests {

    static final Locale RU = Locale.forLanguageTag("ru");
    static final Locale KK = Locale.forLanguageTag("kk");
    static final Locale EN = Locale.forLanguageTag("en");

    final ReportNarratives narratives;

    ReportNarrativesTests() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/statistics");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        narratives = new ReportNarratives(messages);
    }

    static Map<String, Number> figures(Object... codesAndValues) {
        Map<String, Number> figures = new HashMap<>();
        for (int i = 0; i < codesAndValues.length; i += 2) {
            figures.put((String) codesAndValues[i], (Number) codesAndValues[i + 1]);
        }
        return figures;
    }

    static final Map<String, Number> Y2022 = figures("investigations.initiated", 26L,
            "investigations.initiated.sexual_exploitation", 23L, "investigations.initiated.forced_labour", 3L,
            "investigations.continued", 14L, "prosecutions.cases", 18L, "prosecutions.defendants", 21L,
            "prosecutions.cases.sexual_exploitation", 6L, "prosecutions.cases.forced_labour", 5L,
            "prosecutions.cases.unspecified", 7L, "convictions.persons", 6L, "convictions.persons.sexual_exploitation",
            5L,
            "convictions.persons.forced_labour", 1L, "sentences.imprisonment.persons", 4L,
            "sentences.imprisonment.min_months", 48, "sentences.imprisonment.max_months", 180);
    static final Map<String, Number> Y2021 = figures("investigations.initiated", 20L, "prosecutions.cases", 49L,
            "convictions.persons", 23L);

    @Test
    void theSeedReportsFirstSentenceInRussian() {
        assertThat(narratives.prosecution(2022, Y2022, Y2021, RU).getFirst()).isEqualTo(
                "В 2022 году полиция начала расследование 26 дел о торговле людьми (23 — о сексуальной эксплуатации, "
                        + "3 — о принудительном труде) по сравнению с 20 делами в 2021 году и продолжила расследование "
                        + "14 дел, начатых ранее.");
    }

    @Test
    void russianNumbersTakeTheirPluralForms() {
        assertThat(narratives.prosecution(2022, figures("investigations.initiated", 21L, "investigations.continued",
                2L),
                figures("investigations.initiated", 1L), RU).getFirst())
                .contains("расследование 21 дела").contains("с 1 делом").contains("продолжила расследование 2 дел");
        assertThat(narratives.prosecution(2022, Y2022, Y2021, RU).get(1))
                .contains("направила в суд 18 дел").contains("в отношении 21 обвиняемого").contains(
                        "в 2021 году — 49 дел");
        assertThat(narratives.prosecution(2022, Y2022, Y2021, RU).get(2)).contains("осудили 6 человек");
        assertThat(narratives.prosecution(2022, Y2022, Y2021, RU).get(3))
                .isEqualTo("4 взрослых осуждённых приговорены к лишению свободы на срок от 4 лет до 15 лет.");
        assertThat(narratives.protection(2022, figures("victims.identified", 1L), Map.of(), RU).getFirst())
                .startsWith("В 2022 году выявлен 1 пострадавший");
        assertThat(narratives.protection(2022, figures("victims.identified", 24L, "victims.identified.foreign", 2L),
                Map.of(), RU).getFirst()).startsWith("В 2022 году выявлено 24 пострадавших").contains("2 иностранца");
    }

    @Test
    void englishAndKazakh() {
        assertThat(narratives.prosecution(2022, Y2022, Y2021, EN).getFirst()).isEqualTo(
                "In 2022 the police initiated 26 trafficking investigations (23 for sexual exploitation, 3 for forced "
                        + "labour), compared with 20 in 2021, and continued 14 investigations begun earlier.");
        assertThat(narratives.prosecution(2022, figures("investigations.initiated", 1L), Map.of(), EN).getFirst())
                .contains("initiated 1 trafficking investigation (none)");
        assertThat(narratives.prosecution(2022, Y2022, Y2021, KK).getFirst())
                .startsWith(
                        "2022 жылы полиция адам саудасы бойынша 26 іс бойынша тергеу бастады (23 — жыныстық қанау,");
        assertThat(narratives.prosecution(2022, Y2022, Y2021, EN).get(3))
                .isEqualTo("4 adults were sentenced to imprisonment from 4 years to 15 years.");
    }

    @Test
    void theArticlesOfConvictionAndTheTermsOfImprisonmentAsTheSeedReportStatesThem() {
        Map<String, Number> year = new HashMap<>(Y2022);
        year.putAll(figures("convictions.persons.article.128", 3L, "convictions.persons.article.134", 2L,
                "convictions.persons.article.308", 1L, "convictions.persons.article.unknown", 0L,
                "sentences.imprisonment.persons.3_to_5_years", 1L, "sentences.imprisonment.persons.5_to_10_years", 2L,
                "sentences.imprisonment.persons.10_years_or_more", 1L));
        assertThat(narratives.prosecution(2022, year, Y2021, RU)).endsWith(
                "Осуждённые по статьям Уголовного кодекса: по ст. 128 — 3, по ст. 134 — 2, по ст. 308 — 1.",
                "Сроки лишения свободы: от 3 до 5 лет — 1, от 5 до 10 лет — 2, 10 лет и более — 1.");
        assertThat(narratives.prosecution(2022, year, Y2021, EN).getLast()).isEqualTo(
                "Terms of imprisonment: 3 to 5 years — 1, 5 to 10 years — 2, 10 years or more — 1.");
        // a year without convictions says nothing of articles or terms
        assertThat(narratives.prosecution(2022, Y2021, Map.of(), KK)).hasSize(3);
    }

    @Test
    void aTermThatIsNotWholeYearsIsInMonths() {
        assertThat(narratives.term(41, RU)).isEqualTo("41 месяца");
        assertThat(narratives.term(3, EN)).isEqualTo("3 months");
        assertThat(narratives.term(12, EN)).isEqualTo("1 year");
    }

    @Test
    void theVictimsIdentifiedWithAnUnknownCitizenshipSexOrAgeAreCountedInEachLanguage() {
        Map<String, Number> current = figures("victims.identified", 24L, "victims.identified.foreign", 2L,
                "victims.identified.citizenship_unknown", 3L, "victims.identified.sex_unknown", 1L,
                "victims.identified.age_unknown", 5L);
        assertThat(narratives.protection(2022, current, Y2021, RU)).contains(
                "Из них не указаны: гражданство — у 3, пол — у 1, возраст — у 5.");
        assertThat(narratives.protection(2022, current, Y2021, KK)).contains(
                "Олардың ішінде азаматтығы көрсетілмегені — 3, жынысы — 1, жасы — 5.");
        assertThat(narratives.protection(2022, current, Y2021, EN)).contains(
                "Of them, citizenship was not recorded for 3, sex for 1 and age for 5.");
        // one unknown breakdown is enough for the sentence, the others stated as zero
        assertThat(narratives.protection(2022, figures("victims.identified", 24L, "victims.identified.age_unknown",
                2L), Y2021, EN)).contains("Of them, citizenship was not recorded for 0, sex for 0 and age for 2.");
    }

    @Test
    void victimsWhoseCitizenshipSexAndAgeAreAllKnownHaveNoSentenceOfUnknowns() {
        Map<String, Number> current = figures("victims.identified", 24L, "victims.identified.citizenship_unknown",
                0L, "victims.identified.sex_unknown", 0L, "victims.identified.age_unknown", 0L);
        Map<Locale, String> unknownSentence = Map.of(RU, "Из них не указаны", KK, "Олардың ішінде азаматтығы "
                + "көрсетілмегені", EN, "Of them, citizenship was not recorded");
        Map<Locale, String> knownSentence = Map.of(RU, "Гражданство, пол и возраст указаны у всех.", KK,
                "Барлығының азаматтығы, жынысы және жасы көрсетілген.", EN,
                "Citizenship, sex and age are recorded for all of them.");
        unknownSentence.forEach((locale, unknown) -> {
            List<String> paragraphs = narratives.protection(2022, current, Y2021, locale);
            assertThat(paragraphs).as(locale.toString()).noneMatch(paragraph -> paragraph.startsWith(unknown))
                    .contains(knownSentence.get(locale));
            // a year without victims says nothing of their citizenship, sex or age
            assertThat(narratives.protection(2022, Map.of(), Y2021, locale)).as(locale.toString()).noneMatch(
                    paragraph -> paragraph.startsWith(unknown) || paragraph.equals(knownSentence.get(locale)));
        });
    }

    @Test
    void aYearWithoutReferralsSaysSoInsteadOfCountingZeros() {
        assertThat(narratives.protection(2022, figures("victims.identified", 24L), Y2021, RU).getLast())
                .isEqualTo(
                        "Направлений пострадавших за помощью и оказанных им услуг за 2022 год в Qorgau не зарегистрировано.");
        assertThat(narratives.protection(2022, figures("victims.identified", 24L), Y2021, EN).getLast())
                .startsWith("No referrals");
        assertThat(narratives.protection(2022, figures("referrals.made", 1L, "services.delivered", 2L), Y2021, RU)
                .getLast())
                .startsWith("Организации направили пострадавших за помощью 1 раз");
    }

    @Test
    void assistanceRepatriationNonPunishmentReflectionAndCompensationArePutIntoWordsWhereRecorded() {
        Map<String, Number> current = figures("victims.identified", 24L, "victims.assisted", 12L,
                "victims.assisted.repatriation", 2L, "victims.non_punishment.screenings", 3L,
                "victims.non_punishment.screenings.not_punished", 3L, "victims.foreign.reflection_periods_started", 1L,
                "victims.foreign.reflection_periods_extended", 1L, "victims.compensation.claims_filed", 2L,
                "victims.compensation.claimed_kzt", 1_500_000L,
                "victims.compensation.awarded_kzt", 900_000L, "victims.compensation.paid_kzt", 400_000L);
        assertThat(narratives.protection(2022, current, Y2021, EN)).contains("12 victims began to receive assistance "
                + "(2 repatriated); 3 non-punishment screenings were made (3 not punished); 1 foreign victim began a "
                + "reflection period and 1 had it extended. Victims filed 2 compensation claims for 1,500,000 KZT; 900,000 KZT was awarded "
                + "and 400,000 KZT actually paid.");
        assertThat(narratives.protection(2022, current, Y2021, RU)).anySatisfy(paragraph -> assertThat(paragraph)
                .startsWith("Помощь начали получать 12 пострадавших (репатриировано: 2)"));
        assertThat(narratives.protection(2022, figures("victims.identified", 24L), Y2021, EN)).noneMatch(
                paragraph -> paragraph.contains("assistance ("));
    }

    @Test
    void aHiddenFigureIsNeverPutIntoWords() {
        Map<String, Number> current = figures("victims.identified", null, "victims.identified.sexual_exploitation", 6L,
                "victims.identified.forced_labour", null, "investigations.initiated", 12L,
                "investigations.initiated.sexual_exploitation", 10L, "investigations.initiated.forced_labour", null,
                "investigations.continued", 7L);
        Statistics.YearComparison figures = new Statistics.YearComparison(new StatisticsQuery(2022, null),
                List.of(), current, Y2021, Map.of("victims.identified", "<5", "victims.identified.forced_labour",
                        "<5", "investigations.initiated.forced_labour", "x"), Map.of(), Statistics.Audience.EXACT);
        List<String> protection = narratives.of(Indicator.Chapter.PROTECTION, figures, EN);
        assertThat(protection.getFirst()).startsWith("Some figures of this part are hidden");
        assertThat(protection).doesNotHaveDuplicates();
        // a breakdown names a hidden part by its mark
        assertThat(narratives.of(Indicator.Chapter.PROSECUTION, figures, EN).getFirst())
                .contains("initiated 12 trafficking investigations (10 for sexual exploitation, x for forced labour)");
        assertThat(narratives.of(Indicator.Chapter.PROSECUTION, figures, RU).getFirst()).contains(
                "x — о принудительном труде");
    }
}
