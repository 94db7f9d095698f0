package kz.qorgau.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import kz.qorgau.FullTest;
import kz.qorgau.QorgauTest;
import kz.qorgau.shared.PlausibleYear;
import kz.qorgau.shared.Today;

/**
 * Parameters and path variables that cannot be used answer 400, never 500: a year outside 1991 to next year
 * (lists, statistics, reports, exports, drill-downs: {@link PlausibleYear}), a word or an overflowing number
 * where a number belongs. Every handler of Qorgau that takes such a parameter is tried, pages and API alike,
 * from the application's own handler mappings.
 */
@QorgauTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestParameterTests extends FullTest {

    /** Users tried in this order until one may call the handler. */
    static final List<String> USERS = List.of("supervisor", "analyst", "investigator", "prosecutor", "court",
            "caseworker", "migration", "inspector", "hotline", "admin", "auditor");

    static final Set<Class<?>> NUMBERS = Set.of(int.class, Integer.class, long.class, Long.class);

    @Autowired
    Today today;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** A handler of Qorgau: how it is called, and its parameters that come from the path or the query. */
    record Handler(HttpMethod method, String path, List<MethodParameter> parameters, boolean api) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    List<Handler> handlers() {
        List<Handler> handlers = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            if (!mapping.getValue().getBeanType().getName().startsWith("kz.qorgau.")) {
                continue;
            }
            List<MethodParameter> parameters = Stream.of(mapping.getValue().getMethodParameters())
                    .filter(p -> p.hasParameterAnnotation(RequestParam.class) || p.hasParameterAnnotation(
                            PathVariable.class))
                    .toList();
            var methods = mapping.getKey().getMethodsCondition().getMethods();
            for (String path : mapping.getKey().getPatternValues()) {
                for (HttpMethod method : methods.isEmpty() ? List.of(HttpMethod.GET)
                        : methods.stream().map(m -> m.asHttpMethod()).toList()) {
                    handlers.add(new Handler(method, path, parameters, path.startsWith("/api/")));
                }
            }
        }
        handlers.sort(Comparator.comparing(Handler::toString));
        return handlers;
    }

    Stream<Arguments> years() {
        int last = today.year().getValue() + 1;
        List<Arguments> arguments = new ArrayList<>();
        for (Handler handler : handlers()) {
            for (MethodParameter parameter : handler.parameters()) {
                if (isYear(parameter)) {
                    for (String year : List.of("999999999", "1990", String.valueOf(last + 1), "-2024")) {
                        arguments.add(Arguments.of(handler, name(parameter), year));
                    }
                }
            }
        }
        return arguments.stream();
    }

    Stream<Arguments> numbers() {
        List<Arguments> arguments = new ArrayList<>();
        for (Handler handler : handlers()) {
            for (MethodParameter parameter : handler.parameters()) {
                if (NUMBERS.contains(parameter.getParameterType())) {
                    for (String value : List.of("abc", "99999999999999999999", "1.5")) {
                        arguments.add(Arguments.of(handler, name(parameter), value));
                    }
                }
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} with {1}={2}")
    @MethodSource("years")
    @Transactional
    void aYearOutsideTheRecordsAnswers400(Handler handler, String parameter, String year) throws Exception {
        MockHttpServletResponse response = call(handler, parameter, year);
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as("%s with %s=%s: %s", handler, parameter, year, body).isEqualTo(400);
        String rule = "Год должен быть от 1991 до " + (today.year().getValue() + 1) + ".";
        assertThat(body).as("the answer says what is wrong").contains(rule);
        if (handler.api()) {
            assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            assertThat(body).contains("\"errors\":{\"" + parameter + "\":\"" + rule + "\"}");
        }
    }

    @ParameterizedTest(name = "{0} with {1}={2}")
    @MethodSource("numbers")
    @Transactional
    void aParameterThatIsNotANumberAnswers400(Handler handler, String parameter, String value) throws Exception {
        MockHttpServletResponse response = call(handler, parameter, value);
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as("%s with %s=%s: %s", handler, parameter, value, body).isEqualTo(400);
        assertThat(body).as("the answer names the parameter").contains("Неверное значение параметра «" + parameter
                + "»");
    }

    @Test
    void theFirstAndTheLastYearAreAnswered() throws Exception {
        var analyst = users.demo("analyst");
        String last = String.valueOf(today.year().getValue() + 1);
        for (String year : List.of("1991", last)) {
            for (String path : List.of("/api/v1/statistics/annual/" + year, "/statistics?year=" + year,
                    "/api/v1/statistics/glotip/" + year, "/statistics/export/" + year)) {
                MockHttpServletResponse response = mvc.perform(request(HttpMethod.GET, path).with(user(analyst)))
                        .andReturn().getResponse();
                assertThat(response.getStatus()).as("%s: %s", path, response.getContentAsString(StandardCharsets.UTF_8))
                        .isEqualTo(200);
            }
        }
        var investigator = users.demo("investigator");
        for (String path : List.of("/cases?year=1991", "/api/v1/cases?year=" + last, "/victims?year=" + last)) {
            assertThat(mvc.perform(request(HttpMethod.GET, path).with(user(investigator))).andReturn().getResponse()
                    .getStatus()).as(path).isEqualTo(200);
        }
    }

    /** Calls the handler with the value for the parameter, and usable values for the others, as users allowed to. */
    private MockHttpServletResponse call(Handler handler, String parameter, String value) throws Exception {
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (String username : USERS) {
            String path = handler.path();
            MockHttpServletRequestBuilder request = null;
            Map<String, String> query = new LinkedHashMap<>();
            for (MethodParameter p : handler.parameters()) {
                String name = name(p);
                String given = name.equals(parameter) ? value : usable(p);
                if (p.hasParameterAnnotation(PathVariable.class)) {
                    path = path.replace("{" + name + "}", given);
                } else if (name.equals(parameter) || isRequired(p)) {
                    query.put(name, given);
                }
            }
            request = request(handler.method(), path).with(user(users.demo(username))).with(
                    csrf())
                    .accept(handler.api() ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML);
            for (Map.Entry<String, String> entry : query.entrySet()) {
                request.param(entry.getKey(), entry.getValue());
            }
            if (handler.api() && handler.method() != HttpMethod.GET) {
                request.contentType(MediaType.APPLICATION_JSON).content("{}");
            }
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            answers.put(username, response.getStatus());
            assertThat(response.getStatus()).as("%s as %s", handler, username).isLessThan(500);
            if (response.getStatus() != 401 && response.getStatus() != 403) {
                return response;
            }
        }
        throw new AssertionError("no user may call " + handler + ": " + answers);
    }

    private String usable(MethodParameter parameter) {
        Class<?> type = parameter.getParameterType();
        if (isYear(parameter)) {
            return String.valueOf(today.year().getValue() - 1);
        }
        if (NUMBERS.contains(type)) {
            return "1";
        }
        if (type.isEnum()) {
            return ((Enum<?>) type.getEnumConstants()[0]).name();
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true";
        }
        return name(parameter).equals("format") ? "csv" : "x";
    }

    private static boolean isYear(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(PlausibleYear.class)
                || (name(parameter).equals("year") && NUMBERS.contains(parameter.getParameterType()));
    }

    private static boolean isRequired(MethodParameter parameter) {
        RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
        return requestParam != null && requestParam.required()
                && requestParam.defaultValue().equals(ValueConstants.DEFAULT_NONE);
    }

    private static String name(MethodParameter parameter) {
        return RequestProblems.parameterName(parameter);
    }
}
