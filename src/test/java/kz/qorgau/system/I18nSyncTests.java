package kz.qorgau.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import kz.qorgau.cases.VictimRole;
import kz.qorgau.identity.Role;
import kz.qorgau.inspections.ContractorRole;
import kz.qorgau.inspections.InspectionSite;
import kz.qorgau.inspections.InspectionTrigger;
import kz.qorgau.inspections.InspectionViews;
import kz.qorgau.inspections.LabourViolation;
import kz.qorgau.cases.PoliceAnswer;
import kz.qorgau.inspections.Participant;
import kz.qorgau.organisations.OrganisationType;
import kz.qorgau.persons.PersonMatch;
import kz.qorgau.referrals.DeclineReason;
import kz.qorgau.referrals.FundingSource;
import kz.qorgau.referrals.ReferralKind;
import kz.qorgau.referrals.ReferralStatus;
import kz.qorgau.referrals.ServiceType;
import kz.qorgau.referrals.StepKind;
import kz.qorgau.shared.AgeGroup;
import kz.qorgau.shared.Sex;
import kz.qorgau.victims.Answer;
import kz.qorgau.victims.CompensationRoute;
import kz.qorgau.victims.ConsentDecision;
import kz.qorgau.victims.ConsentScope;
import kz.qorgau.victims.ControlMethod;
import kz.qorgau.victims.CountryRole;
import kz.qorgau.victims.DeadlineKind;
import kz.qorgau.victims.DecidingOrganisationType;
import kz.qorgau.victims.DelphiIndicator;
import kz.qorgau.victims.DelphiRule;
import kz.qorgau.victims.ExploitationKind;
import kz.qorgau.victims.IloIndicator;
import kz.qorgau.victims.InterviewPlace;
import kz.qorgau.victims.IsicSection;
import kz.qorgau.victims.NonPunishmentContext;
import kz.qorgau.victims.NonPunishmentResult;
import kz.qorgau.victims.OffenceKind;
import kz.qorgau.victims.PermitKind;
import kz.qorgau.victims.PermitOutcome;
import kz.qorgau.victims.RecruiterRelationship;
import kz.qorgau.victims.RecruitmentMethod;
import kz.qorgau.victims.ScreeningContext;
import kz.qorgau.victims.SexExploitationType;
import kz.qorgau.victims.TraffickingStatus;
import kz.qorgau.victims.VictimRight;
import kz.qorgau.victims.Vulnerability;

/**
 * Every user-visible string is a message key in Russian, Kazakh, English, Kyrgyz and Uzbek (STYLE.md): the five
 * bundles have the same keys and arguments, none is empty, the other languages are actually translated, every key
 * the templates and the code use exists, and templates hold no hard-coded text.
 */
class I18nSyncTests {

    static final Path RESOURCES = Path.of("src/main/resources");
    static final Path TEMPLATES = RESOURCES.resolve("templates");
    static final Path SOURCES = Path.of("src/main/java");

    /** Values that are the same in every language on purpose (names, abbreviations, symbols). */
    static final Set<String> SAME_IN_ALL_LANGUAGES = Set.of("app.name", "language.kk", "language.en", "language.ky",
            "language.uz", "role.PROSECUTOR",
            "role.AUDITOR", "organisation.type.PROSECUTOR_OFFICE", "audit.seq", "case.timeline.recorded",
            "operation.venue.SAUNA", "operation.venue.TRANSPORT_HUB", "cooperation.kind.EXTRADITION", "nav.statistics",
            "statistics.none", "indicator.breakdown.repatriation", "indicator.breakdown.reintegration",
            "report.part.labelled", "form.error.of-field", "public.language.ru", "public.language.kk",
            "public.language.en", "public.language.ky", "public.language.uz", "public.language.tg",
            "hotline.channel.WHATSAPP", "hotline.channel.TELEGRAM", "indicator.breakdown.channel_whatsapp",
            "indicator.breakdown.channel_telegram");

