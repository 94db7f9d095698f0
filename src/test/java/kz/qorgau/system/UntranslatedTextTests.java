package kz.qorgau.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.DispatcherServlet;

import kz.qorgau.FullTest;
import kz.qorgau.QorgauTest;
import kz.qorgau.identity.QorgauUser;

/**
 * No page of any role shows a message key that has no message (Thymeleaf writes it as {@code ??key_ru??}) or a raw
 * message key, in Russian, Kazakh, English, Kyrgyz or Uzbek: from each demo user's start page, every page it links to
 * within the application and every page those link to, to the end (downloads and signing out left aside; pages that
 * differ only by a record, a year or a region are opened once, the first met), are opened in Russian and again in
 * Kazakh, English, Kyrgyz or Uzbek, in turn (the bundles hold the same keys, which {@link I18nSyncTests} checks). Each
 * answers 200 or 404 (a record outside the scope), and its title ends with the application's name. The error states
 * too: each form of those pages (once per kind, in one of the five languages in turn) is sent empty, with its hidden fields only, and its
 * answer (the page shown again or the page redirected to with the refusal) is checked the same way; forms that act
 * without asking anything, or whose empty answer would change the shared demo data (signing out, languages,
 * passwords, roles, emergency access, a provider's profile, a case's summary), are not sent. The language is the
 * language cookie of a visitor, so the users' saved languages stay as they are.
 */
@QorgauTest
class UntranslatedTextTests extends FullTest {

    static final List<String> LANGUAGES = List.of("ru", "kk", "en", "ky", "uz");
    /** Addresses that download a file, change something on a GET, or are not pages of the application. */
    static final Pattern NOT_A_PAGE = Pattern.compile(
            "^/(logout|api/|v3/|swagger|actuator|webjars/|css/|js/|favicon)|\\.(pdf|csv|xlsx|json|svg)(\\?|$)"
                    + "|[?&]format=|/ctdc/|/export");
    /**
     * Forms not sent empty: those that change the user's session, language, password, roles or account, open records
     * by breaking the glass, reveal or unseal personal data, act without asking anything that matters (a note is
     * optional), or whose fields may all be left empty (a record's description or summary, a record's edit form);
     * and the suggestion of the screening form, which answers a part of a page.
     */
    static final Pattern NOT_SENT = Pattern.compile("^/(logout|language|login|account|admin/users|break-glass)"
            + "|/break-glass|/reveal|/unseal|/providers/|/narrative|/situation|/qualification|/suggestion|/accept"
            + "|/decline|/complete|/revoke|/take-over|/unlink|/retraction|/read|/verification|/activate|/deactivate"
            + "|^/(operations|cooperation|admin/organisations)/\\d+$");
    /** A record's number, reference, year or region in an address: pages differing only by them are of one kind. */
    static final Pattern RECORD = Pattern.compile("(?<=[/=])(\\d+|[A-Z]-[A-Z0-9-]+|KZ-\\d+)(?=[/?&#]|$)");
    static final Pattern UNTRANSLATED = Pattern.compile("\\?\\?[\\w.-]+\\?\\?");
    static final Pattern KEY_LIKE = Pattern.compile("[a-z][a-zA-Z0-9-]*(\\.[a-zA-Z0-9-]+)+");

    static Set<String> messageKeys;

    @BeforeAll
    static void keys() throws Exception {
        messageKeys = I18nSyncTests.bundle("").stringPropertyNames();
    }

    @ParameterizedTest
    @FieldSource("kz.qorgau.TestUsers#DEMO")
    void noPageOfTheRoleShowsAMissingMessageInAnyLanguage(String username) throws Exception {
        QorgauUser who = users.demo(username);
        List<String> problems = new ArrayList<>();
        Map<String, Element> forms = new LinkedHashMap<>();
        List<String> pages = crawl(who, problems, forms);
        assertThat(pages).as("pages reached by %s", username).hasSizeGreaterThan(3);
        // every page was read in Russian; each is read again in Kazakh, English, Kyrgyz or Uzbek, in turn, and each
        // form sent in one language of the five, in turn: the bundles hold the same keys (I18nSyncTests), so a key a
        // page lacks is lacking in every language, and each language is still read on many kinds of page
        for (int p = 0; p < pages.size(); p++) {
            String language = LANGUAGES.get(1 + (p + username.length()) % (LANGUAGES.size() - 1));
            check(language + " " + pages.get(p), open(who, pages.get(p), language), problems);
        }
        int f = username.length();
        for (Element form : forms.values()) {
            sendEmpty(who, form, LANGUAGES.get(f++ % LANGUAGES.size()), problems);
        }
        assertThat(problems).as("pages of %s (%s opened and %s forms sent in each language)", username,
                pages.size(), forms.size()).isEmpty();
    }

