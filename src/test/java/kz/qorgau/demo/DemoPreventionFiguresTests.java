package kz.qorgau.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import com.jayway.jsonpath.JsonPath;

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

    private long officers(int year, String region) throws Exception {
        var request = get("/api/v1/statistics/annual/{year}", year).with(users.as("analyst"));
        String body = mvc.perform(region.isEmpty() ? request : request.param("region", region)).andExpect(status()
                .isOk()).andReturn().getResponse().getContentAsString();
        Map<String, Object> indicators = JsonPath.read(body, "$.indicators");
        return ((Number) indicators.get("prevention.police_officers")).longValue();
    }
}
