package kz.qorgau.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import kz.qorgau.FullTest;
import kz.qorgau.QorgauTest;

/**
 * Pages name things as people know them: victim records by their reference, regions by their name in the reader's
 * language, a verdict as one sentence, the audit trail's actions, kinds of record and details by their labels.
 */
@QorgauTest
class ReadablePagesTests extends FullTest {

    @Test
    void aCaseNamesItsVictimRecordsByTheirReference() throws Exception {
        long caseId = jdbc.sql("select case_id from cases_victim_link order by case_id limit 1").query(Long.class)
                .single();
        Document page = page("supervisor", "/cases/" + caseId, "ru");
        assertThat(page.select("#victims a[href~=^/victims/[0-9]+$]").eachText()).isNotEmpty()
                .allMatch(text -> text.matches("Запись о пострадавшем V-[0-9A-Z]{8}"), "named by its reference");
    }

    @Test
    void regionsAreNamedOnTheAccountPageAndInTheListOfUsers() throws Exception {
        Document account = page("investigator", "/account", "kk");
        assertThat(account.select("main").text()).doesNotContain("KZ-75").contains("Алматы");
        Document users = page("admin", "/admin/users?q=investigator", "en");
        // the scope column (the fifth): other tests add users whose names may hold a region's code
        assertThat(users.select("main table tbody tr td:nth-of-type(5)").eachText()).isNotEmpty()
                .noneMatch(scope -> scope.contains("KZ-")).anyMatch(scope -> scope.contains("Almaty"));
    }

    @Test
    void aVerdictOnTheTimelineReadsAsOneSentenceInEachLanguage() throws Exception {
        long caseId = jdbc.sql("""
                select case_id from cases_event where type = 'VERDICT' and outcome = 'CONVICTED'
                and conviction_article = '128' and conviction_part = 2 and defendant_no = 0
                order by case_id limit 1""").query(Long.class).single();
        assertThat(page("supervisor", "/cases/" + caseId, "ru").select(".timeline-outcome").eachText())
                .contains("Обвиняемый 1 осуждён по ч. 2 ст. 128.");
        assertThat(page("supervisor", "/cases/" + caseId, "kk").select(".timeline-outcome").eachText())
                .contains("1-айыпталушы 128-баптың 2-бөлігі бойынша сотталды.");
        assertThat(page("supervisor", "/cases/" + caseId, "en").select(".timeline-sentence").eachText())
                .isNotEmpty().allMatch(text -> text.startsWith("Sentence: ") && text.endsWith("."));
    }

    @Test
    void theAuditTrailShowsLabelsAndLinksRatherThanCodes() throws Exception {
        Document trail = page("auditor", "/audit?targetType=victim", "en");
        assertThat(trail.select("main table tbody tr")).isNotEmpty();
        assertThat(trail.select("main table tbody").text()).doesNotContain("??").doesNotContain("{\"")
                .contains("Victim record").contains("Reference");
        assertThat(trail.select("main .audit-record-history").eachAttr("href"))
                .allMatch(href -> href.startsWith("/audit?targetType=victim&targetId="));
        // the auditor may not open victim records: no link to them, only to their history in the trail
        assertThat(trail.select("main a.audit-record-link")).isEmpty();
    }

    @Test
    void theIndicatorCodeIsASmallNoteUnderItsNameRatherThanAColumn() throws Exception {
        Document report = page("analyst", "/statistics?year=2022", "ru");
        assertThat(report.select("table.statistics-table thead th").eachText()).doesNotContain("Код");
        assertThat(report.select("tr[data-code=victims.identified] details .indicator-code code").text())
                .isEqualTo("victims.identified");
    }

    private Document page(String username, String path, String language) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user(users.demo(username)))
                .cookie(new Cookie(Languages.COOKIE, language))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }
}
