package kz.qorgau.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import kz.qorgau.FullTest;
import kz.qorgau.QorgauTest;
import kz.qorgau.identity.PersonalAccessTokens;
import kz.qorgau.identity.QorgauUser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI description holds to the rules of Redocly CLI's "recommended" ruleset that API consumers lint with
 * (the rules that apply to a generated document: security defined, a 4xx response, unambiguous paths, a licence,
 * no example.com or localhost server) and to what generated clients need: operation ids without numeric suffixes,
 * distinct schema names. The document is written to {@code target/openapi.json}, so that the lint itself can be run
 * on demand: {@code npx @redocly/cli lint --extends=recommended target/openapi.json}.
 */
@QorgauTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiDocumentTests extends FullTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    @Autowired
    PersonalAccessTokens tokens;

    JsonNode document;

    @BeforeAll
    void fetch() throws Exception {
        String json = mvc.perform(get("/v3/api-docs").with(users.as("admin"))
                .accept(MediaType.APPLICATION_JSON)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/openapi.json"), json);
        document = JsonMapper.builder().build().readTree(json);
    }

    Map<String, JsonNode> operations() {
        Map<String, JsonNode> operations = new TreeMap<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            if (METHODS.contains(method.getKey())) {
                operations.put(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue());
            }
        }));
        return operations;
    }

    @Test
    void namesTheProductWithItsVersionAndLicence() {
        JsonNode info = document.get("info");
        assertThat(info.get("title").asString()).isEqualTo("Qorgau API");
        assertThat(info.get("version").asString()).isNotBlank().isNotEqualTo("v0").doesNotContain("@");
        assertThat(info.get("license").get("name").asString()).isNotBlank();
        assertThat(document.get("servers")).allSatisfy(server -> assertThat(server.get("url").asString())
                .doesNotContain("localhost").doesNotContain("example.com"));
    }

    @Test
    void everyOperationDeclaresHowToAuthenticate() {
        JsonNode schemes = document.get("components").get("securitySchemes");
        assertThat(schemes.get("bearerToken").get("scheme").asString()).isEqualTo("bearer");
        assertThat(schemes.get("session").get("in").asString()).isEqualTo("cookie");
        List<String> undeclared = new ArrayList<>();
        operations().forEach((name, operation) -> {
            JsonNode security = operation.has("security") ? operation.get("security") : document.get("security");
            if (security == null || security.isEmpty()) {
                undeclared.add(name);
            }
        });
        assertThat(undeclared).isEmpty();
    }

    @Test
    void everyOperationDocumentsItsProblemResponses() {
        assertThat(operations()).hasSizeGreaterThan(50).allSatisfy((name, operation) -> {
            JsonNode responses = operation.get("responses");
            assertThat(responses.has("401")).as(name).isTrue();
            assertThat(responses.has("403")).as(name).isTrue();
            assertThat(responses.get("403").get("content").has("application/problem+json")).as(name).isTrue();
            if (name.contains("{")) {
                assertThat(responses.has("404")).as(name).isTrue();
            }
            if (!name.startsWith("GET")) {
                assertThat(responses.has("409")).as(name).isTrue();
            }
        });
    }

    /** Redocly's no-unresolved-refs: a schema named but not described leaves generated clients without a type. */
    @Test
    void everyReferenceNamesADescribedSchema() {
        JsonNode schemas = document.get("components").get("schemas");
        List<String> unresolved = new ArrayList<>();
        Matcher references = Pattern.compile("\"\\$ref\":\"#/components/schemas/([^\"]+)\"")
                .matcher(document.toString());
        while (references.find()) {
            if (!schemas.has(references.group(1))) {
                unresolved.add(references.group(1));
            }
        }
        assertThat(unresolved).isEmpty();
        assertThat(schemas.get("Problem").get("properties").has("errors")).isTrue();
    }

    @Test
    void operationIdsReadAsTheDomainAndAreUnique() {
        Pattern numbered = Pattern.compile(".*_\\d+$");
        Set<String> seen = new HashSet<>();
        operations().forEach((name, operation) -> {
            String id = operation.get("operationId").asString();
            assertThat(id).as(name).doesNotMatch(numbered).matches("[a-z]+[A-Z][A-Za-z]*");
            assertThat(seen.add(id)).as("operation id %s of %s is used twice", id, name).isTrue();
        });
        assertThat(seen).contains("registerCase", "registerVictim", "revealPerson", "getCase", "searchCases");
    }

    /** Redocly's no-ambiguous-paths: two templates that one URL could match. */
    @Test
    void noTwoPathsMatchTheSameUrl() {
        List<String> paths = new ArrayList<>();
        document.get("paths").properties().forEach(path -> paths.add(path.getKey()));
        List<String> ambiguous = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            for (int j = i + 1; j < paths.size(); j++) {
                if (ambiguous(paths.get(i), paths.get(j))) {
                    ambiguous.add(paths.get(i) + " ~ " + paths.get(j));
                }
            }
        }
        assertThat(ambiguous).isEmpty();
    }

    /** As Redocly decides it: as many segments and as many templated ones, and every two literals equal. */
    static boolean ambiguous(String first, String second) {
        String[] a = first.split("/");
        String[] b = second.split("/");
        if (a.length != b.length || templated(a) != templated(b)) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (!a[i].startsWith("{") && !b[i].startsWith("{") && !a[i].equals(b[i])) {
                return false;
            }
        }
        return true;
    }

    private static long templated(String[] segments) {
        return Arrays.stream(segments).filter(segment -> segment.startsWith("{")).count();
    }

    @Test
    void typesOfTwoModulesWithOneNameStayTwoSchemas() {
        JsonNode schemas = document.get("components").get("schemas");
        assertThat(schemas.has("CaseRegistration")).isTrue();
        assertThat(schemas.has("VictimRegistration")).isTrue();
        assertThat(schemas.get("CaseRegistration").get("properties").has("erdrNumber")).isTrue();
        assertThat(schemas.get("VictimRegistration").get("properties").has("situation")).isTrue();
        assertThat(schemas.has("Registration")).isFalse();
    }

    @Test
    void aRecordsFieldsThatAlwaysHaveAValueAreMarkedRequiredAndTheOthersNot() {
        JsonNode schemas = document.get("components").get("schemas");
        String stay = document.get("components").get("schemas").propertyNames().stream()
                .filter(name -> name.endsWith("StayView")).findFirst().orElseThrow();
        List<String> required = new ArrayList<>();
        schemas.get(stay).get("required").forEach(field -> required.add(field.asString()));
        // long and boolean components always have a value; a date or a reason may be absent (null)
        assertThat(required).contains("id", "victimId", "unaccompaniedChild", "periodExtended", "costKzt")
                .doesNotContain("dischargedOn", "dischargeReason", "overflowReason");
        assertThat(schemas.get(stay).get("properties").has("dischargedOn")).isTrue();
    }

    @Test
    void theDescriptionAnswersAnAccessTokenWithJsonAndAnAnonymousCallWith401() throws Exception {
        QorgauUser analyst = users.demo("analyst");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(analyst, null, analyst.getAuthorities()));
        String token;
        try {
            token = tokens.issue("openapi client", 30).token();
        } finally {
            SecurityContextHolder.clearContext();
        }
        mvc.perform(get("/v3/api-docs").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.info.title").value("Qorgau API"));
        mvc.perform(get("/v3/api-docs").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401));
    }
}
