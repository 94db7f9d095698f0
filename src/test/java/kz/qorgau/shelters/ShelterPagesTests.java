package kz.qorgau.shelters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import kz.qorgau.FullTest;
import kz.qorgau.QorgauTest;
import kz.qorgau.identity.QorgauUser;

/**
 * The shelters' pages on the demo data: the crisis centre «Жарық» with the farm worker's stay, as its case worker,
 * the special social services officer and the police see it, and the admission form refusing several fields at once.
 */
@QorgauTest
class ShelterPagesTests extends FullTest {

    QorgauUser demo(String username) {
        return users.demo(username);
    }

    long zharyk() {
        return jdbc.sql("select id from shelters_shelter order by id limit 1").query(Long.class).single();
    }

    Document shown(String path, String username) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user(demo(username)))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }

    @Test
    void theCaseWorkerSeesTheAddressTheBedsTheCalendarAndTheStays() throws Exception {
        Document list = shown("/shelters", "caseworker");
        assertThat(list.select("#shelters tbody tr")).hasSize(1);
        assertThat(list.text()).doesNotContain("Демонстрационная");

        Document shelter = shown("/shelters/" + zharyk(), "caseworker");
        assertThat(shelter.selectFirst("#address").text()).contains("Демонстрационная");
        assertThat(shelter.selectFirst("#beds-WOMEN").text()).contains("12");
        assertThat(shelter.selectFirst("#beds-MEN").text()).contains("4");
        assertThat(shelter.select("#calendar td[data-date]")).hasSize(ShelterDirectory.CALENDAR_DAYS);
        // the demo's stays: the crisis centre's own victims of 2021 and 2022 and the farm worker referred to it
        assertThat(shelter.select("#stay-list tbody tr")).hasSizeGreaterThanOrEqualTo(6)
                .allSatisfy(row -> assertThat(row.selectFirst("a").text()).startsWith("V-"));
        assertThat(shelter.selectFirst("#admit")).isNotNull();
    }

    @Test
    void thePoliceSeeOnTheirCaseThatTheFarmWorkerIsShelteredButNotWhere() throws Exception {
        long victim = jdbc.sql("select victim_id from shelters_stay where shelter_id = ? and discharge_reason is null"
                + " and bed_group = 'MEN' order by id limit 1").param(zharyk()).query(Long.class).single();
        long caseId = jdbc.sql("select case_id from cases_victim_link where victim_id = ? order by case_id limit 1")
                .param(victim).query(Long.class).single();
        Document page = shown("/cases/" + caseId, "investigator");
        assertThat(page.selectFirst("a[href=/victims/" + victim + "]").parent().parent().text())
                .contains("находится в приюте");
        assertThat(page.text()).doesNotContain("Жарық").doesNotContain("Демонстрационная");
        long other = jdbc.sql("select victim_id from cases_victim_link where case_id = ? and victim_id <> ?"
                + " and victim_id not in (select victim_id from shelters_stay where discharge_reason is null)"
                + " order by victim_id limit 1").params(caseId, victim).query(Long.class).optional().orElse(0L);
        if (other > 0) {
            assertThat(page.selectFirst("a[href=/victims/" + other + "]").parent().parent().text())
                    .contains("не в приюте");
        }
    }

    @Test
    void theCaseWorkersDeadlinesShowTheFarmWorkersSpecialSocialServicesEndingAndNobodyElsesDo() throws Exception {
        String label = "Окончание специальных социальных услуг в приюте";
        assertThat(shown("/victims/deadlines", "caseworker").text()).contains(label);
        assertThat(shown("/victims/deadlines", "investigator").text()).doesNotContain(label);
    }

    @Test
    void aDischargeBeforeTheAdmissionIsRefusedWithItsFieldsMarkedAndTheStayStays() throws Exception {
        long stay = jdbc.sql("select id from shelters_stay where shelter_id = ? and discharge_reason is null"
                + " order by id limit 1").param(zharyk()).query(Long.class).single();
        Document page = Jsoup.parse(mvc.perform(post("/shelters/" + zharyk() + "/stays/" + stay + "/discharge")
                .with(csrf()).with(user(demo("caseworker"))).param("reason", "").param("dischargedOn", "2001-01-01")
                .param("costKzt", "-5"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("[aria-invalid=true]").eachAttr("name")).contains("reason", "costKzt");
        assertThat(page.select(".invalid-feedback").text()).isNotBlank();
        assertThat(jdbc.sql("select discharge_reason from shelters_stay where id = ?").param(stay)
                .query(String.class).optional()).isEmpty();
    }

    @Test
    void specialSocialServicesSeeTheBedsButNeitherTheAddressNorWhoStays() throws Exception {
        Document shelter = shown("/shelters/" + zharyk(), "social");
        assertThat(shelter.selectFirst("#address").text()).isEqualTo("скрыт");
        assertThat(shelter.selectFirst("#stay-list")).isNull();
        assertThat(shelter.selectFirst("#admit")).isNull();
        assertThat(shelter.selectFirst("#close-shelter")).isNotNull();
        assertThat(shelter.text()).doesNotContain("V-");
        assertThat(shown("/shelters", "social").selectFirst("#register-shelter")).isNotNull();
    }

    @Test
    void theShelterDoesNotExistForTheOtherRolesThatHoldNoShelterPermission() throws Exception {
        mvc.perform(get("/shelters/" + zharyk()).with(user(demo("investigator")))).andExpect(status().isForbidden());
        mvc.perform(get("/shelters/" + zharyk()).with(user(demo("hotline")))).andExpect(status().isForbidden());
        mvc.perform(get("/shelters/" + Long.MAX_VALUE).with(user(demo("caseworker")))).andExpect(status()
                .isNotFound());
    }

    @Test
    void anAdmissionWithThreeErrorsShowsThemAllOnTheirFieldsAndKeepsWhatWasTyped() throws Exception {
        long before = jdbc.sql("select count(*) from shelters_stay").query(Long.class).single();
        Document form = Jsoup.parse(mvc.perform(post("/shelters/" + zharyk() + "/stays").with(csrf())
                .with(user(demo("caseworker"))).param("victimReference", "V-NOSUCHXX").param("admittedOn",
                        "2026-13-45").param("group", "").param("fundingSource", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(form.select("#error-summary li")).hasSizeGreaterThanOrEqualTo(4);
        for (String field : new String[]{ "victimReference", "group", "admittedOn", "fundingSource" }) {
            assertThat(form.selectFirst("#" + field).attr("aria-invalid")).as(field).isEqualTo("true");
            assertThat(form.selectFirst("#" + field + "-error")).as(field).isNotNull();
        }
        assertThat(form.selectFirst("#victimReference").val()).isEqualTo("V-NOSUCHXX");
        assertThat(jdbc.sql("select count(*) from shelters_stay").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void bedsBelowTheNightsTakenAreRefusedOnTheField() throws Exception {
        Document page = Jsoup.parse(mvc.perform(post("/shelters/" + zharyk() + "/capacity").with(csrf())
                .with(user(demo("caseworker"))).param("group", "WOMEN").param("beds", "-2").param("effectiveFrom",
                        ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.selectFirst("#capacity-change").hasAttr("open")).isTrue();
        assertThat(page.selectFirst("#beds-error")).isNotNull();
        assertThat(page.selectFirst("#effectiveFrom-error")).isNotNull();
    }

    @Test
    void theMinistryEntersTheYearsAllocationAndSeesItOnTheShelterPage() throws Exception {
        String document = "Приказ МТСЗН № " + System.nanoTime();
        long seq = audit.lastSeq();
        mvc.perform(post("/shelters/" + zharyk() + "/allocations").with(csrf()).with(user(demo("social")))
                .param("year", "2026").param("source", "LOCAL_BUDGET").param("contractNumber", "").param("amountKzt",
                        "12000000").param("kztPerUsd", "470,5").param("document", document).param("corrects", ""))
                .andExpect(status().is3xxRedirection());

        Document page = shown("/shelters/" + zharyk(), "social");
        assertThat(page.selectFirst("#allocations").text()).contains(document).contains("12 000 000");
        assertThat(audit.action("SHELTER_ALLOCATION").after(seq).by("social").count()).isEqualTo(1);
        jdbc.sql("delete from shelters_allocation where document = ?").param(document).update();
    }

    @Test
    void anAllocationWithoutItsDocumentAmountAndRateIsRefusedOnEachFieldAndRecordsNothing() throws Exception {
        long before = jdbc.sql("select count(*) from shelters_allocation").query(Long.class).single();
        Document page = Jsoup.parse(mvc.perform(post("/shelters/" + zharyk() + "/allocations").with(csrf())
                .with(user(demo("social"))).param("year", "2026").param("source", "").param("amountKzt", "сто")
                .param("kztPerUsd", "").param("document", " ").param("corrects", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.selectFirst("#allocation-entry").hasAttr("open")).isTrue();
        for (String field : new String[]{ "source", "amountKzt", "kztPerUsd", "document" }) {
            assertThat(page.selectFirst("#" + field + "-error")).as(field).isNotNull();
        }
        assertThat(jdbc.sql("select count(*) from shelters_allocation").query(Long.class).single()).isEqualTo(before);
    }
}