    /**
     * The start page and every page reached from it, breadth first, one of each kind, in Russian (checked as they
     * are opened); the forms to send empty, one per kind of address, are gathered on the way.
     */
    private List<String> crawl(QorgauUser who, List<String> problems, Map<String, Element> forms) throws Exception {
        Set<String> kinds = new LinkedHashSet<>(List.of("/"));
        List<String> pages = new ArrayList<>();
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        while (!queue.isEmpty()) {
            String path = queue.removeFirst();
            pages.add(path);
            MockHttpServletResponse response = open(who, path, "ru");
            Document page = check("ru " + path, response, problems);
            if (page == null) {
                continue;
            }
            for (Element link : page.select("a[href]")) {
                String target = link.attr("href").replaceFirst("#.*$", "");
                if (target.startsWith("/") && !target.startsWith("//") && !NOT_A_PAGE.matcher(target).find()
                        && kinds.add(kind(target))) {
                    queue.addLast(target);
                }
            }
            for (Element form : page.select("form[method=post]")) {
                String action = form.attr("action");
                boolean asksSomething = !form.select("input:not([type=hidden]):not([type=submit]), select, textarea")
                        .isEmpty();
                if (action.startsWith("/") && asksSomething && !NOT_SENT.matcher(action).find()) {
                    forms.putIfAbsent(kind(action), form);
                }
            }
        }
        return pages;
    }

    /** Sends the form with its hidden fields only; the answer shows the refusal in the language. */
    private void sendEmpty(QorgauUser who, Element form, String language, List<String> problems) throws Exception {
        String action = form.attr("action");
        MockHttpServletRequestBuilder request = post(action).with(user(who)).with(csrf())
                .cookie(new Cookie(Languages.COOKIE, language));
        for (Element hidden : form.select("input[type=hidden][name]")) {
            if (!hidden.attr("name").equals("_csrf")) {
                request.param(hidden.attr("name"), hidden.val());
            }
        }
        MvcResult sent = mvc.perform(request).andReturn();
        String where = language + " empty form to " + action;
        String next = sent.getResponse().getRedirectedUrl();
        if (next == null) {
            check(where, sent.getResponse(), problems);
            return;
        }
        if (sent.getFlashMap().containsKey("notice")) {
            problems.add(where + ": accepted (" + sent.getFlashMap().get("notice") + ")");
        }
        check(where + " then " + next, mvc.perform(get(next).with(user(who))
                .cookie(new Cookie(Languages.COOKIE, language))
                .requestAttr(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, sent.getFlashMap())).andReturn()
                .getResponse(), problems);
    }

    /** The page parsed when it is an HTML page of the application, its problems added. */
    private Document check(String where, MockHttpServletResponse response, List<String> problems) throws Exception {
        int status = response.getStatus();
        // a page answers 200, or 404 for a record outside the scope; a form's answer may refuse it in other ways
        if (where.contains(" empty form ") ? status >= 500 || status == 403 : status != 200 && status != 404) {
            problems.add(where + ": status " + status);
            return null;
        }
        if (!String.valueOf(response.getContentType()).startsWith("text/html")) {
            return null;
        }
        String html = response.getContentAsString(StandardCharsets.UTF_8);
        Matcher untranslated = UNTRANSLATED.matcher(html);
        while (untranslated.find()) {
            problems.add(where + ": " + untranslated.group());
        }
        Document page = Jsoup.parse(html);
        if (!page.title().endsWith(" — Qorgau")) {
            problems.add(where + ": title \"" + page.title() + "\"");
        }
        for (Element element : page.body().select("*")) {
            Matcher key = KEY_LIKE.matcher(element.ownText());
            while (key.find()) {
                if (messageKeys.contains(key.group())) {
                    problems.add(where + ": raw key " + key.group());
                }
            }
        }
        return status == 200 ? page : null;
    }

    /**
     * The kind of page or form an address leads to: the same without its records' numbers and references, and
     * without the values of its parameters (filters, pages, indicators), but for the tab of a record's page.
     */
    static String kind(String address) {
        int query = address.indexOf('?');
        String path = RECORD.matcher(query < 0 ? address : address.substring(0, query)).replaceAll("#");
        if (query < 0) {
            return path;
        }
        return path + Arrays.stream(address.substring(query + 1).split("&"))
                .map(parameter -> parameter.startsWith("tab=") ? parameter : parameter.replaceFirst("=.*", ""))
                .sorted().distinct().collect(Collectors.joining("&", "?", ""));
    }

    private MockHttpServletResponse open(QorgauUser who, String path, String language) throws Exception {
        return mvc.perform(get(path).with(user(who)).cookie(new Cookie(Languages.COOKIE, language))).andReturn()
                .getResponse();
    }
}
