package kz.qorgau.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.Cookie;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;

import kz.qorgau.FullTest;
import kz.qorgau.QorgauTest;
import kz.qorgau.SignedIn;
import kz.qorgau.TestUsers;
import kz.qorgau.demo.DemoOrganisations;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.identity.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The bulk import of the exchange format, whole, on the shared database: an organisation of its own imports persons
 * and victim records (identified in 2023 in the Akmola region, whose figures no other test states; the demo's own years end in 2022); the records are the organisation's and nobody
 * else's; importing the file again changes nothing; a changed record is an update with its history; a document with
 * any wrong record saves nothing and says every problem with its record, path and message, never a value; version 1
 * is still read; an unknown version, a file that is not JSON and a file too large are refused; the import needs its
 * permission and its reports are the organisation's own.
 */
@QorgauTest
class ExchangeImportTests extends FullTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ExchangeImport imports;

    private QorgauUser importer;
    private String prefix;

    @BeforeEach
    void anOrganisationOfItsOwn() {
        prefix = TestUsers.username("imp.");
        String organisation = "Синтетическая миссия " + prefix;
        jdbc.sql("""
                insert into organisations_organisation (name_ru, type, region_code, created_at, updated_at)
                values (:name, 'INTERNATIONAL_ORGANISATION', 'KZ-75', :now, :now)""").param("name", organisation)
                .param("now", Timestamp.from(Instant.now())).update();
        users.create(prefix, "Синтетический Сотрудник", organisation, Set.of(Role.CASE_WORKER, Role.ANALYST,
                Role.RECORD_IMPORT, Role.RECORD_EXPORT));
        importer = users.demo(prefix);
    }

    /** A document of the version with the persons and victim records given (JSON objects, comma-separated). */
    static String document(String version, String persons, String victims) {
        return """
                {"format": "qorgau-exchange", "version": "%s",
                 "sender": {"country": "KZ", "system": "KZ-NGO-SYNTH"},
                 "createdAt": "2026-11-30T10:00:00Z", "persons": [%s], "victims": [%s]}"""
                .formatted(version, persons, victims);
    }

    static String person(String id, String surname, String given, String birthdate) {
        return """
                {"externalId": "KZ-NGO-SYNTH:person:%s", "pseudonymous": false, "gender": "Feminine",
                 "citizenship": ["KG"], "stateless": false, "secondName": "%s", "firstName": "%s",
                 "birthdate": "%s"}""".formatted(id, surname, given, birthdate);
    }

    /** A victim record of a person (or anonymous when the person is null), its status decisions as date:status. */
    static String victim(String id, String person, String forms, String consents, String... decisions) {
        List<String> history = new ArrayList<>();
        for (String decision : decisions) {
            String[] parts = decision.split("=");
            history.add("{\"decidedOn\": \"%s\", \"traffickingStatus\": \"%s\", \"traffickingStatusDetail\": \"%s\"}"
                    .formatted(parts[0], parts[1].equals("Possible") ? "PossibleVictimOfTrafficking"
                            : "ActualVictimOfTrafficking", parts[1]));
        }
        String last = decisions[decisions.length - 1].split("=")[1];
        return """
                {"externalId": "KZ-NGO-SYNTH:victim:%s", %s "anonymous": %s, "region": "KZ-11",
                 "identifiedOn": "%s", "traffickingStatus": "%s", "traffickingStatusDetail": "%s",
                 "statusHistory": [%s], "gender": "Feminine", "ageAtIdentification": 27, "child": false,
                 "stateless": false, "typeOfExploitation": [%s],
                 "countries": [{"country": "KG", "role": "Citizenship"}, {"country": "KZ", "role": "Exploitation"}],
                 "consents": [%s]}""".formatted(id, person == null ? "" : "\"person\": \"KZ-NGO-SYNTH:person:"
                + person + "\",", person == null, decisions[0].split("=")[0], last.equals("Possible")
                        ? "PossibleVictimOfTrafficking" : "ActualVictimOfTrafficking", last, String.join(", ",
                                history), forms, consents);
    }

    static String consent(String date) {
        return "{\"scope\": \"Processing\", \"decision\": \"Given\", \"decidedOn\": \"" + date + "\"}";
    }

    private JsonNode send(QorgauUser user, String body, int expected) throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/api/v1/exchange/imports").contentType(
                MediaType.APPLICATION_JSON).content(body).cookie(new Cookie("QORGAU_LANG", "en")).with(user(user)).with(
                        csrf())).andReturn().getResponse();
        String answer = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(answer).isEqualTo(expected);
        return JSON.readTree(answer);
    }

    private long victimsOfTheOrganisation() {
        return jdbc.sql("select count(*) from victims_victim where registered_by_organisation_id = :organisation")
                .param("organisation", importer.organisationId()).query(Long.class).single();
    }

    private long personsOfTheOrganisation() {
        return jdbc.sql("select count(*) from persons_person where registered_by_organisation_id = :organisation")
                .param("organisation", importer.organisationId()).query(Long.class).single();
    }

    private String twoPersonsThreeRecords(String formsOfTheFirst) {
        return document("2", person("P1", "Синтетова", "Айжан", "1990-04-12") + ", "
                + person("P2", "Тестова", "Гульнара", "1992-08-03"),
                victim("V1", "P1", formsOfTheFirst, consent("2023-03-01"), "2023-03-01=Possible",
                        "2023-04-15=Presumed") + ", "
                        + victim("V2", "P2", "\"SexualExploitation\"", consent("2023-05-20"), "2023-05-20=Presumed")
                        + ", " + victim("V3", null, "\"ForcedLabour\"", "", "2023-06-02=Possible"));
    }

    @Test
    void aDocumentComesInWholeAndAgainChangesNothing() throws Exception {
        String document = twoPersonsThreeRecords("\"ForcedLabour\"");
        JsonNode report = send(importer, document, 201);
        assertThat(report.get("outcome").asString()).isEqualTo("IMPORTED");
        assertThat(report.get("counts").get("persons").get("created").asInt()).isEqualTo(2);
        assertThat(report.get("counts").get("victims").get("created").asInt()).isEqualTo(3);
        assertThat(victimsOfTheOrganisation()).isEqualTo(3);
        assertThat(personsOfTheOrganisation()).isEqualTo(2);
        // the later decision is a dated entry of the record's history
        assertThat(jdbc.sql("""
                select v.status from victims_victim v join exchange_record r on r.local_id = v.id and r.kind = 'VICTIM'
                where r.organisation_id = :organisation and r.external_id = 'KZ-NGO-SYNTH:victim:V1'""")
                .param("organisation", importer.organisationId()).query(String.class).single()).isEqualTo("PRESUMED");
        assertThat(audit.action(ExchangeImport.IMPORTED).by(prefix).count()).isOne();

        JsonNode again = send(importer, document, 201);
        assertThat(again.get("counts").get("persons").get("unchanged").asInt()).isEqualTo(2);
        assertThat(again.get("counts").get("victims").get("unchanged").asInt()).isEqualTo(3);
        assertThat(again.get("counts").get("victims").get("created").asInt()).isZero();
        assertThat(victimsOfTheOrganisation()).isEqualTo(3);
        assertThat(personsOfTheOrganisation()).isEqualTo(2);
    }

    @Test
    void aChangedRecordIsAnUpdateWithItsHistoryAndDatedEntriesCannotBeRewritten() throws Exception {
        send(importer, twoPersonsThreeRecords("\"ForcedLabour\""), 201);
        String changed = twoPersonsThreeRecords("\"ForcedLabour\", \"Servitude\"").replace(
                "\"2023-04-15\", \"traffickingStatus\": \"ActualVictimOfTrafficking\", \"traffickingStatusDetail\": "
                        + "\"Presumed\"}",
                "\"2023-04-15\", \"traffickingStatus\": \"ActualVictimOfTrafficking\", \"traffickingStatusDetail\": "
                        + "\"Presumed\"}, {\"decidedOn\": \"2023-09-01\", \"traffickingStatus\": "
                        + "\"NotAVictimOfTrafficking\", \"traffickingStatusDetail\": \"NotAVictim\"}");
        JsonNode report = send(importer, changed, 201);
        assertThat(report.get("counts").get("victims").get("updated").asInt()).isOne();
        assertThat(report.get("counts").get("victims").get("unchanged").asInt()).isEqualTo(2);
        assertThat(victimsOfTheOrganisation()).isEqualTo(3);
        assertThat(jdbc.sql("""
                select count(*) from exchange_record_change c join exchange_record r on r.id = c.record_id
                where r.organisation_id = :organisation and r.external_id = 'KZ-NGO-SYNTH:victim:V1'""")
                .param("organisation", importer.organisationId()).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("""
                select v.status from victims_victim v join exchange_record r on r.local_id = v.id and r.kind = 'VICTIM'
                where r.organisation_id = :organisation and r.external_id = 'KZ-NGO-SYNTH:victim:V1'""")
                .param("organisation", importer.organisationId()).query(String.class).single())
                .isEqualTo("NOT_A_VICTIM");

        // a decision imported before cannot be taken back by a later file: the first file again, without it
        JsonNode refused = send(importer, twoPersonsThreeRecords("\"ForcedLabour\""), 422);
        assertThat(refused.get("outcome").asString()).isEqualTo("REFUSED");
        assertThat(refused.get("problems").get(0).get("path").asString()).isEqualTo("/victims/0/statusHistory");
    }

    @Test
    void oneWrongRecordSavesNothingAndEveryProblemIsSaidWithoutItsValue() throws Exception {
        String document = document("2", person("P1", "Синтетова", "Айжан", "1990-04-12"),
                victim("V1", "P1", "\"ForcedLabour\"", consent("2023-03-01"), "2023-03-01=Possible") + ", "
                        + victim("V2", "P9", "\"ForcedLabour\"", consent("2023-03-02"), "2023-03-02=Possible")
                        + ", " + victim("V3", "P1", "\"ForcedLabour\"", "", "2023-03-03=Possible"));
        JsonNode report = send(importer, document, 422);
        assertThat(report.get("outcome").asString()).isEqualTo("REFUSED");
        assertThat(report.get("problemCount").asInt()).isEqualTo(2);
        JsonNode unknownPerson = report.get("problems").get(0);
        assertThat(unknownPerson.get("kind").asString()).isEqualTo("victims");
        assertThat(unknownPerson.get("index").asInt()).isEqualTo(2);
        assertThat(unknownPerson.get("externalId").asString()).isEqualTo("KZ-NGO-SYNTH:victim:V2");
        assertThat(unknownPerson.get("path").asString()).isEqualTo("/victims/1/person");
        assertThat(unknownPerson.get("message").asString()).startsWith("No person has this external id");
        // an identified adult without consent to the processing: the victim registry's own rule, in English, at
        // the field it is about
        assertThat(report.get("problems").get(1).get("index").asInt()).isEqualTo(3);
        assertThat(report.get("problems").get(1).get("path").asString()).isEqualTo("/victims/2/consents");
        assertThat(report.get("problems").get(1).get("message").asString()).doesNotContain("victim.error");
        assertThat(victimsOfTheOrganisation()).isZero();
        assertThat(personsOfTheOrganisation()).as("the person of the good records is not saved either").isZero();
        assertThat(report.toString()).doesNotContain("Синтетова", "Айжан", "1990-04-12");
        assertThat(audit.action(ExchangeImport.REFUSED).by(prefix).count()).isOne();
        // the refusal is kept with its problems, and read again as it was answered
        JsonNode kept = JSON.readTree(mvc.perform(get("/api/v1/exchange/imports/" + report.get("id").asLong())
                .cookie(new Cookie("QORGAU_LANG", "en")).with(user(importer))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(kept.get("problems")).isEqualTo(report.get("problems"));
        assertThat(kept.get("problemCount").asInt()).isEqualTo(2);
        // and on its page
        String page = mvc.perform(get("/exchange/imports/" + report.get("id").asLong()).with(user(importer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("/victims/1/person", "KZ-NGO-SYNTH:victim:V2");
        assertThat(page).doesNotContain("Синтетова", "Айжан");
    }

    @Test
    void schemaProblemsNameTheFieldAndThePathNeverTheValue() throws Exception {
        String document = document("2", person("P1", "Синтетова", "Айжан", "1990-04-12").replace(
                "\"gender\": \"Feminine\"", "\"gender\": \"Синтетический-пол\", \"nickname\": \"Айка\""), "");
        JsonNode report = send(importer, document, 422);
        List<String> paths = new ArrayList<>();
        report.get("problems").forEach(problem -> paths.add(problem.get("path").asString()));
        assertThat(paths).contains("/persons/0/gender", "/persons/0/nickname");
        assertThat(report.toString()).doesNotContain("Синтетический-пол", "Айка", "Синтетова");
        assertThat(report.get("problems").get(0).get("externalId").asString()).isEqualTo(
                "KZ-NGO-SYNTH:person:P1");
        assertThat(personsOfTheOrganisation()).isZero();
    }

    @Test
    void versionOneIsStillReadAndAnUnknownVersionOrNotJsonIsRefused() throws Exception {
        String versionOne = document("1", "", victim("V1", null, "\"ForcedBegging\"", "", "2023-02-02=Possible")
                .replace(", \"consents\": []", "").replace(",\n \"consents\": []", ""));
        assertThat(versionOne).doesNotContain("consents");
        assertThat(send(importer, versionOne, 201).get("counts").get("victims").get("created").asInt()).isOne();

        JsonNode unknown = send(importer, document("7", "", ""), 422);
        assertThat(unknown.get("problems").get(0).get("message").asString()).contains("1, 2");
        JsonNode notJson = send(importer, "{\"format\": \"qorgau-exchange\",\n \"version\": ", 422);
        assertThat(notJson.get("problems").get(0).get("message").asString()).startsWith("This is not JSON");
        assertThat(victimsOfTheOrganisation()).isOne();
    }

    @Test
    void aFileOfTwoGigabytesIsRefusedWithoutBeingRead() {
        long twoGigabytes = 2L * 1024 * 1024 * 1024;
        long[] read = { 0 };
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read[0]++;
                return read[0] > twoGigabytes ? -1 : ' ';
            }
        };
        ImportReport declared = SignedIn.as(importer, () -> imports.run(endless, twoGigabytes, 1024 * 1024,
                "large.json", ExchangeImport.Channel.API));
        assertThat(declared.imported()).isFalse();
        assertThat(declared.problems().getFirst().messageKey()).isEqualTo("exchange.import.too-large");
        assertThat(read[0]).as("a declared length over the limit: nothing read").isZero();
        ImportReport undeclared = SignedIn.as(importer, () -> imports.run(endless, 1024 * 1024, "large.json",
                ExchangeImport.Channel.API));
        assertThat(undeclared.problems().getFirst().messageKey()).isEqualTo("exchange.import.too-large");
        assertThat(read[0]).as("read up to the limit, not further").isEqualTo(1024 * 1024 + 1);
    }

    @Test
    void theRecordsAreTheOrganisationsOwnAndAnotherOrganisationSeesNeitherThemNorTheReports() throws Exception {
        JsonNode report = send(importer, twoPersonsThreeRecords("\"ForcedLabour\""), 201);
        long id = report.get("id").asLong();
        mvc.perform(get("/api/v1/exchange/imports/" + id).with(user(importer))).andExpect(status().isOk());
        // without the permission: refused
        mvc.perform(get("/api/v1/exchange/imports/" + id).with(users.as("hotline"))).andExpect(status()
                .isForbidden());
        String other = TestUsers.username("imp.other.");
        users.create(other, "Синтетический Сотрудник", DemoOrganisations.SHELTER_ALMATY, Set.of(
                Role.CASE_WORKER, Role.RECORD_IMPORT));
        mvc.perform(get("/api/v1/exchange/imports/" + id).with(user(users.demo(other)))).andExpect(status()
                .isNotFound());
        String references = String.join(",", jdbc.sql("""
                select v.reference from victims_victim v join exchange_record r on r.local_id = v.id
                where r.kind = 'VICTIM' and r.organisation_id = :organisation""").param("organisation", importer
                .organisationId()).query(String.class).list());
        String list = mvc.perform(get("/victims").param("year", "2023").with(user(users.demo(other))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        for (String reference : references.split(",")) {
            assertThat(list).doesNotContain(reference);
        }
        mvc.perform(post("/api/v1/exchange/imports").contentType(MediaType.APPLICATION_JSON).content("{}")
                .with(users.as("hotline")).with(csrf())).andExpect(status().isForbidden());
    }

    /** A screening of a record (version 3): its day, context, status (as a detail code) and answers (JSON members). */
    static String screening(String date, String context, String detail, String ilo, String delphi) {
        return """
                {"screenedOn": "%s", "context": "%s", "exploitation": "Labour", "ilo": {%s}, "delphi": {%s},
                 "traffickingStatus": "%s", "traffickingStatusDetail": "%s"}""".formatted(date, context, ilo, delphi,
                detail.equals("Possible") ? "PossibleVictimOfTrafficking" : "ActualVictimOfTrafficking", detail);
    }

    /** The record of version 3 with its screenings: the victim record of version 2, and the screenings given. */
    static String withScreenings(String victim, String... screenings) {
        return victim.substring(0, victim.lastIndexOf('}')) + ", \"screenings\": [" + String.join(", ", screenings)
                + "]}";
    }

    /** The answers of a record's screenings, each as "number list indicator answer". */
    private List<String> answers(long victimId) {
        return jdbc.sql("""
                select s.number || ' ' || a.list || ' ' || a.indicator || ' ' || a.answer
                from victims_screening_answer a join victims_screening s on s.id = a.screening_id
                where s.victim_id = :id""").param("id", victimId).query(String.class).list();
    }

    /** A record's status history, in the order recorded. */
    private List<String> statuses(long victimId) {
        return jdbc.sql("select status from victims_status where victim_id = :id order by seq").param("id", victimId)
                .query(String.class).list();
    }

    /** The local id of the victim record imported under the external id (of the test sender, if only its end). */
    private Long localVictim(String externalId) {
        return jdbc.sql("""
                select local_id from exchange_record where organisation_id = :organisation and kind = 'VICTIM'
                and external_id = :id""").param("organisation", importer.organisationId()).param("id",
                externalId.contains(":") ? externalId : "KZ-NGO-SYNTH:victim:" + externalId).query(Long.class)
                .optional().orElse(null);
    }

    @Test
    void screeningsComeInWithTheirAnswersAndAScreeningThatChangesTheStatusIsThatChangeOfTheHistory()
            throws Exception {
        String person = person("P1", "Синтетова", "Айжан", "1990-04-12");
        String first = screening("2023-03-01", "NgoOutreach", "Possible",
                "\"Deception\": \"Present\", \"DebtBondage\": \"Unknown\"", "");
        String second = screening("2023-04-15", "Police", "Presumed", "\"Deception\": \"Present\"",
                "\"DrNatureOfJob\": \"Present\", \"CdDebtBondage\": \"Present\"");
        String victim = victim("V1", "P1", "\"ForcedLabour\"", consent("2023-03-01"), "2023-03-01=Possible",
                "2023-04-15=Presumed");
        String document = document("3", person, withScreenings(victim, first, second));
        assertThat(ExchangeSchemaTests.errors(document)).isEmpty();
        JsonNode report = send(importer, document, 201);
        assertThat(report.get("counts").get("victims").get("created").asInt()).isOne();
        long id = localVictim("V1");
        assertThat(jdbc.sql("select number || ' ' || context || ' ' || decision from victims_screening "
                + "where victim_id = :id order by number").param("id", id).query(String.class).list())
                .containsExactly("1 NGO_OUTREACH POSSIBLE", "2 POLICE PRESUMED");
        assertThat(answers(id)).containsExactlyInAnyOrder("1 ILO DECEPTION PRESENT",
                "1 ILO DEBT_BONDAGE UNKNOWN", "2 ILO DECEPTION PRESENT", "2 DELPHI DR_NATURE_OF_JOB PRESENT",
                "2 DELPHI CD_DEBT_BONDAGE PRESENT");
        // the second screening's decision is the history's second decision, recorded once
        assertThat(statuses(id)).containsExactly("POSSIBLE", "PRESUMED");
        assertThat(send(importer, document, 201).get("counts").get("victims").get("unchanged").asInt()).isOne();

        // exported as they came, with the suggestion the rule made of the answers
        JsonNode exported = JSON.readTree(mvc.perform(get("/api/v1/exchange/export").param("from", "2023-01-01")
                .param("to", "2023-12-31").param("kind", "victims").with(user(importer))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(ExchangeSchemaTests.errors(exported.toString())).isEmpty();
        JsonNode screenings = exported.get("victims").get(0).get("screenings");
        assertThat(screenings).hasSize(2);
        assertThat(screenings.get(0).get("context").asString()).isEqualTo("NgoOutreach");
        assertThat(screenings.get(0).get("ilo").get("DebtBondage").asString()).isEqualTo("Unknown");
        assertThat(screenings.get(1).get("delphi").get("CdDebtBondage").asString()).isEqualTo("Present");
        assertThat(screenings.get(1).get("suggestion").asString()).isIn("Positive", "Negative", "Undetermined");
        assertThat(screenings.get(1).get("traffickingStatusDetail").asString()).isEqualTo("Presumed");

        // a later screening that keeps the status is added, and changes no status
        String third = screening("2023-06-01", "HealthCare", "Presumed", "", "\"ExExcessiveHours\": \"Present\"");
        JsonNode updated = send(importer, document("3", person, withScreenings(victim, first, second, third)), 201);
        assertThat(updated.get("counts").get("victims").get("updated").asInt()).isOne();
        assertThat(jdbc.sql("select count(*) from victims_screening where victim_id = :id").param("id", id).query(
                Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from victims_status where victim_id = :id").param("id", id).query(
                Long.class).single()).isEqualTo(2);
        // a screening imported before cannot be rewritten
        String rewritten = document("3", person, withScreenings(victim, first.replace("\"Unknown\"",
                "\"Absent\""), second, third));
        assertThat(send(importer, rewritten, 422).get("problems").get(0).get("path").asString()).isEqualTo(
                "/victims/0/screenings");
    }

    @Test
    void screeningsThatDisagreeWithTheStatusHistoryAreRefusedWithTheirPath() throws Exception {
        String person = person("P1", "Синтетова", "Айжан", "1990-04-12");
        String victim = victim("V1", "P1", "\"ForcedLabour\"", consent("2023-03-01"), "2023-03-01=Possible");
        String first = screening("2023-03-01", "Police", "Possible", "", "");
        // a later screening presumes her a victim, which the history does not say
        JsonNode refused = send(importer, document("3", person, withScreenings(victim, first, screening(
                "2023-04-15", "Police", "Presumed", "", ""))), 422);
        assertThat(refused.get("problems").get(0).get("path").asString()).isEqualTo(
                "/victims/0/screenings/1/traffickingStatus");
        // the first screening is the identification: its day
        refused = send(importer, document("3", person, withScreenings(victim, screening("2023-03-02", "Police",
                "Possible", "", ""))), 422);
        assertThat(refused.get("problems").get(0).get("path").asString()).isEqualTo("/victims/0/screenings/0");
        // oldest first
        refused = send(importer, document("3", person, withScreenings(victim, first, screening("2023-05-01",
                "Police", "Possible", "", ""), screening("2023-04-01", "Police", "Possible", "", ""))), 422);
        assertThat(refused.get("problems").get(0).get("path").asString()).isEqualTo(
                "/victims/0/screenings/2/screenedOn");
        // an indicator of another list is the schema's to refuse, by its path
        refused = send(importer, document("3", person, withScreenings(victim, screening("2023-03-01", "Police",
                "Possible", "\"DrNatureOfJob\": \"Present\"", ""))), 422);
        assertThat(refused.get("problems").get(0).get("path").asString()).startsWith("/victims/0/screenings/0/ilo");
        assertThat(localVictim("V1")).isNull();
        assertThat(victimsOfTheOrganisation()).isZero();
    }

    @Test
    void aRecordsServicesAreNotImportedTheirProvidersRecordThem() throws Exception {
        String victim = victim("V1", "P1", "\"ForcedLabour\"", consent("2023-03-01"), "2023-03-01=Possible");
        String withServices = victim.substring(0, victim.lastIndexOf('}')) + """
                , "services": [{"service": "Shelter", "startedOn": "2023-03-02",
                 "provider": {"externalId": "KZ-NGO-SYNTH:organisation:1"}}]}""";
        JsonNode refused = send(importer, document("3", person("P1", "Синтетова", "Айжан", "1990-04-12"),
                withServices), 422);
        assertThat(refused.get("problems").get(0).get("path").asString()).isEqualTo("/victims/0/services");
        assertThat(refused.get("problems").get(0).get("message").asString()).contains("services");
        assertThat(victimsOfTheOrganisation()).isZero();
    }

    @Test
    void aRecordImportedWithoutItsScreeningsTakesTheLaterOnesWithANote() throws Exception {
        String person = person("P1", "Синтетова", "Айжан", "1990-04-12");
        String victim = victim("V1", "P1", "\"ForcedLabour\"", consent("2023-03-01"), "2023-03-01=Possible",
                "2023-04-15=Presumed");
        send(importer, document("2", person, victim), 201);
        JsonNode report = send(importer, document("3", person, withScreenings(victim, screening("2023-03-01",
                "Police", "Possible", "\"Deception\": \"Present\"", ""), screening("2023-05-02", "Police", "Presumed",
                        "\"Deception\": \"Present\"", ""))), 201);
        assertThat(report.get("counts").get("victims").get("updated").asInt()).isOne();
        assertThat(report.get("warnings").get(0).get("path").asString()).isEqualTo("/victims/0/screenings/0");
        long id = localVictim("V1");
        // the identification's screening stays as the first file left it; the later one is added
        assertThat(jdbc.sql("select number || ' ' || context from victims_screening where victim_id = :id "
                + "order by number").param("id", id).query(String.class).list()).containsExactly("1 OTHER",
                        "2 POLICE");
    }

    @Test
    void anExportOfTheImportedRecordsImportsBackUnchanged() throws Exception {
        send(importer, twoPersonsThreeRecords("\"ForcedLabour\""), 201);
        String exported = mvc.perform(get("/api/v1/exchange/export").param("from", "2023-01-01").param("to",
                "2023-12-31").param("kind", "all").with(user(importer))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(ExchangeSchemaTests.errors(exported)).isEmpty();
        JsonNode document = JSON.readTree(exported);
        assertThat(document.get("victims")).hasSize(3);
        assertThat(document.get("persons")).hasSize(2);
        // imported as the organisation's own export: every record new the first time, unchanged the second
        JsonNode first = send(importer, exported, 201);
        assertThat(first.get("counts").get("victims").get("created").asInt()).isEqualTo(3);
        JsonNode second = send(importer, exported, 201);
        assertThat(second.get("counts").get("victims").get("unchanged").asInt()).isEqualTo(3);
        // what the second generation of records exports is what the first did, but for the ids
        String again = mvc.perform(get("/api/v1/exchange/export").param("from", "2023-01-01").param("to",
                "2023-12-31").param("kind", "victims").with(user(importer))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<String> firstGeneration = new ArrayList<>();
        List<String> secondGeneration = new ArrayList<>();
        for (JsonNode victim : JSON.readTree(again).get("victims")) {
            String content = ((ObjectNode) victim.deepCopy()).without(List.of(
                    "externalId", "person", "firstIdentifiedOn")).toString();
            (firstGeneration.contains(content) ? secondGeneration : firstGeneration).add(content);
        }
        assertThat(secondGeneration).containsExactlyInAnyOrderElementsOf(firstGeneration);
    }

    @Test
    void theSpreadsheetTemplateFilledInComesInAsADocumentDoes() throws Exception {
        byte[] template = mvc.perform(get("/exchange/imports/template.xlsx").with(user(importer))).andExpect(
                status().isOk()).andReturn().getResponse().getContentAsByteArray();
        byte[] filled;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            assertThat(workbook.isSheetHidden(workbook.getSheetIndex(ExchangeWorkbook.LISTS))).isTrue();
            assertThat(workbook.getSheet(ExchangeWorkbook.VICTIMS).getDataValidations()).as("lists of codes")
                    .isNotEmpty();
            Row person = workbook.getSheet(ExchangeWorkbook.PERSONS).createRow(1);
            List<Object> personCells = List.of("P-1", "Таблицева", "Айсулуу", "", "12.05.1991", "Feminine", "KG");
            for (int i = 0; i < personCells.size(); i++) {
                person.createCell(i).setCellValue(String.valueOf(personCells.get(i)));
            }
            Row victim = workbook.getSheet(ExchangeWorkbook.VICTIMS).createRow(1);
            List<String> victimCells = List.of("V-1", "P-1", "FALSE", "KZ-11", "2023-08-14", "Possible", "Feminine",
                    "26", "FALSE", "ForcedLabour;Servitude", "KG", "KZ", "Given");
            for (int i = 0; i < victimCells.size(); i++) {
                victim.createCell(i).setCellValue(victimCells.get(i));
            }
            victim.getCell(7).setCellValue(26);
            Row anonymous = workbook.getSheet(ExchangeWorkbook.VICTIMS).createRow(3);
            anonymous.createCell(0).setCellValue("V-2");
            anonymous.createCell(2).setCellValue(true);
            anonymous.createCell(3).setCellValue("KZ-11");
            anonymous.createCell(4).setCellValue("2023-09-01");
            anonymous.createCell(5).setCellValue("Possible");
            Row decision = workbook.getSheet(ExchangeWorkbook.DECISIONS).createRow(1);
            decision.createCell(0).setCellValue("V-1");
            decision.createCell(1).setCellValue("2023-10-02");
            decision.createCell(2).setCellValue("Presumed");
            // the identification's screening, and the one that presumed her a victim on the day of that decision
            List<List<String>> screenings = List.of(List.of("V-1", "2023-08-14", "LabourInspection", "Labour",
                    "FALSE", "Possible", "Deception; DrNatureOfJob", "DebtBondage"), List.of("V-1", "2023-10-02",
                            "Police", "Labour", "FALSE", "Presumed", "Deception;CdDebtBondage"));
            for (int r = 0; r < screenings.size(); r++) {
                Row screening = workbook.getSheet(ExchangeWorkbook.SCREENINGS).createRow(r + 1);
                for (int i = 0; i < screenings.get(r).size(); i++) {
                    screening.createCell(i).setCellValue(screenings.get(r).get(i));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            filled = out.toByteArray();
        }
        MockMultipartFile file = new MockMultipartFile("file", "records.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", filled);
        String location = mvc.perform(multipart("/exchange/imports").file(file).with(user(importer)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        JsonNode report = JSON.readTree(mvc.perform(get("/api/v1/exchange/imports/" + id).with(user(importer)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(report.get("outcome").asString()).as(report.toString()).isEqualTo("IMPORTED");
        assertThat(report.get("counts").get("victims").get("created").asInt()).isEqualTo(2);
        assertThat(victimsOfTheOrganisation()).isEqualTo(2);
        assertThat(jdbc.sql("""
                select v.status from victims_victim v join exchange_record r on r.local_id = v.id and r.kind = 'VICTIM'
                where r.organisation_id = :organisation and r.external_id = 'KZ-XLSX:victim:V-1'""")
                .param("organisation", importer.organisationId()).query(String.class).single()).isEqualTo("PRESUMED");
        long v1 = localVictim("KZ-XLSX:victim:V-1");
        assertThat(answers(v1)).containsExactlyInAnyOrder("1 ILO DECEPTION PRESENT",
                "1 DELPHI DR_NATURE_OF_JOB PRESENT", "1 ILO DEBT_BONDAGE ABSENT", "2 ILO DECEPTION PRESENT",
                "2 DELPHI CD_DEBT_BONDAGE PRESENT");
        assertThat(statuses(v1)).containsExactly("POSSIBLE", "PRESUMED");
        // the same workbook again: nothing changes
        String again = mvc.perform(multipart("/exchange/imports").file(file).with(user(importer)).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        JsonNode unchanged = JSON.readTree(mvc.perform(get("/api/v1/exchange/imports/" + again.substring(again
                .lastIndexOf('/') + 1)).with(user(importer))).andReturn().getResponse().getContentAsString(
                        StandardCharsets.UTF_8));
        assertThat(unchanged.get("counts").get("victims").get("unchanged").asInt()).isEqualTo(2);
        assertThat(victimsOfTheOrganisation()).isEqualTo(2);
        // a file that is not a workbook, though it starts as one
        MockMultipartFile broken = new MockMultipartFile("file", "broken.xlsx", "application/octet-stream",
                Arrays.copyOf(filled, 400));
        mvc.perform(multipart("/exchange/imports").file(broken).with(user(importer)).with(csrf()));
        assertThat(jdbc.sql("select problems::text from exchange_import where organisation_id = :organisation "
                + "order by id desc limit 1").param("organisation", importer.organisationId()).query(String.class)
                .single()).contains("exchange.import.not-a-workbook");
    }

    @Test
    void whatIsTakenInWithLessDetailIsSaidAsANoteWithoutItsValue() throws Exception {
        String person = person("P1", "Заметкина", "Асель", "1993-02-11").replace("\"birthdate\": \"1993-02-11\"",
                "\"birthYear\": 1993").replace("\"gender\": \"Feminine\"", "\"gender\": \"TransgenderFeminine\"");
        JsonNode report = send(importer, document("2", person, victim("V1", "P1", "\"ForcedLabour\"", consent(
                "2023-03-01"), "2023-03-01=Possible")), 201);
        List<String> paths = new ArrayList<>();
        report.get("warnings").forEach(warning -> paths.add(warning.get("path").asString()));
        assertThat(paths).containsExactly("/persons/0/birthYear", "/persons/0/gender");
        assertThat(report.get("warnings").get(0).get("message").asString()).contains("birth year");
        assertThat(report.toString()).doesNotContain("Заметкина", "Transgender");
        String page = mvc.perform(get("/exchange/imports/" + report.get("id").asLong()).with(user(importer)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("/persons/0/birthYear");
    }
}
