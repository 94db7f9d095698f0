package kz.qorgau.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import kz.qorgau.FullTest;
import kz.qorgau.QorgauTest;

/**
 * The pipeline of labour inspections from the demo records of 2022: 4,920 inspections, 9 with forced-labour
 * indicators, 7 notifications to the police, 2 cases registered on them; and the same stages for each region.
 */
@QorgauTest
class PipelinePageTests extends FullTest {

    @Test
    void theSeedYearsInspectionsAreFollowedToTheCasesTheyBecame() throws Exception {
        Document page = page("supervisor", "/inspections/pipeline?year=2022");
        assertThat(page.select("#pipeline tbody tr").eachAttr("data-code")).containsExactly("inspections.total",
                "inspections.with_indicators", "inspections.notifications", "inspections.notifications.registered",
                "inspections.cases_sent_to_court", "inspections.cases_convicted");
        assertThat(page.select("#pipeline tbody tr td.fw-semibold").eachText().subList(0, 4)).containsExactly(
                "4 920", "9", "7", "2");
        assertThat(page.selectFirst("#pipeline-sites").text()).isNotBlank();
        // the workers the inspectorate screened at the year's inspections and found victims
        assertThat(page.selectFirst("#pipeline-victims").text()).endsWith(": " + jdbc.sql("""
                select count(*) from inspections_screening
                where decision in ('POSSIBLE', 'PRESUMED') and extract(year from screened_on) = 2022""")
                .query(Long.class).single() + ".").doesNotEndWith(": 0.");
        // the sectors, the inspections of no sector stated among them, add up to the year's inspections
        assertThat(page.select("#pipeline-sectors tbody tr").stream().mapToLong(row -> Long.parseLong(row
                .select("td").get(1).text())).sum()).isEqualTo(4920);
        // the regions' figures add up to the country's (every inspection has a region)
        long inspections = page.select("#pipeline-regions tbody tr").stream().mapToLong(row -> Long.parseLong(row
                .select("td").first().text())).sum();
        assertThat(inspections).isEqualTo(4920);
    }

    @Test
    void anAnalystSeesTheSameStagesAndTheReportLinksToThem() throws Exception {
        Document page = page("analyst", "/inspections/pipeline?year=2022");
        assertThat(page.select("#pipeline tbody tr td.fw-semibold").first().text()).isEqualTo("4 920");
        assertThat(page("analyst", "/statistics?year=2022").selectFirst("#pipeline-link").attr("href"))
                .startsWith("/inspections/pipeline?year=2022");
    }
}
