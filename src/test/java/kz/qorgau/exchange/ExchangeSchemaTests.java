package kz.qorgau.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

import kz.qorgau.organisations.OrganisationType;
import kz.qorgau.referrals.DeclineReason;
import kz.qorgau.referrals.FundingSource;
import kz.qorgau.referrals.ReferralKind;
import kz.qorgau.referrals.ReferralStatus;
import kz.qorgau.referrals.ServiceType;
import kz.qorgau.referrals.StepKind;
import kz.qorgau.shared.ExploitationForm;
import kz.qorgau.shared.Sex;
import kz.qorgau.victims.Answer;
import kz.qorgau.victims.ConsentDecision;
import kz.qorgau.victims.DelphiIndicator;
import kz.qorgau.victims.DelphiRule;
import kz.qorgau.victims.ExploitationKind;
import kz.qorgau.victims.IloIndicator;
import kz.qorgau.victims.ScreeningContext;
import kz.qorgau.victims.ConsentScope;
import kz.qorgau.victims.ControlMethod;
import kz.qorgau.victims.CountryRole;
import kz.qorgau.victims.DecidingOrganisationType;
import kz.qorgau.victims.IsicSection;
import kz.qorgau.victims.RecruiterRelationship;
import kz.qorgau.victims.RecruitmentMethod;
import kz.qorgau.victims.SexExploitationType;
import kz.qorgau.victims.TraffickingStatus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published schema of the exchange format (docs/exchange): a valid draft 2020-12 schema; every example
 * validates; it refuses what the format forbids (a pseudonymous person with a name, an anonymous record naming a
 * person, an unknown field, an unknown code); its vocabularies are those of the Java enums, so that a constant added
 * to one fails here until the schema names it.
 */
class ExchangeSchemaTests {

    static final Path DIRECTORY = Path.of("docs", "exchange");
    static final JsonMapper JSON = JsonMapper.builder().build();

    /** The published schema file of a version. */
    static Path schemaFile(String version) {
        return DIRECTORY.resolve("qorgau-exchange-v" + version + ".schema.json");
    }

