package kz.qorgau.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import kz.qorgau.QorgauTest;
import kz.qorgau.SignedIn;
import kz.qorgau.TestUsers;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.identity.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The import's parser and checks against random and mutated documents: a valid document with fields dropped,
 * duplicated, retyped, given random codes, dates, texts and numbers, records repeated or moved, the text cut short or
 * spliced. Whatever comes, the import answers with a report (never an exception, which the API would answer with
 * 500); a refused document saved nothing (the organisation's persons, victim records and imported records are as
 * before, and so is everything of every other organisation); an imported one saved records of the importer's own
 * organisation only. Plain JUnit over fixed seeds, as the statistics' property tests (jqwik runs on JUnit Platform 1
 * only), so that a failure is reproduced by its seed.
 */
@QorgauTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportFuzzTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final List<String> FIELDS = List.of("externalId", "pseudonymous", "gender", "birthdate", "secondName",
            "firstName", "citizenship", "identityNumber", "person", "anonymous", "region", "identifiedOn",
            "traffickingStatus", "traffickingStatusDetail", "statusHistory", "decidedOn", "typeOfExploitation",
            "countries", "consents", "scope", "decision", "ageAtIdentification", "child", "version", "format");
    static final List<Object> VALUES = List.of("", " ", "KZ-11", "KZ-99", "2023-02-30", "2023-03-01", "2023-13-01",
            "9999-12-31", "Feminine", "Possible", "ActualVictimOfTrafficking", "NotAVictimOfTrafficking", "Given",
            "Processing", "LawEnforcement", "KZ-NGO-FUZZ:person:P1", "KZ-NGO-FUZZ:victim:V1", "<script>", "ꙮ",
            "'; drop table victims_victim; --", -1, 0, 17, 151, Long.MAX_VALUE, 3.5, true, false);

    @Autowired
    ExchangeImport imports;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestUsers users;

    private QorgauUser importer;

    @BeforeAll
    void anOrganisationOfItsOwn() {
        String prefix = TestUsers.username("fuzz.");
        String organisation = "Синтетическая организация " + prefix;
        jdbc.sql("""
                insert into organisations_organisation (name_ru, type, region_code, created_at, updated_at)
                values (:name, 'NGO', 'KZ-75', :now, :now)""").param("name", organisation)
                .param("now", Timestamp.from(Instant.now())).update();
        users.create(prefix, "Синтетический Сотрудник", organisation, Set.of(Role.CASE_WORKER, Role.RECORD_IMPORT));
        importer = users.demo(prefix);
    }

    static Stream<Long> seeds() {
        return IntStream.rangeClosed(1, 120).mapToObj(seed -> (long) seed);
    }

    /** A valid document of two persons and three victim records (identified in 2023 in the Akmola region, whose figures no other test states; the demo's own years end in 2022). */
    static ObjectNode valid(long seed) {
        String suffix = "S" + seed;
        return (ObjectNode) JSON.readTree("""
                {"format": "qorgau-exchange", "version": "2",
                 "sender": {"country": "KZ", "system": "KZ-NGO-FUZZ"}, "createdAt": "2026-11-30T10:00:00Z",
                 "persons": [
                  {"externalId": "KZ-NGO-FUZZ:person:P1%1$s", "pseudonymous": false, "gender": "Feminine",
                   "citizenship": ["UZ"], "stateless": false, "secondName": "Фаззова", "firstName": "Дильноза",
                   "birthdate": "1994-01-15"},
                  {"externalId": "KZ-NGO-FUZZ:person:P2%1$s", "pseudonymous": false, "gender": "Masculine",
                   "citizenship": ["KG"], "stateless": false, "secondName": "Фаззов", "firstName": "Азамат"}],
                 "victims": [
                  {"externalId": "KZ-NGO-FUZZ:victim:V1%1$s", "person": "KZ-NGO-FUZZ:person:P1%1$s",
                   "anonymous": false, "region": "KZ-11", "identifiedOn": "2023-03-01",
                   "traffickingStatus": "PossibleVictimOfTrafficking", "traffickingStatusDetail": "Possible",
                   "statusHistory": [{"decidedOn": "2023-03-01", "traffickingStatus": "PossibleVictimOfTrafficking"}],
                   "gender": "Feminine", "ageAtIdentification": 22, "child": false, "stateless": false,
                   "typeOfExploitation": ["ForcedLabour"], "countries": [{"country": "UZ", "role": "Citizenship"}],
                   "consents": [{"scope": "Processing", "decision": "Given", "decidedOn": "2023-03-01"}]},
                  {"externalId": "KZ-NGO-FUZZ:victim:V2%1$s", "person": "KZ-NGO-FUZZ:person:P2%1$s",
                   "anonymous": false, "region": "KZ-11", "identifiedOn": "2023-05-10",
                   "traffickingStatus": "ActualVictimOfTrafficking", "traffickingStatusDetail": "Presumed",
                   "statusHistory": [{"decidedOn": "2023-05-10", "traffickingStatus": "ActualVictimOfTrafficking",
                                      "traffickingStatusDetail": "Presumed"}],
                   "gender": "Masculine", "ageAtIdentification": 30, "child": false, "stateless": false,
                   "typeOfExploitation": ["ForcedLabour"],
                   "consents": [{"scope": "Processing", "decision": "Given", "decidedOn": "2023-05-10"}]},
                  {"externalId": "KZ-NGO-FUZZ:victim:V3%1$s", "anonymous": true, "region": "KZ-11",
                   "identifiedOn": "2023-07-20", "traffickingStatus": "PossibleVictimOfTrafficking",
                   "statusHistory": [{"decidedOn": "2023-07-20", "traffickingStatus": "PossibleVictimOfTrafficking"}],
                   "typeOfExploitation": ["SexualExploitation"], "consents": []}]}""".formatted(suffix));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aMutatedDocumentIsImportedWholeOrNotAtAllAndOnlyAsTheImportersOwn(long seed) {
        Random random = new Random(seed);
        ObjectNode document = valid(seed);
        int mutations = 1 + random.nextInt(3);
        for (int i = 0; i < mutations; i++) {
            mutate(document, random);
        }
        byte[] bytes = JSON.writeValueAsString(document).getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(6) == 0) {
            bytes = splice(bytes, random);
        }
        Map<String, Object> before = state();
        byte[] sent = bytes;
        ImportReport report = SignedIn.as(importer, () -> imports.run(new ByteArrayInputStream(sent), 1024 * 1024,
                "fuzz.json", ExchangeImport.Channel.API));
        Map<String, Object> after = state();
        assertThat(report).as("a report, whatever came").isNotNull();
        assertThat(after.get("others")).as("nothing of another organisation changed").isEqualTo(before.get(
                "others"));
        if (report.imported()) {
            assertThat(report.problems()).isEmpty();
            assertThat(after.get("foreign")).as("only records of the importer's organisation").isEqualTo(0L);
        } else {
            assertThat(report.problemCount()).isPositive();
            assertThat(report.problems()).allSatisfy(problem -> assertThat(problem.messageKey()).as(
                    "a problem said, not an unexpected failure").isNotBlank().isNotEqualTo(
                            "exchange.import.record-failed"));
            assertThat(after).as("a refused document saved nothing").isEqualTo(before);
        }
    }

    /** What an import may change, and what it must not: the importer's records, and every other organisation's. */
    private Map<String, Object> state() {
        long organisation = importer.organisationId();
        return Map.of("persons", count("select count(*) from persons_person where registered_by_organisation_id = "
                + organisation), "victims", count("select count(*) from victims_victim where "
                        + "registered_by_organisation_id = " + organisation), "records", count(
                                "select count(*) from exchange_record where organisation_id = " + organisation),
                "others", jdbc.sql("""
                        select count(*) || '/' || coalesce(max(updated_at)::text, '') from victims_victim
                        where registered_by_organisation_id <> :organisation""").param("organisation", organisation)
                        .query(String.class).single(), "foreign", count("""
                                select count(*) from exchange_record r
                                left join victims_victim v on r.kind = 'VICTIM' and v.id = r.local_id
                                left join persons_person p on r.kind = 'PERSON' and p.id = r.local_id
                                where r.organisation_id = %d and coalesce(v.registered_by_organisation_id,
                                    p.registered_by_organisation_id) <> %d""".formatted(organisation, organisation)));
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    /** One random change somewhere in the document. */
    static void mutate(ObjectNode document, Random random) {
        List<ObjectNode> objects = new ArrayList<>();
        collect(document, objects);
        ObjectNode target = objects.get(random.nextInt(objects.size()));
        List<String> names = new ArrayList<>(target.propertyNames());
        String field = names.isEmpty() || random.nextInt(4) == 0 ? FIELDS.get(random.nextInt(FIELDS.size()))
                : names.get(random.nextInt(names.size()));
        switch (random.nextInt(8)) {
            case 0 -> target.remove(field);
            case 1 -> put(target, field, VALUES.get(random.nextInt(VALUES.size())));
            case 2 -> target.putArray(field).add(String.valueOf(VALUES.get(random.nextInt(VALUES.size()))));
            case 3 -> target.putNull(field);
            case 4 -> target.putObject(field).put("externalId", "KZ-NGO-FUZZ:victim:X" + random.nextInt(3));
            case 5 -> {
                // a record repeated, in its array or in another
                if (document.get(random.nextBoolean() ? "persons" : "victims") instanceof ArrayNode array
                        && !array.isEmpty() && document.get(random.nextBoolean() ? "persons"
                                : "victims") instanceof ArrayNode into) {
                    into.add(array.get(random.nextInt(array.size())).deepCopy());
                }
            }
            case 6 -> put(target, field, randomText(random));
            default -> put(target, field, random.nextInt(Integer.MAX_VALUE) - Integer.MAX_VALUE / 2);
        }
    }

    private static void collect(JsonNode node, List<ObjectNode> objects) {
        if (node instanceof ObjectNode object) {
            objects.add(object);
        }
        node.forEach(child -> collect(child, objects));
    }

    private static void put(ObjectNode target, String field, Object value) {
        switch (value) {
            case String text -> target.put(field, text);
            case Integer number -> target.put(field, number);
            case Long number -> target.put(field, number);
            case Double number -> target.put(field, number);
            case Boolean flag -> target.put(field, flag);
            default -> target.put(field, String.valueOf(value));
        }
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(40);
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(random.nextInt(4) == 0 ? 0x400 + random.nextInt(0x100) : 0x20 + random.nextInt(
                    0x5f));
        }
        return text.toString();
    }

    /** The text cut short, or a random run of bytes put into it. */
    private static byte[] splice(byte[] bytes, Random random) {
        int at = random.nextInt(bytes.length);
        if (random.nextBoolean()) {
            return Arrays.copyOf(bytes, at);
        }
        byte[] noise = new byte[1 + random.nextInt(16)];
        random.nextBytes(noise);
        byte[] spliced = new byte[bytes.length + noise.length];
        System.arraycopy(bytes, 0, spliced, 0, at);
        System.arraycopy(noise, 0, spliced, at, noise.length);
        System.arraycopy(bytes, at, spliced, at + noise.length, bytes.length - at);
        return spliced;
    }
}
