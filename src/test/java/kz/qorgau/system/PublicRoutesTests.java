package kz.qorgau.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import kz.qorgau.FullTest;
import kz.qorgau.QorgauTest;

/**
 * Every page anyone may open without an account, walked with the demo data in every language and with the inputs
 * that find something (each agency's BIN and name, tips valid and not): no answer holds personal data. The corpus of
 * personal data is what Qorgau seals: the persons' names, what callers told the hotline and their contacts, the
 * informal intermediaries' names, what complaints told; and the staff's names. Any 12-digit number on a
 * public page is an agency's BIN, never an IIN; no record's internal reference appears. A new public route fails the
 * first test until it is walked here too.
 */
@QorgauTest
class PublicRoutesTests extends FullTest {

    static final Set<String> PUBLIC_ROUTES = Set.of("GET /public/agencies", "GET /public/report",
            "POST /public/report", "GET /public/statistics", "GET /public/statistics/{year}/{number}",
            "GET /public/statistics/{year}/{number}/{name}");

    /** The example in the public check's search box. */
    static final String EXAMPLE_BIN = "150340012345";
    /** A BIN of no agency, typed into the check. */
    static final String TYPED_BIN = "123456789012";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    FieldEncryption encryption;

    @Test
    void thePublicRoutesAreTheOnesWalkedHere() {
        Set<String> routes = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/public")) {
                    info.getMethodsCondition().getMethods().forEach(method -> routes.add(method + " " + pattern));
                }
            }
        }
        assertThat(routes).isEqualTo(new TreeSet<>(PUBLIC_ROUTES));
    }

    @Test
    void everyPublicPageIsSmallForASlowNetwork() throws Exception {
        int css = mvc.perform(get("/css/public.css")).andReturn().getResponse().getContentAsByteArray().length;
        for (String language : List.of("ru", "kk", "en", "ky", "uz", "tg")) {
            for (String path : List.of("/public/agencies", "/public/report", "/public/statistics",
                    "/public/statistics/2022/1")) {
                int page = body(get(path).param("lang", language), 7).getBytes(StandardCharsets.UTF_8).length;
                assertThat(page + css).as(path + " in " + language + " with its style sheet").isLessThan(50 * 1024);
            }
        }
    }

    @Test
    void noPublicAnswerHoldsPersonalData() throws Exception {
        List<String> sealed = corpus();
        assertThat(sealed).as("the corpus is the demo's sealed data").hasSizeGreaterThan(100);
        Set<String> bins = new TreeSet<>(jdbc.sql("select bin from agencies_agency").query(String.class).list());
        // besides, the search box's example (public.agencies.placeholder) and a BIN typed into it, echoed in the box
        Set<String> allowed = new TreeSet<>(bins);
        allowed.add(EXAMPLE_BIN);
        allowed.add(TYPED_BIN);
        List<String> names = jdbc.sql("select name_ru from agencies_agency").query(String.class).list();
        // and a run of twelve digits in an edition's digest, printed on its page
        for (String digest : jdbc.sql("select digest from statistics_edition").query(String.class).list()) {
            Matcher runs = Pattern.compile("(?<!\\d)\\d{12}(?!\\d)").matcher(digest);
            while (runs.find()) {
                allowed.add(runs.group());
            }
        }
        List<String> editions = jdbc.sql("select year || '/' || number from statistics_edition order by id").query(
                String.class).list();
        assertThat(editions).as("the demo's editions").isNotEmpty();
        List<String> pages = new ArrayList<>();
        int address = 1;
        for (String language : List.of("ru", "kk", "en", "ky", "uz", "tg")) {
            pages.add(body(get("/public/agencies").param("lang", language), address++));
            pages.add(body(get("/public/report").param("lang", language), address++));
            pages.add(body(get("/public/statistics").param("lang", language), address++));
            for (String edition : editions) {
                pages.add(body(get("/public/statistics/" + edition).param("lang", language), address++));
            }
            for (String bin : bins) {
                pages.add(body(get("/public/agencies").param("lang", language).param("q", bin), address++));
            }
            for (String name : names) {
                pages.add(body(get("/public/agencies").param("lang", language).param("q", name.substring(0, Math.min(
                        8, name.length()))), address++));
            }
            for (String text : List.of("тоо", "агентство", "ива", TYPED_BIN, "<script>", "%")) {
                pages.add(body(get("/public/agencies").param("lang", language).param("q", text), address++));
            }
            pages.add(body(post("/public/report").contentType(MediaType.APPLICATION_FORM_URLENCODED).param("lang",
                    language).param("account", "коротко"), address++));
            pages.add(body(post("/public/report").contentType(MediaType.APPLICATION_FORM_URLENCODED).param("lang",
                    language).param("account", "Тест: проверка публичных страниц, ничего не случилось.").param(
                            "region", "KZ-75"), address++));
            pages.add(body(post("/public/report").contentType(MediaType.APPLICATION_FORM_URLENCODED).param("lang",
                    language).param("account", "Тест: бот заполнил скрытое поле.").param("website", "x"), address++));
        }
        Pattern twelveDigits = Pattern.compile("(?<!\\d)\\d{12}(?!\\d)");
        Pattern references = Pattern.compile("\\b[PVRHNL]-[2-9A-HJKMNP-Z]{8}\\b");
        for (String page : pages) {
            for (String secret : sealed) {
                assertThat(page).as("a public page holds sealed data").doesNotContain(secret);
            }
            Matcher numbers = twelveDigits.matcher(page);
            while (numbers.find()) {
                assertThat(allowed).as("a 12-digit number on a public page").contains(numbers.group());
            }
            assertThat(references.matcher(page).find()).as("a record's reference on a public page").isFalse();
        }
    }

    private String body(MockHttpServletRequestBuilder request, int address) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(sent -> {
            sent.setRemoteAddr("198.51.100." + (address % 250 + 1) + "");
            return sent;
        })).andReturn().getResponse();
        assertThat(response.getStatus()).as("status").isIn(200, 422, 429);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    /**
     * What Qorgau seals, opened: persons' names (surname and given name, 4 letters and longer), what callers told and
     * their contacts, intermediaries' names, what complaints told; the staff's names.
     */
    private List<String> corpus() {
        List<String> corpus = new ArrayList<>();
        jdbc.sql("select pseudonym, surname, given_name from persons_person order by id limit 400").query((rs, n) -> {
            String pseudonym = rs.getString(1);
            for (Map.Entry<String, byte[]> field : Map.of("surname", bytes(rs.getBytes(2)), "given_name", bytes(rs
                    .getBytes(3))).entrySet()) {
                if (field.getValue().length > 0) {
                    corpus.add(encryption.decrypt(field.getValue(), "person." + field.getKey().replace("given_name",
                            "givenName") + "/" + pseudonym));
                }
            }
            return null;
        }).list();
        jdbc.sql("select hotline_id, summary, contact from hotline_call where summary is not null or contact is not"
                + " null").query((rs, n) -> {
                    String context = "hotline.call/" + rs.getLong(1);
                    for (byte[] value : new byte[][]{ rs.getBytes(2), rs.getBytes(3) }) {
                        if (value != null) {
                            corpus.add(encryption.decrypt(value, context));
                        }
                    }
                    return null;
                }).list();
        jdbc.sql("select name from agencies_intermediary").query(byte[].class).list().forEach(name -> corpus.add(
                encryption.decrypt(name, "agencies.intermediary")));
        jdbc.sql("select agency_id, account from agencies_complaint where account is not null").query((rs,
                n) -> corpus.add(encryption.decrypt(rs.getBytes(2), "agencies.complaint/" + rs.getLong(1)))).list();
        // the staff's names (their user names, such as "hotline" or "court", are words the public pages use too)
        corpus.addAll(jdbc.sql("select full_name from identity_user").query(String.class).list());
        return corpus.stream().filter(text -> text != null && text.strip().length() >= 4).toList();
    }

    private static byte[] bytes(byte[] value) {
        return value == null ? new byte[0] : value;
    }
}
