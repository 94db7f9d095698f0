package kz.qorgau.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import kz.qorgau.FullTest;
import kz.qorgau.QorgauTest;

/**
 * The annual report's prevention chapter shows the year's chronology of laws, orders and decisions (the prevention
 * module's milestones), and the report ends with the indicators the year's records cannot give and why; a published
 * edition keeps both as they were on the day, for the public too.
 */
@QorgauTest
class ReportChronologyTests extends FullTest {

    @Test
    void theReportOf2022HasTheYearsChronologyAndWhatItCannotGive() throws Exception {
        Document report = page("analyst", "/statistics?year=2022");
        long milestones = jdbc.sql("select count(*) from prevention_milestone where extract(year from dated_on) = 2022")
                .query(Long.class).single() + jdbc.sql("select count(*) from prevention_body where extract(year from"
                        + " created_on) = 2022").query(Long.class).single();
        assertThat(milestones).as("the demo's milestones of 2022").isPositive();
        assertThat(report.select("#chapter-PREVENTION #chronology li")).hasSize((int) milestones);
        assertThat(report.select("#chronology").text()).contains("Межведомственной рабочей группы").as(
                "the transnational working group of August 2022").contains("25.08.2022");
        assertThat(report.select("#unavailable dt").eachText()).contains("Суммы в долларах США");

        Document empty = page("analyst", "/statistics?year=2017");
        assertThat(empty.select("#chronology").text()).contains("не записано");
    }

    @Test
    void thePublishedEditionKeepsTheChronologyInItsLanguage() throws Exception {
        String html = mvc.perform(get("/public/statistics/2022/1").param("lang", "en")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Document edition = Jsoup.parse(html);
        assertThat(edition.select("#chronology li").text()).contains("join the IWG").contains(
                "Coordination body created: Working group on a transnational referral mechanism");
        assertThat(edition.select("#unavailable dt").eachText()).contains("Amounts in US dollars");
    }
}
