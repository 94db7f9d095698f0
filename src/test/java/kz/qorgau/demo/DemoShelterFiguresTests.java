package kz.qorgau.demo;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import com.jayway.jsonpath.JsonPath;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import kz.qorgau.FullTest;
import kz.qorgau.QorgauTest;

/**
 * The demo shelters ({@link DemoShelters}) reproduce the seed report's shelter figures
 * ({@code shared/reference/seed-figures.md}: 10 shelters funded by the government in 2021 and 2022, with 107,000,000
 * KZT (USD 231,330) and 101,000,000 KZT (USD 218,360)), computed by the statistics module from the register's
 * allocations and read as the demo analyst through the statistics API; and the statistics' bed-nights and occupancy of
 * a year agree with the shelter's own calendar, which {@code kz.qorgau.shelters.Occupancy} counts night by night.
 * No other test enters shelter records dated before 2023.
 */
@QorgauTest
class DemoShelterFiguresTests extends FullTest {

    @Test
    void theStateFundingOfSheltersIsTheSeedReports() throws Exception {
        assertThat(indicators(2021, "")).containsAllEntriesOf(Map.ofEntries(
                entry("shelters.state_funded", 10),
                entry("shelters.state_funding_kzt", 107_000_000),
                entry("shelters.state_funding_usd", 231_330)));
        assertThat(indicators(2022, "")).containsAllEntriesOf(Map.ofEntries(
                entry("shelters.state_funded", 10),
                entry("shelters.state_funding_kzt", 101_000_000),
                entry("shelters.state_funding_usd", 218_360)));
    }

    @Test
    void theFundingBySourceSumsToTheStateFundingAndADonorsGrantIsNoneOfIt() throws Exception {
        Map<String, Object> figures = indicators(2022, "");
        long bySource = number(figures, "shelters.state_funding_kzt.republican_budget")
                + number(figures, "shelters.state_funding_kzt.local_budget")
                + number(figures, "shelters.state_funding_kzt.state_social_order");
        assertThat(bySource).isEqualTo(101_000_000L);
        long allSources = jdbc.sql("select sum(amount_kzt) from shelters_allocation where year = 2022")
                .query(Long.class).single();
        assertThat(allSources).isGreaterThan(101_000_000L);
    }

    @Test
    void theVictimsShelteredAreThoseWhoStayedInAShelterInTheYear() throws Exception {
        for (int year : new int[]{ 2021, 2022 }) {
            long stayed = jdbc.sql(
                    """
                            select count(distinct t.victim_id) from shelters_stay t
                            join referrals_service_episode e on e.id = t.episode_id
                            where e.started_on <= make_date(?, 12, 31) and (e.ended_on is null or e.ended_on >= make_date(?, 1, 1))""")
                    .params(year, year).query(Long.class).single();
            Map<String, Object> figures = indicators(year, "");
            assertThat(stayed).isPositive();
            assertThat(number(figures, "shelters.victims_sheltered")).isEqualTo(stayed);
            assertThat(number(figures, "shelters.victims_sheltered.citizens") + number(figures,
                    "shelters.victims_sheltered.foreign") + number(figures, "shelters.victims_sheltered.stateless")
                    + number(figures, "shelters.victims_sheltered.citizenship_unknown")).isEqualTo(stayed);
            assertThat(number(figures, "shelters.victims_sheltered.children") + number(figures,
                    "shelters.victims_sheltered.adults") + number(figures, "shelters.victims_sheltered.age_unknown"))
                    .isEqualTo(stayed);
        }
        // the one extension is decided a month after its admission of 2021 or 2022
        assertThat(number(indicators(2021, ""), "shelters.special_services.extended")
                + number(indicators(2022, ""), "shelters.special_services.extended")
                + number(indicators(2023, ""), "shelters.special_services.extended")).isEqualTo(1);
    }

    @Test
    void aYearsBedNightsAndOccupancyInAlmatyAreTheCrisisCentresCalendars() throws Exception {
        long zharyk = jdbc.sql("select id from shelters_shelter where region = 'KZ-75' order by id limit 1")
                .query(Long.class).single();
        for (int year : new int[]{ 2021, 2022 }) {
            String calendar = mvc.perform(get("/api/v1/shelters/{id}/occupancy", zharyk)
                    .param("from", year + "-01-01").param("to", year + "-12-31").with(users.as("social")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            Map<String, Object> figures = indicators(year, "KZ-75");
            long bedNights = ((Number) JsonPath.read(calendar, "$.bedNights")).longValue();
            assertThat(bedNights).isPositive();
            assertThat(number(figures, "shelters.bed_nights")).isEqualTo(bedNights);
            assertThat(number(figures, "shelters.available_bed_nights"))
                    .isEqualTo(((Number) JsonPath.read(calendar, "$.availableBedNights")).longValue());
            double rate = ((Number) JsonPath.read(calendar, "$.rate")).doubleValue();
            assertThat(((Number) figures.get("shelters.occupancy_rate")).doubleValue()).isCloseTo(rate * 100,
                    Offset.offset(0.05));
        }
    }

    private static long number(Map<String, Object> figures, String code) {
        return ((Number) figures.get(code)).longValue();
    }

    private Map<String, Object> indicators(int year, String region) throws Exception {
        var request = get("/api/v1/statistics/annual/{year}", year).with(users.as("analyst"));
        String body = mvc.perform(region.isEmpty() ? request : request.param("region", region))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.indicators");
    }
}
