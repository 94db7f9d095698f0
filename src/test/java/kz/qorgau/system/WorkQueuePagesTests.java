package kz.qorgau.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

import kz.qorgau.FullTest;
import kz.qorgau.QorgauTest;
import kz.qorgau.identity.QorgauUser;

/**
 * The start page's work queues and the menu bar's search, as each demo user gets them over HTTP: every count of a
 * queue is the number of records the list behind its link shows (page after page), and the search opens a record
 * of the user's scope and answers a record outside it exactly as a reference that names nothing.
 */
@QorgauTest
class WorkQueuePagesTests extends FullTest {

    /** The lists' page size. */
    static final int PAGE_SIZE = 25;

    @ParameterizedTest
    @FieldSource("kz.qorgau.TestUsers#DEMO")
    void everyCountOfTheStartPageIsTheNumberOfRecordsItsListShows(String username) throws Exception {
        QorgauUser who = users.demo(username);
        Document home = page(who, "/");

        assertThat(home.select("#reference-search input[name=q]")).hasSize(1);
        for (Element item : home.select("[data-queue-item]")) {
            String path = item.attr("href");
            if (path.startsWith("/statistics")) {
                continue; // a figure of the year, not a list of records
            }
            long count = Long.parseLong(item.attr("data-count"));
            if (Boolean.parseBoolean(item.attr("data-exact"))) {
                assertListShows(who, path, count);
            } else {
                // a list that stopped counting ("more than"): it goes on past the count, on the page after it
                assertThat(page(who, path + "&page=" + count / PAGE_SIZE).select("main table tbody tr"))
                        .as("%s: %s", username, path).isNotEmpty();
            }
        }
    }

    @Test
    void eachRoleSeesTheQueuesOfItsWorkAndItsOwnSectionFirstInTheMenu() throws Exception {
        assertThat(queueItems("court")).containsExactly("queue.cases.in-court");
        assertThat(queueItems("prosecutor")).contains("queue.cases.awaiting-decision", "queue.cases.in-court",
                "queue.referrals.to-answer");
        assertThat(queueItems("supervisor")).contains("queue.cases.suspended", "queue.cases.ageing",
                "queue.team.break-glass", "queue.referrals.overdue");
        // the demo case worker is also the focal point of the referrals between countries
        assertThat(queueItems("caseworker")).containsExactly("queue.referrals.to-answer", "queue.referrals.overdue",
                "queue.referrals.services", "queue.cross-border.to-answer", "queue.cross-border.follow-ups",
                "queue.cross-border.follow-ups-told", "queue.shelters.periods-ending", "queue.shelters.periods-over",
                "queue.victims.deadlines", "queue.victims.deadlines-overdue");
        // special social services run no shelter: no stays of their own to follow
        assertThat(queueItems("social")).isEmpty();
        assertThat(queueItems("analyst")).hasSize(4).allMatch(key -> key.startsWith("indicator."));
        assertThat(queueItems("auditor")).isEmpty();

        assertThat(firstMenuEntry("caseworker")).isEqualTo("/referrals");
        assertThat(firstMenuEntry("court")).isEqualTo("/cases");
        assertThat(firstMenuEntry("analyst")).isEqualTo("/statistics");
        assertThat(firstMenuEntry("auditor")).isEqualTo("/audit");
    }

    @Test
    void theSearchOpensACaseOfTheScopeAndAnswersACaseOutsideItAsNoCase() throws Exception {
        QorgauUser investigator = users.demo("investigator");
        QorgauUser court = users.demo("court");
        Found almaty = first("select id, erdr_number from cases_case where region_code = 'KZ-75' "
                + "and (court_id is null or court_id <> ?) order by id limit 1", court.organisationId());

        assertThat(search(investigator, " " + almaty.reference() + " ").getRedirectedUrl())
                .isEqualTo("/cases/" + almaty.id());
        assertAnsweredAsNone(court, almaty.reference(), "999999999999999");
    }

    @Test
    void theSearchOpensAReferralOfTheOrganisationAndNoneOfAnother() throws Exception {
        QorgauUser caseWorker = users.demo("caseworker");
        QorgauUser hotline = users.demo("hotline");
        Found referral = first("select id, reference from referrals_referral where to_organisation_id = ? "
                + "and from_organisation_id <> ? order by id limit 1", caseWorker.organisationId(), hotline
                        .organisationId());

        assertThat(search(caseWorker, referral.reference().toLowerCase()).getRedirectedUrl())
                .isEqualTo("/referrals/" + referral.id());
        assertAnsweredAsNone(hotline, referral.reference(), "R-22222222");
    }

