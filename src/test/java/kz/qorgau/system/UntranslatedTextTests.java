package kz.qorgau.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.springframework.mock.web.MockHttpServletResponse;

import kz.qorgau.FullTest;
import kz.qorgau.QorgauTest;
import kz.qorgau.identity.QorgauUser;

/**
 * No page of any role shows a message key that has no message (Thymeleaf writes it as {@code ??key_ru??}), in
 * Russian, Kazakh or English: from each demo user's start page, the pages it links to within the application and
 * the pages those link to (up to {@link #PAGES_PER_ROLE}, downloads and signing out left aside) are opened in
 * each language. Each answers 200 or 404 (a record outside the scope), and its title ends with the application's
 * name. The language is the language cookie of a visitor, so the users' saved languages stay as they are.
 */
@QorgauTest
class UntranslatedTextTests extends FullTest {

    static final int PAGES_PER_ROLE = 40;
    static final List<String> LANGUAGES = List.of("ru", "kk", "en");
    /** Addresses that download a file, change something on a GET, or are not pages of the application. */
    static final Pattern NOT_A_PAGE = Pattern.compile(
            "^/(logout|api/|v3/|swagger|actuator|webjars/|css/|js/|favicon)|\\.(pdf|csv|xlsx|json|svg)(\\?|$)"
                    + "|[?&]format=|/ctdc/|/export");
    static final Pattern UNTRANSLATED = Pattern.compile("\\?\\?[\\w.-]+\\?\\?");

    @ParameterizedTest
    @FieldSource("kz.qorgau.TestUsers#DEMO")
    void noPageOfTheRoleShowsAMissingMessageInAnyLanguage(String username) throws Exception {
        QorgauUser who = users.demo(username);
        List<String> pages = crawl(who);
        assertThat(pages).as("pages reached by %s", username).hasSizeGreaterThan(3);
        List<String> problems = new ArrayList<>();
        for (String language : LANGUAGES) {
            for (String path : pages) {
                MockHttpServletResponse response = open(who, path, language);
                int status = response.getStatus();
                if (status != 200 && status != 404) {
                    problems.add(language + " " + path + ": status " + status);
                    continue;
                }
                String html = response.getContentAsString(StandardCharsets.UTF_8);
                Matcher untranslated = UNTRANSLATED.matcher(html);
                while (untranslated.find()) {
                    problems.add(language + " " + path + ": " + untranslated.group());
                }
                String title = Jsoup.parse(html).title();
                if (!title.endsWith(" — Qorgau")) {
                    problems.add(language + " " + path + ": title \"" + title + "\"");
                }
            }
        }
        assertThat(problems).as("pages of %s (%s opened in each language)", username, pages.size()).isEmpty();
    }

    /** The start page and the pages reached from it, breadth first, in Russian. */
    private List<String> crawl(QorgauUser who) throws Exception {
        Set<String> seen = new LinkedHashSet<>(List.of("/"));
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        while (!queue.isEmpty() && seen.size() < PAGES_PER_ROLE) {
            MockHttpServletResponse response = open(who, queue.removeFirst(), "ru");
            if (response.getStatus() != 200 || !String.valueOf(response.getContentType()).startsWith("text/html")) {
                continue;
            }
            Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
            for (Element link : page.select("a[href]")) {
                String path = link.attr("href").replaceFirst("#.*$", "");
                if (path.startsWith("/") && !path.startsWith("//") && !NOT_A_PAGE.matcher(path).find()
                        && seen.size() < PAGES_PER_ROLE && seen.add(path)) {
                    queue.addLast(path);
                }
            }
        }
        return List.copyOf(seen);
    }

    private MockHttpServletResponse open(QorgauUser who, String path, String language) throws Exception {
        return mvc.perform(get(path).with(user(who)).cookie(new Cookie(Languages.COOKIE, language))).andReturn()
                .getResponse();
    }
}
