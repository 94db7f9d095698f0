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
 * The demo hotline ({@link DemoHotline}) reproduces the published figures from its records, computed by the
 * statistics module and read as the demo analyst through the statistics API: 841 calls in 2016, 1,350 in 2017, 1,834
 * in 2018 and in 2019, those counted apart (wrong numbers, silence, spam, abuse) apart from them; and no state money
 * for the hotline in 2022, as the seed report says. Every breakdown sums to its total. No other test enters hotline
 * records dated before this year.
 */
@QorgauTest
class DemoHotlineFiguresTests extends FullTest {

    @Test
    void theRealCallsOfEachYearAreThePublishedOnesAndThoseCountedApartAreApart() throws Exception {
        Map<Integer, Integer> published = Map.of(2016, 841, 2017, 1_350, 2018, 1_834, 2019, 1_834);
        for (Map.Entry<Integer, Integer> year : published.entrySet()) {
            Map<String, Object> figures = indicators(year.getKey());
            assertThat(number(figures, "hotline.calls")).as("calls of " + year.getKey()).isEqualTo(year.getValue()
                    .longValue());
            long apart = number(figures, "hotline.calls_apart");
            assertThat(apart).isPositive();
            assertThat(number(figures, "hotline.contacts")).isEqualTo(year.getValue().longValue() + apart);
            assertThat(sum(figures, "hotline.calls", "type_information_abroad", "type_agency_check",
                    "type_help_request", "type_suspected_case", "type_other")).isEqualTo(year.getValue().longValue());
            assertThat(sum(figures, "hotline.calls", "channel_phone", "channel_whatsapp", "channel_telegram",
                    "channel_email", "channel_web_form", "channel_walk_in")).isEqualTo(year.getValue().longValue());
            assertThat(sum(figures, "hotline.calls_apart", "type_wrong_number", "type_silent", "type_spam",
                    "type_abusive")).isEqualTo(apart);
        }
    }

    @Test
    void theStateGaveTheHotlineNothingIn2022() throws Exception {
        Map<String, Object> figures = indicators(2022);
        assertThat(number(figures, "hotline.state_funding_kzt")).isZero();
        long funding = number(figures, "hotline.funding_kzt");
        assertThat(funding).isPositive();
        assertThat(sum(figures, "hotline.funding_kzt", "source_state", "source_local_budget", "source_international",
                "source_private_donors", "source_own_funds")).isEqualTo(funding);
        assertThat(number(indicators(2021), "hotline.state_funding_kzt")).isPositive();
    }

    private static long sum(Map<String, Object> figures, String base, String... categories) {
        long sum = 0;
        for (String category : categories) {
            sum += number(figures, base + "." + category);
        }
        return sum;
    }

    private static long number(Map<String, Object> figures, String code) {
        return ((Number) figures.get(code)).longValue();
    }

    private Map<String, Object> indicators(int year) throws Exception {
        String body = mvc.perform(get("/api/v1/statistics/annual/{year}", year).with(users.as("analyst")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.indicators");
    }
}
