package kz.qorgau.agencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import kz.qorgau.FullTest;
import kz.qorgau.QorgauTest;
import kz.qorgau.system.PublicPages;

/**
 * The public licence check on the demo register, as anyone without an account sees it: in the six languages of the
 * public pages, small enough for a slow network, kept by caches for a few minutes, answered so many times a minute
 * per address, and holding the licence and the sanctions in force and nothing else: no complaint's or violation's
 * detail, no document, no one's name.
 */
@QorgauTest
class PublicAgencyPageTests extends FullTest {

    /** A page of the public check, with the style sheet it loads, must stay under this size (no images). */
    static final int PAGE_BYTES = 50 * 1024;

    MockHttpServletResponse answer(MockHttpServletRequestBuilder request, String address) throws Exception {
        return mvc.perform(request.with(sent -> {
            sent.setRemoteAddr(address);
            return sent;
        })).andReturn().getResponse();
    }

    String bin(String name) {
        return jdbc.sql("select bin from agencies_agency where name_ru like ?").param("%" + name + "%").query(
                String.class).single();
    }

    @Test
    void everyLanguageAnswersASmallCacheablePageWithTheLicenceAndNothingElse() throws Exception {
        // the revoked agency, referred to the police: what was found is not the public's
        String revoked = bin("Тараз Жумысшы");
        int css = mvc.perform(get("/css/public.css")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray().length;
        List<String> hidden = jdbc.sql("select violation from agencies_sanction union select document from"
                + " agencies_sanction union select document from agencies_decision union select legal_address from"
                + " agencies_agency union select full_name from identity_user union select username from"
                + " identity_user where username <> 'system'").query(String.class).list();
        assertThat(hidden).isNotEmpty();
        // and what the demo's complaints told (sealed in the database)
        hidden = new ArrayList<>(hidden);
        hidden.addAll(List.of("300 000 тенге", "без паспортов", "вдвое ниже"));
        for (String language : PublicPages.LANGUAGES) {
            MockHttpServletResponse response = answer(get("/public/agencies").param("q", revoked).param("lang",
                    language), "10.0.0.1");
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getHeader("Cache-Control")).isEqualTo("public, max-age=300");
            assertThat(response.getHeader("Vary")).contains("Accept-Language").contains("Cookie");
            assertThat(response.getHeader("Set-Cookie")).as("no session, no cookie").isNull();
            byte[] body = response.getContentAsByteArray();
            assertThat(body.length + css).as("page and style sheet in %s", language).isLessThan(PAGE_BYTES);
            Document page = Jsoup.parse(new String(body, StandardCharsets.UTF_8));
            assertThat(page.select("script, img")).isEmpty();
            assertThat(page.selectFirst("html").attr("lang")).isEqualTo(language);
            assertThat(page.select("article.agency")).singleElement().satisfies(agency -> {
                assertThat(agency.hasClass("may-not")).isTrue();
                assertThat(agency.text()).contains(revoked);
            });
            String text = page.text();
            assertThat(hidden).allSatisfy(secret -> assertThat(text).doesNotContain(secret));
        }
    }

    @Test
    void aMigrantChecksAnAgencyInKyrgyzByName() throws Exception {
        MockHttpServletResponse response = answer(get("/public/agencies").param("q", "жол кадры").header(
                "Accept-Language", "ky-KG,ky;q=0.9,ru;q=0.8"), "10.0.0.2");
        Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("ky");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Жумушка орноштуруу агенттигин текшерүү");
        assertThat(page.select("article.agency.may")).singleElement().satisfies(agency -> assertThat(agency
                .selectFirst(".status").text()).isEqualTo("Жумушчуларды жалдай алат: лицензия жарактуу"));

        Document none = Jsoup.parse(answer(get("/public/agencies").param("q", "несуществующее агентство").param("lang",
                "ky"), "10.0.0.2").getContentAsString(StandardCharsets.UTF_8));
        assertThat(none.selectFirst("#none").text()).startsWith("Агенттик реестрден табылган жок.");
        Document tooShort = Jsoup.parse(answer(get("/public/agencies").param("q", "жо").param("lang", "uz"),
                "10.0.0.2").getContentAsString(StandardCharsets.UTF_8));
        assertThat(tooShort.selectFirst("#too-short")).isNotNull();
    }

    @Test
    void anAddressAskingTooOftenIsToldToWait() throws Exception {
        int allowed = 0;
        MockHttpServletResponse last = null;
        for (int i = 0; i < 40; i++) {
            last = answer(get("/public/agencies").param("q", "агентство").param("lang", "tg"), "10.0.0.3");
            if (last.getStatus() == 200) {
                allowed++;
            } else {
                break;
            }
        }
        assertThat(allowed).isEqualTo(30);
        assertThat(last.getStatus()).isEqualTo(429);
        assertThat(last.getHeader("Retry-After")).isEqualTo("60");
        assertThat(Jsoup.parse(last.getContentAsString(StandardCharsets.UTF_8)).selectFirst("#limited")).isNotNull();
        assertThat(answer(get("/public/agencies").param("lang", "tg"), "10.0.0.4").getStatus())
                .as("another address is answered").isEqualTo(200);
    }

    @Test
    void thePublicPagesSpeakSixLanguagesWithTheSameKeys() throws IOException {
        Properties russian = bundle("");
        for (String language : PublicPages.LANGUAGES.subList(1, PublicPages.LANGUAGES.size())) {
            Properties other = bundle("_" + language);
            assertThat(other.stringPropertyNames()).as(language).isEqualTo(russian.stringPropertyNames());
            // names of the languages are their own; the BIN and the word licence are the same in some of them
            Set<String> same = Set.of("public.agencies.bin", "public.agencies.licence");
            assertThat(russian.stringPropertyNames().stream().filter(key -> !key.startsWith("public.language."))
                    .filter(key -> !same.contains(key)).filter(key -> russian.getProperty(key).equals(other
                            .getProperty(key)))).as("left in Russian in %s", language).isEmpty();
        }
    }

    static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(Files.newInputStream(Path.of("src/main/resources/i18n/public"
                + suffix + ".properties")), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
