package kz.qorgau.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import kz.qorgau.FullTest;
import kz.qorgau.QorgauTest;
import kz.qorgau.identity.QorgauUser;
import org.junit.jupiter.api.Test;

/**
 * Every API endpoint that takes a body validates it before use: a missing, empty or malformed body, or an
 * unknown enum value, answers 400 as a problem detail naming the field where it can; an empty object is
 * refused with a problem detail (400, or 409 where a rule of the record says what is missing) by every
 * user, never 500. The endpoints come from the application's own handler mappings, so new ones are covered
 * without being listed here. Each call runs in a transaction that is rolled back, so a body that is
 * accepted changes nothing.
 */
@QorgauTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiRequestBodyTests extends FullTest {

    /** Users of every role, tried in this order until one is allowed to call the endpoint. */
    static final List<String> USERS = List.of("investigator", "supervisor", "prosecutor", "court", "caseworker",
            "migration", "inspector", "consul", "hotline", "admin", "analyst", "auditor");

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final JsonMapper json = JsonMapper.builder().build();
    /** The id found for a resource and a user, by path prefix and user name (the data does not change). */
    private final Map<String, Long> ids = new HashMap<>();

    /** An endpoint of the API that takes a body, with the type of the body. */
    record Endpoint(HttpMethod method, String path, Class<?> bodyType, boolean bodyRequired) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            Optional<MethodParameter> body = Arrays.stream(mapping.getValue().getMethodParameters())
                    .filter(parameter -> parameter.hasParameterAnnotation(RequestBody.class)).findFirst();
            if (body.isEmpty()) {
                continue;
            }
            for (String path : mapping.getKey().getPatternValues()) {
                if (!path.startsWith("/api/")) {
                    continue;
                }
                for (var method : mapping.getKey().getMethodsCondition().getMethods()) {
                    endpoints.add(new Endpoint(method.asHttpMethod(), path, body.get().getParameterType(),
                            body.get().getParameterAnnotation(RequestBody.class).required()));
                }
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::toString));
        return endpoints;
    }

    Stream<Arguments> bodies() {
        List<Arguments> arguments = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            arguments.add(Arguments.of(endpoint, "null"));
            arguments.add(Arguments.of(endpoint, ""));
            arguments.add(Arguments.of(endpoint, "{}"));
            arguments.add(Arguments.of(endpoint, "{\"unfinished\": "));
            arguments.add(Arguments.of(endpoint, "[1, 2]"));
            wrongEnum(endpoint.bodyType()).ifPresent(body -> arguments.add(Arguments.of(endpoint, body)));
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("bodies")
    @Transactional
    void aBodyIsValidatedBeforeUse(Endpoint endpoint, String body) throws Exception {
        boolean missing = body.equals("null") || body.isEmpty();
        // A body that can be read is tried by every user (each sees other records and gets further); one
        // that cannot be read fails the same way for all, so the first user allowed to call is enough.
        boolean readable = body.equals("{}") || missing && !endpoint.bodyRequired();
        Map<String, Integer> answers = new LinkedHashMap<>();
        MockHttpServletResponse allowed = null;
        for (String username : USERS) {
            var principal = users.demo(username);
            String path = concrete(endpoint.path(), username);
            MockHttpServletResponse response = mvc.perform(request(endpoint.method(), path).with(user(principal))
                    .with(csrf()).contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                    .content(body))
                    .andReturn().getResponse();
            answers.put(username + " " + path, response.getStatus());
            assertThat(response.getStatus()).as("%s %s as %s with %s: %s", endpoint.method(), path, username, body,
                    response.getContentAsString(StandardCharsets.UTF_8)).isLessThan(500);
            if (response.getStatus() >= 400) {
                assertThat(response.getContentType()).as("%s as %s with %s", endpoint, username, body)
                        .startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            }
            if (response.getStatus() == 400) {
                JsonNode problem = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
                assertThat(problem.path("code").asString("")).as("a stable code: %s", problem).isNotBlank();
                assertThat(problem.path("detail").asString("")).as("in the caller's language: %s", problem)
                        .doesNotStartWith("Failed to read");
            }
            if (response.getStatus() != 401 && response.getStatus() != 403 && allowed == null) {
                allowed = response;
                if (!readable) {
                    break;
                }
            }
        }
        assertThat(allowed).as("some user may call %s: %s", endpoint, answers).isNotNull();
        if (!readable) {
            String problem = allowed.getContentAsString(StandardCharsets.UTF_8);
            assertThat(allowed.getStatus()).as("%s with %s: %s", endpoint, body, problem).isEqualTo(400);
            if (body.contains("NOT_A_VALUE")) {
                String field = body.substring(2, body.indexOf('"', 2));
                assertThat(json.readTree(problem).path("errors").has(field)).as("the problem names the field: %s",
                        problem).isTrue();
            }
        }
    }

    /** A yes/no field left out of a body is named, in the caller's language, like any other unreadable field. */
    @Test
    void aBodyWithoutAYesNoFieldNamesIt() throws Exception {
        var investigator = users.demo("investigator");
        long caseId = idFor("/api/v1/cases/", "investigator");
        MockHttpServletResponse response = mvc.perform(request(HttpMethod.POST, "/api/v1/cases/" + caseId
                + "/defendants")
                .with(user(investigator)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON).header("Accept-Language", "ru")
                .content("{\"personId\": 1, \"role\": \"ORGANISER\", \"addedOn\": \"2022-03-01\"}"))
                .andReturn().getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(body).isEqualTo(400);
        JsonNode problem = json.readTree(body);
        assertThat(problem.path("errors").has("publicOfficial")).as(body).isTrue();
        assertThat(problem.path("code").asString()).isEqualTo("error.body");
        assertThat(problem.path("detail").asString()).as(body).doesNotContain("Failed").containsPattern(
                "\\p{IsCyrillic}");
    }

    /** A body with a wrong value for the body type's first enum field, if it has one. */
    private static Optional<String> wrongEnum(Class<?> type) {
        if (!type.isRecord()) {
            return Optional.empty();
        }
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getType().isEnum()) {
                return Optional.of("{\"" + component.getName() + "\": \"NOT_A_VALUE\"}");
            }
        }
        return Optional.empty();
    }

    /**
     * The path with its variables filled in: an id the user sees of the resource the path is about (the
     * first of the resource's list as the user gets it), 0 for a sequence number.
     */
    private String concrete(String pattern, String username) throws Exception {
        Matcher variables = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        int end = 0;
        while (variables.find()) {
            // the path up to the variable with the variables before it filled in (a stay of a shelter: that shelter's)
            String prefix = path + pattern.substring(end, variables.start());
            end = variables.end();
            variables.appendReplacement(path, variables.group(1).equals("seq") ? "0" : String.valueOf(idFor(prefix,
                    username)));
        }
        variables.appendTail(path);
        return path.toString();
    }

    private long idFor(String prefix, String username) throws Exception {
        String key = prefix + " " + username;
        Long known = ids.get(key);
        if (known == null) {
            known = findIdFor(prefix, username);
            ids.put(key, known);
        }
        return known;
    }

    private long findIdFor(String prefix, String username) throws Exception {
        var principal = users.demo(username);
        if (prefix.equals("/api/v1/referral-providers/")) {
            return principal.organisationId();
        }
        String list = switch (prefix) {
            case "/api/v1/referrals/" -> {
                JsonNode inbox = listOf("/api/v1/referrals/inbox", principal);
                yield inbox != null && inbox.size() > 0 ? "/api/v1/referrals/inbox" : "/api/v1/referrals/outbox";
            }
            case "/api/v1/persons/" -> null;
            default -> prefix.substring(0, prefix.length() - 1);
        };
        if (list == null) {
            JsonNode victims = listOf("/api/v1/victims", principal);
            return victims != null && victims.size() > 0 && victims.get(0).has("personId")
                    && !victims.get(0).get("personId").isNull() ? victims.get(0).get("personId").asLong() : 1;
        }
        JsonNode items = listOf(list, principal);
        return items != null && items.size() > 0 ? items.get(0).get("id").asLong() : 1;
    }

    private JsonNode listOf(String path, QorgauUser principal) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(user(principal)).accept(
                MediaType.APPLICATION_JSON))
                .andReturn().getResponse();
        if (response.getStatus() != 200) {
            return null;
        }
        JsonNode answer = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
        return answer.isArray() ? answer : answer.get("items");
    }
}
