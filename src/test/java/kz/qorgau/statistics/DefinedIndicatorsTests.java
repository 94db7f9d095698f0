package kz.qorgau.statistics;

import static kz.qorgau.statistics.Definition.inP;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import kz.qorgau.QorgauTest;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.statistics.Definition.Counted;
import kz.qorgau.statistics.Definition.Dimension;
import kz.qorgau.statistics.Indicator.Chapter;
import kz.qorgau.statistics.Indicator.Unit;
import kz.qorgau.statistics.IndicatorSource.Records;
import kz.qorgau.statistics.IndicatorSource.Records.Kind;

/**
 * A new indicator is its definition (and its messages): given only a {@link Definition}, a family answers its
 * catalogue entries, its breakdowns, its value nationally and by region, and the records behind each figure, and
 * they agree with each other and with the counting rule written out by hand. The indicator here is not in the
 * catalogue; it counts the demo cases registered in a year with an arrested defendant.
 */
@QorgauTest
class DefinedIndicatorsTests {

    static final String CODE = "investigations.with_arrests";

    static final Definition WITH_ARRESTS = Definition.count(CODE, Unit.CASES, Chapter.PROSECUTION,
            Counted.of(Kind.CASES, "statistics_case c", inP("c.registered_on"), "c.region_code", "c.id"))
            .where("exists (select 1 from statistics_defendant d where d.case_id = c.id and d.arrested_on is not null)")
            .by(Dimension.forms("c"));

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SnapshotLanes lanes;

    @Test
    void aFamilyGivenOnlyByDefinitionsAnswersEverything() {
        DefinedIndicators family = new DefinedIndicators(jdbc, lanes, List.of(WITH_ARRESTS), null) {
        };

        assertThat(family.indicators()).extracting(Indicator::code).containsExactly(CODE,
                CODE + ".sexual_exploitation", CODE + ".forced_labour", CODE + ".other_forms", CODE + ".unspecified");
        assertThat(family.indicators()).allMatch(indicator -> indicator.unit() == Unit.CASES
                && indicator.chapter() == Chapter.PROSECUTION && indicator.base().equals(CODE));
        assertThat(family.breakdowns()).containsExactly(Definition.FORM_GROUPS);

        long counted = 0;
        for (int year = 2017; year <= 2026; year++) {
            StatisticsQuery query = new StatisticsQuery(year, null);
            Map<String, Number> values = family.compute(query, code -> true);
            List<Long> written = jdbc.sql("""
                    select c.id from cases_case c
                    where extract(year from c.registered_on) = :year
                      and exists (select 1 from cases_defendant d where d.case_id = c.id and d.arrested_on is not null)
                    order by c.id""").param("year", year).query(Long.class).list();
            Records records = family.records(CODE).orElseThrow();

            assertThat(records.kind()).isEqualTo(Kind.CASES);
            assertThat(records.ids().apply(query)).as("the records of %d", year).isEqualTo(written);
            assertThat(values.get(CODE)).as("the value of %d", year).isEqualTo((long) written.size());
            long byRegion = family.computeByRegion(query).values().stream()
                    .mapToLong(regional -> regional.get(CODE).longValue()).sum();
            assertThat(byRegion).as("the regions of %d add up to the country", year).isEqualTo(written.size());
            for (String group : Definition.FORM_GROUPS) {
                List<Long> ofGroup = family.records(CODE + "." + group).orElseThrow().ids().apply(query);
                assertThat(values.get(CODE + "." + group)).isEqualTo((long) ofGroup.size());
                assertThat(written).containsAll(ofGroup);
            }
            for (RegionCode region : family.computeByRegion(query).keySet()) {
                if (region != null) {
                    StatisticsQuery regional = new StatisticsQuery(year, region);
                    assertThat(family.compute(regional, code -> true).get(CODE))
                            .isEqualTo(family.computeByRegion(query).get(region).get(CODE));
                }
            }
            counted += written.size();
        }
        assertThat(counted).as("the demo data has such cases").isPositive();
    }
}
