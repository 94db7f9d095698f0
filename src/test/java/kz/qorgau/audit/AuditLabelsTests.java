package kz.qorgau.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;

import kz.qorgau.cases.InternationalCooperation;
import kz.qorgau.identity.GuardedRecord;

/**
 * The audit trail names every action and every kind of record in the reader's language: each action the code
 * records ({@code AuditEvent.of("ACTION", "type", …)}) has its label {@code audit.action.ACTION}, and each kind of
 * record its label {@code audit.record.type}, in Russian, Kazakh and English.
 */
class AuditLabelsTests {

    static final Path RESOURCES = Path.of("src/main/resources");
    static final Path SOURCES = Path.of("src/main/java");

    /** {@code AuditEvent.of("ACTION"} or {@code AuditEvent.of(CONSTANT}, then the record type when a literal. */
    static final Pattern EVENT = Pattern.compile(
            "AuditEvent\\.of\\(\\s*(?:\"([A-Z][A-Z_]*)\"|([A-Z][A-Z_]*))\\s*(\\+\\s*[\\w.()]+\\s*)?,\\s*(?:\"([a-z-]+)\")?");
    static final Pattern CONSTANT = Pattern.compile("static final String (\\w+) = \"([A-Z][A-Z_]*)\";");

    @Test
    void everyActionTheCodeRecordsIsLabelledInEveryLanguage() throws IOException {
        Set<String> actions = recorded().actions();
        assertThat(actions).as("actions found in the sources").hasSizeGreaterThan(60)
                .contains("VICTIM_SCREENED", "REFERRAL_SENT", "STATISTICS_EXPORTED", "COOPERATION_GRANTED");
        for (String suffix : List.of("", "_kk", "_en")) {
            Properties labels = bundle(suffix);
            assertThat(actions.stream().filter(action -> !labels.containsKey("audit.action." + action)).toList())
                    .as("actions without a label in messages%s", suffix).isEmpty();
        }
    }

    @Test
    void everyKindOfRecordTheTrailNamesIsLabelledAndOfferedAsAFilter() throws IOException {
        Set<String> types = recorded().types();
        for (GuardedRecord kind : GuardedRecord.values()) {
            types.add(kind.name().toLowerCase(Locale.ROOT));
        }
        assertThat(types).contains("case", "victim", "referral", "user");
        assertThat(AuditController.TARGET_TYPES).containsAll(types);
        for (String suffix : List.of("", "_kk", "_en")) {
            Properties labels = bundle(suffix);
            assertThat(AuditController.TARGET_TYPES.stream().filter(type -> !labels.containsKey("audit.record." + type))
                    .toList()).as("kinds of record without a label in messages%s", suffix).isEmpty();
        }
    }

    @Test
    void anEntryLinksToItsRecordOnlyForThoseWhoMayOpenSuchPages() {
        Map<String, String> none = AuditController.recordPages(null);
        assertThat(none).isEmpty();
        var caseReader = new TestingAuthenticationToken("u", null,
                "PERMISSION_CASES", "PERMISSION_AUDIT");
        assertThat(AuditController.recordPages(caseReader)).containsExactly(Map.entry("case", "/cases/"));
    }

    record Recorded(Set<String> actions, Set<String> types) {
    }

    static Recorded recorded() throws IOException {
        Set<String> actions = new TreeSet<>();
        Set<String> types = new TreeSet<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            files = walk.filter(file -> file.toString().endsWith(".java")).toList();
        }
        for (Path file : files) {
            String source = Files.readString(file);
            Map<String, String> constants = new TreeMap<>();
            Matcher constant = CONSTANT.matcher(source);
            while (constant.find()) {
                constants.put(constant.group(1), constant.group(2));
            }
            Matcher event = EVENT.matcher(source);
            while (event.find()) {
                if (event.group(4) != null) {
                    types.add(event.group(4));
                }
                if (event.group(3) != null) {
                    // an action named by its prefix and a step: every step of international cooperation
                    assertThat(event.group(1)).as("a composed action in %s", file).isEqualTo("COOPERATION_");
                    for (InternationalCooperation.Step step : InternationalCooperation.Step.values()) {
                        actions.add(event.group(1) + step.name());
                    }
                } else if (event.group(1) != null) {
                    actions.add(event.group(1));
                } else {
                    assertThat(constants).as("the constant %s in %s", event.group(2), file)
                            .containsKey(event.group(2));
                    actions.add(constants.get(event.group(2)));
                }
            }
        }
        return new Recorded(actions, types);
    }

    /** All bundles of one language merged: {@code messages} and each module's {@code i18n/<module>}. */
    static Properties bundle(String suffix) throws IOException {
        List<Path> files = new ArrayList<>(List.of(RESOURCES.resolve("messages" + suffix + ".properties")));
        try (Stream<Path> list = Files.list(RESOURCES.resolve("i18n"))) {
            list.filter(file -> file.getFileName().toString().matches("[a-z-]+" + suffix + "\\.properties")).sorted()
                    .forEach(files::add);
        }
        Properties all = new Properties();
        for (Path file : files) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                all.load(reader);
            }
        }
        return all;
    }
}
