package kz.qorgau.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import kz.qorgau.FullTest;
import kz.qorgau.QorgauTest;

/**
 * The catalogue over the API: every indicator with its names and counting rule in the three languages, its unit,
 * the breakdowns of a total and its GLOTIP and IC-TIP correspondence.
 */
@QorgauTest
class IndicatorCatalogueTests extends FullTest {

    @Autowired
    Statistics statistics;

    @Test
    void theApiGivesEachIndicatorsNamesAndRuleInThreeLanguagesWithItsUnitBreakdownsAndCorrespondence()
            throws Exception {
        String json = mvc.perform(get("/api/v1/statistics/indicators")
                .with(users.as("analyst")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<Map<String, Object>> entries = JsonPath.read(json, "$");
        assertThat(entries).hasSize(statistics.catalogue().size());
        for (Map<String, Object> entry : entries) {
            for (String part : List.of("names", "definitions", "unitNames")) {
                @SuppressWarnings("unchecked")
                Map<String, String> texts = (Map<String, String>) entry.get(part);
                assertThat(texts).as(entry.get("code") + " " + part).containsOnlyKeys("ru", "kk", "en");
                assertThat(texts.values()).as(entry.get("code") + " " + part).allSatisfy(text -> assertThat(text)
                        .isNotBlank().doesNotStartWith("indicator."));
            }
        }
        Map<String, Object> victims = entries.stream().filter(entry -> entry.get("code").equals("victims.identified"))
                .findFirst().orElseThrow();
        assertThat(victims.get("unit")).isEqualTo("PERSONS");
        assertThat(victims.get("glotip")).isEqualTo(Glotip.VICTIMS + " / Total");
        assertThat(victims.get("icTip")).isEqualTo("victim");
        assertThat(victims.get("breakdowns").toString()).contains("victims.identified.citizenship_unknown",
                "victims.identified.sex_unknown", "victims.identified.age_unknown", "victims.identified.unspecified");
        assertThat(((Map<?, ?>) victims.get("names")).get("en")).isEqualTo("Victims identified");
        Map<String, Object> unknown = entries.stream()
                .filter(entry -> entry.get("code").equals("victims.identified.citizenship_unknown")).findFirst()
                .orElseThrow();
        assertThat(unknown.get("glotip")).isEqualTo(Glotip.VICTIMS + " / by citizenship / Unknown");
        assertThat(((Map<?, ?>) unknown.get("names")).get("en").toString()).contains("citizenship unknown");
        Map<String, Object> claims = entries.stream()
                .filter(entry -> entry.get("code").equals("victims.compensation.claims_filed")).findFirst()
                .orElseThrow();
        assertThat(claims.get("unit")).isEqualTo("CLAIMS");
        assertThat(((Map<?, ?>) claims.get("unitNames")).get("en")).isEqualTo("claims");
    }
}
