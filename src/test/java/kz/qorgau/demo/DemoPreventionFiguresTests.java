package kz.qorgau.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import kz.qorgau.FullTest;
import kz.qorgau.QorgauTest;
import kz.qorgau.SignedIn;
import kz.qorgau.prevention.Audience;
import kz.qorgau.prevention.BodyKind;
import kz.qorgau.prevention.CoordinationBodies;
import kz.qorgau.prevention.Participants;
import kz.qorgau.prevention.TrainingRecords;

/**
 * The demo's yearly figures ({@link DemoPrevention}) give the seed report's police anti-trafficking officers, 44 in 2021
 * and 110 in 2022, through the statistics API as the demo analyst reads them; a region's figures leave the national
 * count out. Its coordination and trainings ({@link DemoCoordination}) give the seed report's interagency working
 * group led by the Ministry of Internal Affairs, joined in July 2022 by the Ombudsman, the Prosecutor General's Office
 * and the Financial Monitoring Agency, the transnational working group with Kyrgyzstan and Uzbekistan of August 2022,
 * and the trainings of 2022 for diplomats and for military personnel before peacekeeping missions.
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

    static final Locale RU = Locale.forLanguageTag("ru");

    @Autowired
    CoordinationBodies bodies;
    @Autowired
    TrainingRecords trainings;

    CoordinationBodies.OfYear body(int year, BodyKind kind) {
        return SignedIn.as(users.demo("analyst"), () -> bodies.ofYear(year, RU)).stream().filter(body -> body
                .kind() == kind).findFirst().orElse(null);
    }

    @Test
    void theInteragencyWorkingGroupTookInTheOmbudsmanTheProsecutorsAndFinancialMonitoringInJuly2022() {
        List<String> joined = List.of("Уполномоченный по правам человека", "Генеральная прокуратура",
                "Агентство по финансовому мониторингу");
        CoordinationBodies.OfYear of2022 = body(2022, BodyKind.INTERAGENCY);
        assertThat(of2022.lead()).isEqualTo("Министерство внутренних дел");
        assertThat(of2022.members()).containsAll(joined).contains("Министерство внутренних дел");
        assertThat(of2022.meetings()).isPositive();
        assertThat(body(2021, BodyKind.INTERAGENCY).members()).doesNotContainAnyElementsOf(joined);
        assertThat(jdbc.sql("select distinct joined_on from prevention_body_member where organisation in (?, ?, ?)")
                .params(joined.get(0), joined.get(1), joined.get(2)).query(LocalDate.class).list()).singleElement()
                .satisfies(day -> assertThat(day).hasYear(2022).hasMonthValue(7));
    }

    @Test
    void theTransnationalWorkingGroupWasCreatedInAugust2022WithKyrgyzstanAndUzbekistan() {
        assertThat(body(2021, BodyKind.TRANSNATIONAL)).isNull();
        CoordinationBodies.OfYear group = body(2022, BodyKind.TRANSNATIONAL);
        assertThat(group.createdOn()).hasYear(2022).hasMonthValue(8);
        assertThat(group.members()).anyMatch(member -> member.contains("Кыргызской Республики")).anyMatch(
                member -> member.contains("Республики Узбекистан"));
        assertThat(group.meetings()).isPositive();
    }

    @Test
    void diplomatsAndPeacekeepersWereTrainedIn2022() {
        TrainingRecords.Year of2022 = SignedIn.as(users.demo("analyst"), () -> trainings.of(2022));
        assertThat(of2022.byAudience()).containsKeys(Audience.DIPLOMATS, Audience.PEACEKEEPERS);
        assertThat(of2022.byAudience().values().stream().reduce(Participants.NONE, Participants::plus)).isEqualTo(
                of2022.participants());
        assertThat(of2022.participants().total()).isEqualTo(of2022.participants().women() + of2022.participants()
                .men() + of2022.participants().unknown());
    }

    @Test
    void theStatisticsCountThe2022TrainingsForDiplomatsAndPeacekeepersAndTheirParticipantsBySex() throws Exception {
        String body = mvc.perform(get("/api/v1/statistics/annual/{year}", 2022).with(users.as("analyst"))).andExpect(
                status().isOk()).andReturn().getResponse().getContentAsString();
        Map<String, Object> indicators = JsonPath.read(body, "$.indicators");
        assertThat(((Number) indicators.get("prevention.trainings.audience_diplomats")).longValue()).isPositive();
        assertThat(((Number) indicators.get("prevention.trainings.audience_peacekeepers")).longValue()).isPositive();
        long trained = ((Number) indicators.get("prevention.trained")).longValue();
        assertThat(Stream.of("trainee_women", "trainee_men", "sex_unknown").mapToLong(sex -> ((Number) indicators.get(
                "prevention.trained." + sex)).longValue()).sum()).isEqualTo(trained).isPositive();
        assertThat(((Number) indicators.get("prevention.coordination_meetings.body_transnational")).longValue())
                .isPositive();
        assertThat(((Number) indicators.get("prevention.campaigns")).longValue()).isPositive();
    }
}