    @Test
    void theSearchOpensAVictimRecordOfTheOrganisationAndAnswersOneOutsideTheScopeAsNone() throws Exception {
        QorgauUser caseWorker = users.demo("caseworker");
        QorgauUser migration = users.demo("migration");
        Found victim = first("select id, reference from victims_victim where owner_organisation_id = ? "
                + "order by id limit 1", caseWorker.organisationId());
        // the record is the case worker's and lies outside the migration officer's scope
        assertThat(status(caseWorker, "/victims/" + victim.id())).isEqualTo(200);
        assertThat(status(migration, "/victims/" + victim.id())).isEqualTo(404);

        assertThat(search(caseWorker, " " + victim.reference().toLowerCase() + " ").getRedirectedUrl())
                .isEqualTo("/victims/" + victim.id());
        assertAnsweredAsNone(migration, victim.reference(), "V-22222222");
    }

    @Test
    void theSearchOpensAPersonTheUserKnowsOfByPseudonymAndAnswersAnUnknownOneAsNone() throws Exception {
        QorgauUser caseWorker = users.demo("caseworker");
        QorgauUser migration = users.demo("migration");
        // a person named by a victim record of the case worker's organisation, whom the case worker therefore knows of
        Found person = first("select p.id, p.pseudonym from persons_person p join victims_victim v "
                + "on v.person_id = p.id where v.owner_organisation_id = ? order by v.id limit 1", caseWorker
                        .organisationId());
        assertThat(status(caseWorker, "/persons/" + person.id())).isEqualTo(200);
        assertThat(status(migration, "/persons/" + person.id())).isEqualTo(404);

        assertThat(search(caseWorker, person.reference().toLowerCase()).getRedirectedUrl())
                .isEqualTo("/persons/" + person.id());
        assertAnsweredAsNone(migration, person.reference(), "P-22222222");
        // without access to the person registry at all, the same answer
        assertAnsweredAsNone(users.demo("analyst"), person.reference(), "P-22222222");
    }

    @Test
    void theMenuBarShowsTheReferralsAwaitingAnswerOnEveryPage() throws Exception {
        QorgauUser caseWorker = users.demo("caseworker");
        long awaiting = jdbc.sql("select count(*) from referrals_referral where to_organisation_id = ? "
                + "and status = 'PENDING'").param(caseWorker.organisationId()).query(Long.class).single();

        for (String path : List.of("/", "/victims", "/persons", "/account", "/referrals/notifications/menu")) {
            Document page = page(caseWorker, path);
            assertThat(page.select("#referral-notices")).as(path).hasSize(1);
            assertThat(page.select("#awaiting-answer-badge").text()).as(path)
                    .isEqualTo(awaiting > 0 ? Long.toString(awaiting) : "");
        }
        assertThat(page(users.demo("analyst"), "/").select("#referral-notices")).isEmpty();
    }

    private List<String> queueItems(String username) throws Exception {
        return page(users.demo(username), "/").select("[data-queue-item]").stream()
                .map(item -> item.attr("data-queue-item")).toList();
    }

    private String firstMenuEntry(String username) throws Exception {
        return page(users.demo(username), "/").select("#main-nav .navbar-nav.me-auto a.nav-link")
                .first().attr("href");
    }

    /** A record found in the demo data: its id and the reference (ERDR number, reference or pseudonym) it is found by. */
    private record Found(long id, String reference) {
    }

    private Found first(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query((rs, n) -> new Found(rs.getLong(1), rs.getString(2))).single();
    }

    /**
     * The search answers the existing reference exactly as one that names nothing: the message does not tell that a
     * record exists outside the user's scope.
     */
    private void assertAnsweredAsNone(QorgauUser who, String existing, String nonexistent) throws Exception {
        assertThat(notFound(who, existing).replace(existing, "…")).isEqualTo(notFound(who, nonexistent).replace(
                nonexistent, "…"));
    }

    private MockHttpServletResponse search(QorgauUser who, String query) throws Exception {
        return mvc.perform(get("/search").param("q", query).with(user(who))).andReturn().getResponse();
    }

    private int status(QorgauUser who, String path) throws Exception {
        return mvc.perform(get(path).with(user(who))).andReturn().getResponse().getStatus();
    }

    /** The search's answer that nothing was found: the page's message, which must be the same for any reason. */
    private String notFound(QorgauUser who, String query) throws Exception {
        MockHttpServletResponse response = search(who, query);
        assertThat(response.getStatus()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8)).select("#search-none").outerHtml();
    }

    private Document page(QorgauUser who, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(user(who))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    /**
     * The list shows exactly {@code count} records: its last page holds the rest after the full pages before it and
     * has no next page (a list without pages shows them all at once).
     */
    private void assertListShows(QorgauUser who, String path, long count) throws Exception {
        long last = count == 0 ? 0 : (count - 1) / PAGE_SIZE;
        Document page = page(who, path + (path.contains("?") ? "&" : "?") + "page=" + last);
        long rows = page.select("main table tbody tr").size();
        if (page.select(".pagination").isEmpty()) {
            assertThat(rows).as(path).isEqualTo(count);
        } else {
            assertThat(rows).as(path).isEqualTo(count - last * PAGE_SIZE);
            assertThat(page.select(".pagination .page-item").last().hasClass("disabled")).as(path).isTrue();
        }
    }
}
