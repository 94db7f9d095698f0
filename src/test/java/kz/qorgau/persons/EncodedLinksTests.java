package kz.qorgau.persons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import kz.qorgau.FullTest;
import kz.qorgau.QorgauTest;
import kz.qorgau.TestUsers;
import kz.qorgau.demo.DemoOrganisations;
import kz.qorgau.identity.Role;
import kz.qorgau.linkage.ClkEncoder;
import kz.qorgau.linkage.EncodeCommand;
import kz.qorgau.linkage.LinkageSecret;
import java.util.ArrayList;
import java.util.Base64;
import org.hamcrest.Matchers;

/**
 * The privacy-preserving linkage over the API: two organisations that share a linkage secret (the test plays the NGO
 * that holds it) each submit a pseudonymous id and a CLK for one woman, written «Жанар Сейітова» by one and "Zhanar
 * Seitova" by the other; each reads one link, to the other's record, and nothing of anyone else's. A third
 * organisation that encoded her under another secret is linked to nobody. Bad input is refused with its record's
 * position and nothing is stored; the encodings are sealed at rest; who may not submit is refused. The files the
 * offline encoding tool writes are submitted as they are.
 */
@QorgauTest
class EncodedLinksTests extends FullTest {

    record Person(String surname, String givenName, String born) {
    }

    static final List<ClkEncoder.Field<Person>> FIELDS = List.of(ClkEncoder.Field.of("surname", Person::surname,
            ClkEncoder.Tokens.SURNAME, 30), ClkEncoder.Field.of("given_name", Person::givenName,
                    ClkEncoder.Tokens.GIVEN_NAME, 30), ClkEncoder.Field.of("birth_date", Person::born,
                            ClkEncoder.Tokens.BIGRAMS, 20));

    final List<String> submitters = new ArrayList<>();

    private RequestPostProcessor as(String username) {
        submitters.add(username);
        return users.as(username);
    }

    private void submit(String username, String body) throws Exception {
        mvc.perform(put("/api/v1/linkage/encodings").with(as(username)).with(csrf()).contentType(
                MediaType.APPLICATION_JSON).content(body)).andExpect(status().isOk());
    }

    private static String body(String id, ClkEncoder<Person> encoder, Person person) {
        return "{\"records\":[{\"id\":\"" + id + "\",\"clk\":\"" + encoder.encode(person).toBase64() + "\"}]}";
    }

    @AfterEach
    void withdraw() throws Exception {
        for (String username : submitters) {
            mvc.perform(delete("/api/v1/linkage/encodings").with(users.as(username)).with(csrf())).andExpect(status()
                    .isOk());
        }
    }