    /**
     * Values of Kyrgyz written as in Russian on purpose: the words Kyrgyz administrative language shares with Russian
     * (Полиция, Документ, Скрининг, Лицензия...), codes (БИН, ИИН) and messages that are only their arguments.
     */
    static final Set<String> SAME_IN_KYRGYZ = Set.of("agency.bin", "agency.document", "agency.licence",
            "agency.sanction", "audit.detail.charges", "audit.detail.format", "audit.detail.pseudonym",
            "audit.detail.table", "audit.record.number", "audit.record.statistics", "campaign.audiences",
            "campaign.budget", "campaign.campaign", "campaign.channel.RADIO", "campaign.channel.TELEVISION",
            "case.requalify", "case.timeline.qualification", "duplicate.field.document", "edition.numbered",
            "edition.published-by", "figure.revision", "hotline.channel", "hotline.channel.EMAIL",
            "hotline.channel.PHONE", "hotline.channel.WEB_FORM", "hotline.money.amount", "hotline.money.document",
            "hotline.police", "hotline.type.SPAM", "indicator.breakdown.channel_email",
            "indicator.breakdown.channel_phone", "indicator.breakdown.channel_web_form",
            "indicator.breakdown.type_spam",
            "inspection.bin", "inspection.bin-of", "inspection.contractor.SUBCONTRACTOR", "inspection.district",
            "inspection.participant.POLICE", "inspection.police", "inspection.site", "operation.venue.RESTAURANT_CAFE",
            "person.iin", "person.matched-by.IIN", "person.matched-by.PASSPORT", "person.phone", "person.pseudonym",
            "plan.indicator", "plan.item", "plan.number", "plan.plan", "public.agencies.bin", "public.agencies.licence",
            "referral.service.REINTEGRATION", "referral.to.group", "removal.kind.DEPORTATION", "removal.screening",
            "role.ADMIN", "screening.context.POLICE", "screening.dimension.EXPLOITATION", "screening.section.setting",
            "screening.title", "search.placeholder", "second-factor.code", "shelter.district", "statistics.code",
            "training.audience", "victim.country-role.EXPLOITATION", "victim.country-role.TRANSIT",
            "victim.deciding.POLICE", "victim.sex-exploitation.PORNOGRAPHY", "victim.vulnerability.LGBTQI");

    /** Values of Uzbek written as in Russian on purpose: messages that are only their arguments and a sign. */
    static final Set<String> SAME_IN_UZBEK = Set.of("audit.record.number", "edition.numbered", "edition.published-by",
            "plan.number", "referral.to.group");

    /** The languages other than Russian, each with the keys whose value may be the Russian one. */
    static final Map<String, Set<String>> TRANSLATIONS = Map.of("_kk", Set.of(), "_en", Set.of(), "_ky",
            SAME_IN_KYRGYZ, "_uz", SAME_IN_UZBEK);

    /** A message's arguments by name or number ({@code {0}}, {@code {year, plural, ...}}). */
    static final Pattern ARGUMENT = Pattern.compile("\\{([A-Za-z0-9_]+)\\s*[},]");

