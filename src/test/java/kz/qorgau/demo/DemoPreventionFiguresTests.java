package kz.qorgau.demo;

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
 * The demo's yearly figures ({@link DemoPrevention}) give the seed report's police anti-trafficking officers, 44 in 2021
 * and 110 in 2022, through the statistics API as the demo analyst reads them; a region's figures leave the national
 * count out.
 */
@QorgauTest
class DemoPreventionFiguresTests extends FullTest {

    @Test
    void theOfficersOf2021And2022AreTheSeedReports() throws Exception {
        assertThat(officers(2021, "")).isEqualTo(44);
        assertThat(officers(2022, "")).isEqualTo(110);
        assertThat(officers(2022, "KZ-75")).isZero();
    }

    @Test
    void sdg1622IsTheVictimsIdentifiedPer100000OfTheApprovedPopulation() throws Exception {
        for (String region : new String[]{ "", "KZ-75" }) {
            // a region's small counts are exact for those who may list the records: the police supervisor
            Map<String, Object> figures = indicators(2022, region, region.isEmpty() ? "analyst" : "supervisor");
            long victims = ((Number) figures.get("victims.identified")).longValue();
            long population = ((Number) figures.get("population.total")).longValue();
            assertThat(population).as("population of " + region).isPositive();
            assertThat(((Number) figures.get("population.total.women")).longValue() + ((Number) figures.get(
                    "population.total.girls")).longValue() + ((Number) figures.get("population.total.men"))
                            .longValue() + ((Number) figures.get("population.total.boys")).longValue()).isEqualTo(
                                    population);
            assertThat(((Number) figures.get("sdg.16_2_2.victims_per_100000")).doubleValue()).isCloseTo(victims
                    * 100_000.0 / population, Offset.offset(0.006));
        }
        assertThat(indicators(2019, "", "analyst").get("sdg.16_2_2.victims_per_100000")).as(
                "no population entered for 2019")
                .isNull();
    }

    private Map<String, Object> indicators(int year, String region, String user) throws Exception {
        var request = get("/api/v1/statistics/annual/{year}", year).with(users.as(user));
        String body = mvc.perform(region.isEmpty() ? request : request.param("region", region)).andExpect(status()
                .isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.indicators");
    }

    private long officers(int year, String region) throws Exception {
        var request = get("/api/v1/statistics/annual/{year}", year).with(users.as("analyst"));
        String body = mvc.perform(region.isEmpty() ? request : request.param("region", region)).andExpect(status()
                .isOk()).andReturn().getResponse().getContentAsString();
        Map<String, Object> indicators = JsonPath.read(body, "$.indicators");
        return ((Number) indicators.get("prevention.police_officers")).longValue();
    }
}