    /** The schema of the version, with format assertions (dates, date-times) on. */
    static Schema schema(String version) throws IOException {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(
                        SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        return registry.getSchema(Files.readString(schemaFile(version)), InputFormat.JSON);
    }

    /**
     * The errors of a document against the schema of the version it states; a document of a version without a schema
     * is checked against the current one (whose version it then fails).
     */
    static List<Error> errors(String document) throws IOException {
        JsonNode version = JSON.readTree(document).path("version");
        String stated = version.isString() && ExchangeDocument.READABLE.contains(version.asString())
                ? version.asString() : ExchangeDocument.VERSION;
        return schema(stated).validate(document, InputFormat.JSON);
    }

    @Test
    void eachVersionsSchemaIsAValidDraft202012SchemaOfItsVersion() throws IOException {
        Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
        assertThat(ExchangeDocument.READABLE).contains(ExchangeDocument.VERSION);
        for (String version : ExchangeDocument.READABLE) {
            assertThat(meta.validate(Files.readString(schemaFile(version)), InputFormat.JSON)).as(version).isEmpty();
            JsonNode schema = JSON.readTree(Files.readString(schemaFile(version)));
            assertThat(schema.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat(schema.get("$id").asString()).isEqualTo("urn:qorgau:exchange:v" + version);
            assertThat(schema.get("properties").get("version").get("const").asString()).isEqualTo(version);
        }
    }

    @Test
    void versionTwoAddsTheConsentsOfAVictimRecordAndVersionOneStillReadsWithout() throws IOException {
        String victim = """
                {"externalId": "KZ-QORGAU:victim:V-8TNC2W6R", "anonymous": true, "identifiedOn": "2025-09-19",
                 "traffickingStatus": "PossibleVictimOfTrafficking",
                 "statusHistory": [{"decidedOn": "2025-09-19", "traffickingStatus": "PossibleVictimOfTrafficking"}]
                 %s}""";
        String consents = """
                , "consents": [{"scope": "Referral", "decision": "Given", "decidedOn": "2025-09-19"}]""";
        assertThat(errors(document("2", "victims", victim.formatted(consents)))).isEmpty();
        assertThat(errors(document("1", "victims", victim.formatted("")))).isEmpty();
        assertThat(errors(document("1", "victims", victim.formatted(consents)))).as("no consents in version 1")
                .isNotEmpty();
        assertThat(errors(document("2", "victims", victim.formatted(consents.replace("Referral", "Everything")))))
                .isNotEmpty();
    }

    @Test
    void everyExampleValidates() throws IOException {
        List<Path> examples;
        try (Stream<Path> files = Files.list(DIRECTORY.resolve("examples"))) {
            examples = files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(examples).hasSizeGreaterThanOrEqualTo(2);
        Set<String> versions = new LinkedHashSet<>();
        for (Path example : examples) {
            assertThat(errors(Files.readString(example))).as(example.toString()).isEmpty();
            versions.add(JSON.readTree(Files.readString(example)).get("version").asString());
        }
        assertThat(versions).as("an example of every version read").containsExactlyInAnyOrderElementsOf(
                ExchangeDocument.READABLE);
    }

    @Test
    void aPseudonymousPersonCarriesNothingThatIdentifies() throws IOException {
        assertThat(errors(document("persons", """
                {"externalId": "KZ-QORGAU:person:P-H4W8R2TD", "pseudonymous": true, "birthYear": 1990}""")))
                .isEmpty();
        for (String field : List.of("\"firstName\": \"Синтетик\"", "\"birthdate\": \"1990-01-02\"",
                "\"identityNumber\": \"900102300123\"", "\"secondName\": \"Синтетов\"")) {
            assertThat(errors(document("persons", """
                    {"externalId": "KZ-QORGAU:person:P-H4W8R2TD", "pseudonymous": true, %s}""".formatted(field))))
                    .as(field).isNotEmpty();
        }
    }

    @Test
    void anAnonymousVictimRecordNamesNoPersonAndAnotherNamesOne() throws IOException {
        String record = """
                {"externalId": "KZ-QORGAU:victim:V-8TNC2W6R", "anonymous": %s, %s "identifiedOn": "2025-09-19",
                 "traffickingStatus": "PossibleVictimOfTrafficking",
                 "statusHistory": [{"decidedOn": "2025-09-19", "traffickingStatus": "PossibleVictimOfTrafficking"}]}""";
        String person = "\"person\": \"KZ-QORGAU:person:P-H4W8R2TD\",";
        assertThat(errors(document("victims", record.formatted("true", "")))).isEmpty();
        assertThat(errors(document("victims", record.formatted("false", person)))).isEmpty();
        assertThat(errors(document("victims", record.formatted("true", person)))).isNotEmpty();
        assertThat(errors(document("victims", record.formatted("false", "")))).isNotEmpty();
    }

    @Test
    void unknownFieldsCodesAndDatesAreRefused() throws IOException {
        String person = """
                {"externalId": "KZ-QORGAU:person:P-H4W8R2TD", "pseudonymous": true, %s}""";
        assertThat(errors(document("persons", person.formatted("\"gender\": \"Feminine\"")))).isEmpty();
        assertThat(errors(document("persons", person.formatted("\"gender\": \"FEMALE\"")))).isNotEmpty();
        assertThat(errors(document("persons", person.formatted("\"nickname\": \"x\"")))).isNotEmpty();
        assertThat(errors(document("persons", person.formatted("\"citizenship\": [\"KAZ\"]")))).isNotEmpty();
        assertThat(errors(document("persons", "{\"externalId\": \"42\", \"pseudonymous\": true}"))).isNotEmpty();
        assertThat(errors("""
                {"format": "qorgau-exchange", "version": "1", "sender": {"country": "KZ", "system": "KZ-QORGAU"},
                 "createdAt": "2026-13-45T25:00:00Z"}""")).isNotEmpty();
        assertThat(errors("""
                {"format": "qorgau-exchange", "version": "4", "sender": {"country": "KZ", "system": "KZ-QORGAU"},
                 "createdAt": "2026-03-02T09:15:00Z"}""")).isNotEmpty();
    }

    @Test
    void everyHtcdsCodeOfAJavaConstantIsInTheSchema() throws IOException {
        assertCovers("gender", Sex.values(), Vocabulary::gender);
        assertCovers("traffickingStatus", TraffickingStatus.values(), Vocabulary::traffickingStatus);
        assertCovers("decisionMakingOrg", DecidingOrganisationType.values(), Vocabulary::decidingOrganisation);
        assertCovers("typeOfExploitation", ExploitationForm.values(), Vocabulary::exploitation);
        assertCovers("typeOfSexExploitation", SexExploitationType.values(), Vocabulary::sexExploitation);
        assertCovers("forcedLabourIndustry", IsicSection.values(), Vocabulary::industry);
        assertCovers("relationshipToTrafficker", RecruiterRelationship.values(), Vocabulary::relationship);
        assertCovers("methodOfRecruitment", RecruitmentMethod.values(), Vocabulary::recruitment);
        assertCovers("methodOfControl", ControlMethod.values(), Vocabulary::control);
        // HTCDS's own picklists: the schema takes every value of the standard, also those Qorgau does not record
        assertThat(vocabulary("gender")).contains("TransgenderFeminine", "TransgenderMasculine");
    }

    @Test
    void qorgausOwnVocabulariesAreExactlyTheJavaConstants() throws IOException {
        assertSame("organisationType", OrganisationType.values(), Vocabulary::organisationType);
        assertSame("traffickingStatusDetail", TraffickingStatus.values(), Vocabulary::code);
        assertSame("countryRole", CountryRole.values(), Vocabulary::code);
        assertSame("referralKind", ReferralKind.values(), Vocabulary::code);
        assertSame("service", ServiceType.values(), Vocabulary::code);
        assertSame("referralStatus", ReferralStatus.values(), Vocabulary::code);
        assertSame("referralStep", StepKind.values(), Vocabulary::code);
        assertSame("declineReason", DeclineReason.values(), Vocabulary::code);
        assertSame("consentScope", ConsentScope.values(), Vocabulary::code);
        assertSame("consentDecision", ConsentDecision.values(), Vocabulary::code);
        assertSame("screeningContext", ScreeningContext.values(), Vocabulary::code);
        assertSame("screeningExploitation", ExploitationKind.values(), Vocabulary::code);
        assertSame("iloIndicator", IloIndicator.values(), Vocabulary::code);
        assertSame("delphiIndicator", DelphiIndicator.values(), Vocabulary::code);
        assertSame("screeningAnswer", Answer.values(), Vocabulary::code);
        assertSame("screeningSuggestion", DelphiRule.Outcome.values(), Vocabulary::code);
        assertSame("fundingSource", FundingSource.values(), Vocabulary::code);
        assertThat(Vocabulary.code(DeclineReason.NO_CAPACITY)).isEqualTo("NoCapacity");
    }

    private static <E extends Enum<E>> void assertCovers(String definition, E[] constants, Function<E, String> code)
            throws IOException {
        assertThat(vocabulary(definition)).as(definition)
                .containsAll(Arrays.stream(constants).map(code).toList());
    }

    private static <E extends Enum<E>> void assertSame(String definition, E[] constants, Function<E, String> code)
            throws IOException {
        assertThat(vocabulary(definition)).as(definition)
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(constants).map(code).distinct().toList());
    }

    private static Set<String> vocabulary(String definition) throws IOException {
        JsonNode values = JSON.readTree(Files.readString(schemaFile(ExchangeDocument.VERSION))).get("$defs")
                .get(definition).get("enum");
        assertThat(values).as(definition).isNotNull();
        Set<String> codes = new LinkedHashSet<>();
        values.forEach(value -> codes.add(value.asString()));
        return codes;
    }

    private static String document(String array, String record) {
        return document(ExchangeDocument.VERSION, array, record);
    }

    private static String document(String version, String array, String record) {
        return """
                {"format": "qorgau-exchange", "version": "%s", "sender": {"country": "KZ", "system": "KZ-QORGAU"},
                 "createdAt": "2026-03-02T09:15:00Z", "%s": [%s]}""".formatted(version, array, record);
    }
}