    @Test
    void twoOrganisationsSharingASecretAreToldTheirRecordsAreOnePersonAndNothingMore() throws Exception {
        LinkageSecret secret = LinkageSecret.generate();
        ClkEncoder<Person> encoder = new ClkEncoder<>(secret, FIELDS);
        String other = TestUsers.username("ngo-");
        users.create(other, DemoOrganisations.CRISIS_CENTRES, Role.CASE_WORKER, "KZ-75");
        submit("caseworker", body("shelter-17", encoder, new Person("Сейітова", "Жанар", "19940312")));
        submit("hotline", body("call-0042", encoder, new Person("Seitova", "Zhanar", "19940312")));
        submit(other, body("x-1", new ClkEncoder<>(LinkageSecret.generate(), FIELDS), new Person("Сейітова", "Жанар",
                "19940312")));

        mvc.perform(get("/api/v1/linkage/links").with(as("caseworker"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.links.length()").value(1))
                .andExpect(jsonPath("$.links[0].recordId").value("shelter-17"))
                .andExpect(jsonPath("$.links[0].otherRecordId").value("call-0042"))
                .andExpect(jsonPath("$.links[0].organisation").value(DemoOrganisations.HOTLINE));
        mvc.perform(get("/api/v1/linkage/links").with(as("hotline"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.links.length()").value(1))
                .andExpect(jsonPath("$.links[0].otherRecordId").value("shelter-17"));
        mvc.perform(get("/api/v1/linkage/links").with(as(other))).andExpect(status().isOk())
                .andExpect(jsonPath("$.links.length()").value(0));
        assertThat(audit.action("ENCODINGS_SUBMITTED").count()).isPositive();
        assertThat(audit.action("ENCODED_LINKS_READ").count()).isPositive();

        // sealed at rest: the stored bytes are not the CLK submitted
        String submitted = encoder.encode(new Person("Сейітова", "Жанар", "19940312")).toBase64();
        byte[] stored = jdbc.sql("select clk from persons_encoding where record_id = 'shelter-17'").query(
                byte[].class).single();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(submitted);
        assertThat(stored).isNotEqualTo(Base64.getDecoder().decode(submitted));
    }

    @Test
    void theFilesOfTheOfflineToolAreSubmittedAsTheyAreAndLinked(@TempDir Path folder) throws Exception {
        EncodeCommand tool = new EncodeCommand(System.out, System.err, Clock.systemUTC());
        String secret = folder.resolve("linkage.secret").toString();
        Path shelter = Files.writeString(folder.resolve("shelter.csv"), "id;surname;given_name;birth_date;sex\n"
                + "shelter-21;Сейітова;Жанар;12.03.1994;Ж\n");
        Path hotline = Files.writeString(folder.resolve("hotline.csv"), "id,given_name,surname,birth_date\n"
                + "call-0051,Zhanar,Seitova,1994-03-12\n");
        assertThat(tool.run(List.of("--new-secret", secret))).isZero();
        assertThat(tool.run(List.of("--secret", secret, "--input", shelter.toString(), "--output", folder.resolve(
                "shelter.json").toString()))).isZero();
        assertThat(tool.run(List.of("--secret", secret, "--input", hotline.toString(), "--output", folder.resolve(
                "hotline.json").toString()))).isZero();

        submit("caseworker", Files.readString(folder.resolve("shelter.json")));
        submit("hotline", Files.readString(folder.resolve("hotline.json")));

        mvc.perform(get("/api/v1/linkage/links").with(as("caseworker"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.links.length()").value(1))
                .andExpect(jsonPath("$.links[0].recordId").value("shelter-21"))
                .andExpect(jsonPath("$.links[0].otherRecordId").value("call-0051"));
    }

    @Test
    void aSubmissionWithOneBadRecordIsRefusedWholeWithItsPosition() throws Exception {
        ClkEncoder<Person> encoder = new ClkEncoder<>(LinkageSecret.generate(), FIELDS);
        String good = encoder.encode(new Person("Демова", "Айжан", "20000101")).toBase64();
        for (String bad : List.of("{\"id\":\"has space\",\"clk\":\"" + good + "\"}",
                "{\"id\":\"ok-2\",\"clk\":\"AAAA\"}",
                "{\"id\":\"ok-1\",\"clk\":\"" + good + "\"}", "{\"id\":\"ok-3\",\"clk\":\"not base64!\"}")) {
            mvc.perform(put("/api/v1/linkage/encodings").with(as("caseworker")).with(csrf()).contentType(
                    MediaType.APPLICATION_JSON).content("{\"records\":[{\"id\":\"ok-1\",\"clk\":\"" + good + "\"},"
                            + bad + "]}")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail")
                                    .value(Matchers.containsString("2")));
        }
        mvc.perform(put("/api/v1/linkage/encodings").with(as("caseworker")).with(csrf()).contentType(
                MediaType.APPLICATION_JSON).content("{\"records\":[]}")).andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from persons_encoding where record_id like 'ok-%'").query(Long.class)
                .single()).isZero();
        mvc.perform(get("/api/v1/linkage/links").with(users.as("investigator"))).andExpect(status().isForbidden());
    }
}
