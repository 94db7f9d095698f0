package kz.qorgau.demo;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import com.jayway.jsonpath.JsonPath;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import kz.qorgau.FullTest;
import kz.qorgau.QorgauTest;
import kz.qorgau.system.SystemActor;

/**
 * The demo victims of 2021 and 2022 ({@link DemoVictimYears}, seeded in every test context) reproduce the
 * seed report's VICTIM figures ({@code shared/reference/seed-figures.md}): computed by the statistics module
 * and read as the demo analyst through {@code GET /api/v1/statistics/annual/{year}}, nationally.
 *
 * <p>As for the prosecution figures (see {@code kz.qorgau.demo.DemoCasesTests}), these exact national
 * figures hold only because no other test dates victim records before 2023: the other victims and
 * referrals tests identify, hear and protect victims from 2026 on, and the demo users' own demo victims
 * ({@link DemoVictims}) are dated relative to today. A victim counts in the year its status first became
 * presumed or confirmed, and never before the record was registered, so
 * {@link #otherTestsKeepTheirVictimsOutOfTheYearsTheDemoReproduces()} checks the statuses, testimonies and
 * protection periods dated before 2023 of every record the system (which enters the demo data) did not
 * register.
 */
@QorgauTest
class DemoVictimFiguresTests extends FullTest {

    @Test
    void the2022VictimFiguresAreTheSeedReports() throws Exception {
        assertThat(indicators(2022)).containsAllEntriesOf(Map.ofEntries(
                entry("victims.identified", 24),
                entry("victims.identified.sexual_exploitation", 21),
                entry("victims.identified.sexual_exploitation.citizens", 20),
                entry("victims.identified.sexual_exploitation.foreign", 1),
                entry("victims.identified.forced_labour", 3),
                entry("victims.identified.forced_labour.citizens", 2),
                entry("victims.identified.forced_labour.foreign", 1),
                entry("victims.identified.other_forms", 0),
                entry("victims.identified.unspecified", 0),
                entry("victims.identified.citizens", 22),
                entry("victims.identified.foreign", 2),
                entry("victims.participated_in_proceedings", 24),
                entry("victims.state_protection_programme", 5),
                entry("victims.state_protection_programme.cost_kzt", 1_200_000)));
    }

    @Test
    void theVictimsOf2017To2020AreAsManyOfEachFormAsOtherPublicSourcesState() throws Exception {
        int[][] stated = { { 2017, 76, 50, 20, 6 }, { 2018, 83, 79, 3, 1 }, { 2019, 40, 35, 5, 0 }, { 2020, 88, 67, 21,
                0 } };
        for (int[] year : stated) {
            assertThat(indicators(year[0])).as("%d", year[0]).containsAllEntriesOf(Map.of(
                    "victims.identified", year[1],
                    "victims.identified.sexual_exploitation", year[2],
                    "victims.identified.forced_labour", year[3],
                    "victims.identified.other_forms", year[4],
                    "victims.identified.unspecified", 0));
        }
    }

    @Test
    void the2022StateProtectionIsForFourCitizensAndOneForeigner() {
        assertThat(jdbc.sql("""
                select count(distinct p.victim_id) from victims_protection p
                join statistics_victim v on v.id = p.victim_id
                where p.starts_on >= date '2022-01-01' and p.starts_on < date '2023-01-01' and v.citizen""")
                .query(Long.class).single()).isEqualTo(4);
        assertThat(jdbc.sql("""
                select count(distinct p.victim_id) from victims_protection p
                join statistics_victim v on v.id = p.victim_id
                where p.starts_on >= date '2022-01-01' and p.starts_on < date '2023-01-01' and not v.citizen""")
                .query(Long.class).single()).isEqualTo(1);
    }

    /** The victims of 2022 are injured parties of the demo cases of 2022 of their form, and heard in them. */
    @Test
    void the2022VictimsAreHeardInTheDemoCasesOfTheirYearAndForm() {
        assertThat(jdbc.sql("""
                select count(distinct v.id) from statistics_victim v
                join victims_interview i on i.victim_id = v.id
                join cases_victim_link l on l.victim_id = v.id and l.case_id = i.case_id
                join cases_case c on c.id = l.case_id and c.registered_on >= date '2022-01-01'
                                 and c.registered_on < date '2023-01-01' and c.created_by = ?
                where v.identified_on >= date '2022-01-01' and v.identified_on < date '2023-01-01'
                  and exists (select 1 from cases_case_form f join statistics_form_group g on g.form = f.form
                              where f.case_id = c.id and g.form_group = case when v.forced_labour
                                  then 'FORCED_LABOUR' else 'SEXUAL_EXPLOITATION' end)""")
                .param(SystemActor.NAME).query(Long.class).single()).isEqualTo(24);
    }

    @Test
    void the2022VictimsAreMostlyWomenAndGirls() throws Exception {
        assertThat(indicators(2022)).containsAllEntriesOf(Map.ofEntries(
                entry("victims.identified.female", 20),
                entry("victims.identified.male", 4),
                entry("victims.identified.children", 3),
                entry("victims.identified.adults", 21)));
    }

    @Test
    void the2021VictimFiguresAreTheSeedReports() throws Exception {
        assertThat(indicators(2021)).containsAllEntriesOf(Map.ofEntries(
                entry("victims.identified", 20),
                entry("victims.identified.sexual_exploitation", 16),
                entry("victims.identified.forced_labour", 4),
                entry("victims.identified.other_forms", 0),
                entry("victims.identified.unspecified", 0),
                entry("victims.identified.female", 16),
                entry("victims.identified.male", 4),
                entry("victims.identified.children", 2)));
    }

    /** Victim records that the system (which enters the demo data) did not register: nothing dated before 2023. */
    @Test
    void otherTestsKeepTheirVictimsOutOfTheYearsTheDemoReproduces() {
        assertThat(count("""
                select count(*) from victims_status s join victims_victim v on v.id = s.victim_id
                where s.decided_on < date '2023-01-01' and v.registered_by <> ?"""))
                .as("victim statuses decided before 2023 by tests").isZero();
        assertThat(count("""
                select count(*) from victims_interview i join victims_victim v on v.id = i.victim_id
                where i.interviewed_on < date '2023-01-01' and v.registered_by <> ?"""))
                .as("testimonies before 2023 in tests' victim records").isZero();
        assertThat(count("""
                select count(*) from victims_protection p join victims_victim v on v.id = p.victim_id
                where p.starts_on < date '2023-01-01' and v.registered_by <> ?"""))
                .as("state protection before 2023 in tests' victim records").isZero();
    }

    private long count(String sql) {
        return jdbc.sql(sql).param(SystemActor.NAME).query(Long.class).single();
    }

    /** The national indicators of the year as the API answers them to the demo analyst. */
    private Map<String, Object> indicators(int year) throws Exception {
        String body = mvc.perform(get("/api/v1/statistics/annual/{year}", year)
                .with(users.as("analyst")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(year))
                .andExpect(jsonPath("$.region").value(Matchers.nullValue()))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.indicators");
    }
}