    /**
     * All bundles of one language merged: {@code messages} and each module's {@code i18n/<module>}
     * (spring.messages.basename). A key defined twice is a mistake too.
     */
    static Properties bundle(String suffix) throws IOException {
        Properties all = new Properties();
        for (Path base : baseBundles()) {
            String name = base.getFileName().toString().replace(".properties", suffix + ".properties");
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(Files.newInputStream(base.resolveSibling(name)),
                    StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            for (String key : properties.stringPropertyNames()) {
                assertThat(all.containsKey(key)).as("key %s defined in more than one bundle", key).isFalse();
                all.setProperty(key, properties.getProperty(key));
            }
        }
        return all;
    }

    static List<Path> baseBundles() throws IOException {
        List<Path> bases = new ArrayList<>(List.of(RESOURCES.resolve("messages.properties")));
        try (Stream<Path> files = Files.list(RESOURCES.resolve("i18n"))) {
            files.filter(file -> file.getFileName().toString().matches("[a-z-]+\\.properties")).sorted()
                    .forEach(bases::add);
        }
        return bases;
    }

    @Test
    void everyBundleIsConfigured() throws IOException {
        Properties application = new Properties();
        try (Reader reader = Files.newBufferedReader(RESOURCES.resolve("application.properties"))) {
            application.load(reader);
        }
        List<String> configured = List.of(application.getProperty("spring.messages.basename").split(","));
        for (Path base : baseBundles()) {
            String name = RESOURCES.relativize(base).toString().replace(".properties", "");
            assertThat(configured).as("spring.messages.basename").contains(name);
        }
    }

    @Test
    void everyLanguageHasTheSameKeys() throws IOException {
        Set<String> russian = bundle("").stringPropertyNames();
        for (String suffix : TRANSLATIONS.keySet()) {
            assertThat(bundle(suffix).stringPropertyNames()).as("keys of messages%s", suffix).isEqualTo(russian);
        }
    }

    @Test
    void everyTranslationKeepsTheArguments() throws IOException {
        Properties russian = bundle("");
        for (String suffix : TRANSLATIONS.keySet()) {
            Properties other = bundle(suffix);
            List<String> changed = russian.stringPropertyNames().stream().filter(other::containsKey)
                    .filter(key -> !arguments(russian.getProperty(key)).equals(arguments(other.getProperty(key))))
                    .sorted().toList();
            assertThat(changed).as("messages%s whose arguments differ from the Russian", suffix).isEmpty();
        }
    }

    private static Set<String> arguments(String message) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(message);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    @Test
    void noMessageIsEmpty() throws IOException {
        for (String suffix : List.of("", "_kk", "_en", "_ky", "_uz")) {
            Properties messages = bundle(suffix);
            assertThat(messages.stringPropertyNames().stream().filter(key -> messages.getProperty(key).isBlank()))
                    .as("empty messages in messages%s", suffix).isEmpty();
        }
    }

    @Test
    void everyLanguageIsTranslated() throws IOException {
        Properties russian = bundle("");
        for (Map.Entry<String, Set<String>> language : TRANSLATIONS.entrySet()) {
            String suffix = language.getKey();
            Properties other = bundle(suffix);
            List<String> untranslated = russian.stringPropertyNames().stream()
                    .filter(key -> !SAME_IN_ALL_LANGUAGES.contains(key) && !language.getValue().contains(key))
                    .filter(key -> russian.getProperty(key).equals(other.getProperty(key)))
                    .sorted().toList();
            assertThat(untranslated).as("keys left in Russian in messages%s", suffix).isEmpty();
        }
        Properties english = bundle("_en");
        List<String> cyrillicInEnglish = english.stringPropertyNames().stream()
                .filter(key -> !key.startsWith("language.") && !key.startsWith("public.language."))
                .filter(key -> english.getProperty(key).matches(".*\\p{IsCyrillic}.*")).sorted().toList();
        assertThat(cyrillicInEnglish).as("English messages written in Cyrillic").isEmpty();
        // Uzbek is written in the Latin alphabet (oʻ and gʻ with U+02BB, the tutuq belgisi with U+2019), Kyrgyz in
        // Cyrillic; neither needs the ASCII apostrophe, which MessageFormat would take for a quote
        Properties uzbek = bundle("_uz");
        List<String> cyrillicInUzbek = uzbek.stringPropertyNames().stream()
                .filter(key -> !key.startsWith("language.") && !key.startsWith("public.language."))
                .filter(key -> uzbek.getProperty(key).matches(".*\\p{IsCyrillic}.*")).sorted().toList();
        assertThat(cyrillicInUzbek).as("Uzbek messages written in Cyrillic").isEmpty();
        for (String suffix : List.of("_ky", "_uz")) {
            Properties messages = bundle(suffix);
            assertThat(messages.stringPropertyNames().stream().filter(key -> messages.getProperty(key).contains("'"))
                    .sorted()).as("messages%s with an ASCII apostrophe", suffix).isEmpty();
        }
    }

    @Test
    void everyKeyTheTemplatesAndTheCodeUseExists() throws IOException {
        Set<String> keys = bundle("").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        Pattern templateKey = Pattern.compile("#\\{([a-zA-Z][\\w.-]*)[}(]");
        Pattern codeKey = Pattern.compile(
                "\"((?:login|user|password|token|organisation|error|problem|validation|role|audit"
                        + "|person|case|iin|operation|cooperation|passport|country|sex|victim|screening|consent|age-group"
                        + "|referral|service)\\.[a-z][\\w.-]*[a-z])\"");
        Pattern annotationKey = Pattern.compile("\"\\{([a-z][\\w.-]*)}\"");
        for (Path file : files(TEMPLATES, ".html")) {
            collect(templateKey, Files.readString(file), keys, missing, file);
        }
        for (Path file : files(SOURCES, ".java")) {
            String source = Files.readString(file);
            collect(codeKey, source, keys, missing, file);
            collect(annotationKey, source, keys, missing, file);
        }
        assertThat(missing).as("message keys used but not defined").isEmpty();
    }

    @Test
    void enumsHaveTheirMessages() throws Exception {
        Set<String> keys = bundle("").stringPropertyNames();
        for (var role : Role.values()) {
            assertThat(keys).contains(role.messageKey());
        }
        for (var type : OrganisationType.values()) {
            assertThat(keys).contains(type.messageKey());
        }
        for (var sex : Sex.values()) {
            assertThat(keys).contains(sex.messageKey());
        }
        for (var matchedBy : PersonMatch.MatchedBy.values()) {
            assertThat(keys).contains(matchedBy.messageKey());
        }
        for (var group : AgeGroup.values()) {
            assertThat(keys).contains(group.messageKey());
        }
        List<Object[]> victimVocabularies = List.of(TraffickingStatus.values(),
                DecidingOrganisationType.values(), ConsentScope.values(),
                ConsentDecision.values(), VictimRight.values(),
                Vulnerability.values(), ControlMethod.values(),
                RecruitmentMethod.values(), RecruiterRelationship.values(),
                SexExploitationType.values(), IsicSection.values(),
                CountryRole.values(), Answer.values(),
                ScreeningContext.values(), ExploitationKind.values(),
                IloIndicator.values(), DelphiIndicator.values(),
                DelphiIndicator.Dimension.values(), DelphiIndicator.Weight.values(),
                DelphiRule.Outcome.values(), PermitKind.values(),
                PermitOutcome.values(), NonPunishmentContext.values(),
                OffenceKind.values(), NonPunishmentResult.values(),
                InterviewPlace.values(), CompensationRoute.values(),
                DeadlineKind.values(), VictimRole.values(),
                ServiceType.values(), ReferralStatus.values(),
                ReferralKind.values(), DeclineReason.values(),
                FundingSource.values(), StepKind.values(), InspectionSite.values(), InspectionTrigger.values(),
                Participant.values(), LabourViolation.values(), ContractorRole.values(),
                PoliceAnswer.values(), InspectionViews.NotificationState.values());
        for (var step : StepKind.values()) {
            assertThat(keys).contains("referral.notification." + step.name());
        }
        for (var kind : ReferralKind.values()) {
            assertThat(keys).contains(kind.messageKey() + ".explained");
        }
        for (Object[] values : victimVocabularies) {
            for (Object value : values) {
                assertThat(keys).contains((String) value.getClass().getMethod("messageKey").invoke(value));
            }
        }
    }

    @Test
    void templatesHaveNoHardCodedText() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : files(TEMPLATES, ".html")) {
            Document document = Jsoup.parse(Files.readString(file));
            for (Element element : document.getAllElements()) {
                if (replacesItsContent(element) || element.tagName().equals("script") || element.tagName().equals(
                        "style")
                        || element.tagName().equals("code")) {
                    continue;
                }
                for (TextNode text : element.textNodes()) {
                    String value = text.text().strip();
                    if (value.matches(".*\\p{L}.*") && !insideReplacedElement(element)) {
                        problems.add(TEMPLATES.relativize(file) + ": text \"" + value + "\" in <" + element.tagName()
                                + ">");
                    }
                }
                for (String attribute : List.of("placeholder", "title", "alt", "aria-label", "label")) {
                    String value = element.attr(attribute);
                    if (!value.isBlank() && value.matches(".*\\p{L}.*")) {
                        problems.add(TEMPLATES.relativize(file) + ": attribute " + attribute + "=\"" + value + "\"");
                    }
                }
            }
        }
        assertThat(problems).as("hard-coded text in templates (use th:text=\"#{key}\")").isEmpty();
    }

    /** Thymeleaf replaces the element's body (the text in the template is only a prototype placeholder). */
    private static boolean replacesItsContent(Element element) {
        return element.hasAttr("th:text") || element.hasAttr("th:utext") || element.hasAttr("th:replace")
                || element.hasAttr("th:insert") || element.hasAttr("sec:authentication") || element.hasAttr(
                        "th:remove");
    }

    private static boolean insideReplacedElement(Element element) {
        for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
            if (parent.hasAttr("th:replace") || parent.hasAttr("th:insert") || parent.hasAttr("th:text")) {
                return true;
            }
        }
        return false;
    }

    private static void collect(Pattern pattern, String text, Set<String> keys, Set<String> missing, Path file) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            String key = matcher.group(1);
            if (!keys.contains(key)) {
                missing.add(key + " (" + file.getFileName() + ")");
            }
        }
    }

    private static List<Path> files(Path root, String extension) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(path -> path.toString().endsWith(extension)).toList();
        }
    }
}
