package kz.qorgau.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.access.AccessDeniedException;

import kz.qorgau.ModuleDatabase;
import kz.qorgau.SignedIn;
import kz.qorgau.Staff;
import kz.qorgau.cases.CaseBuilder;
import kz.qorgau.cases.CaseViews;
import kz.qorgau.cases.CriminalCases;
import kz.qorgau.identity.Accounts;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.identity.Role;
import kz.qorgau.organisations.OrganisationRegistry;
import kz.qorgau.organisations.OrganisationSummary;
import kz.qorgau.organisations.OrganisationType;
import kz.qorgau.persons.PersonRegistry;
import kz.qorgau.shared.ExploitationForm;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.victims.TraffickingStatus;
import kz.qorgau.victims.VictimBuilder;
import kz.qorgau.victims.VictimCommands;
import kz.qorgau.victims.VictimRegistry;
import kz.qorgau.victims.VictimViews;

/**
 * The statistics module with every module whose records it counts, on a database of its own that holds only what
 * each test builds: so each figure is known exactly, counted from the records' dated events (DESIGN.md §4), by
 * year and region, with the records behind it, and with small counts hidden from those who may not list them.
 * Each test builds in years of its own, so that the tests do not count each other's records.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ModuleDatabase
class StatisticsModuleTests {

    final Statistics statistics;
    final CaseBuilder cases;
    final VictimBuilder victims;
    final VictimRegistry victimRegistry;
    final Staff staff;

    StatisticsModuleTests(Statistics statistics, CriminalCases criminalCases, VictimRegistry victimRegistry,
            PersonRegistry persons, OrganisationRegistry organisations, Accounts accounts) {
        this.statistics = statistics;
        this.cases = new CaseBuilder(criminalCases, persons);
        this.victims = new VictimBuilder(victimRegistry, persons);
        this.victimRegistry = victimRegistry;
        this.staff = new Staff(organisations, accounts);
    }

    QorgauUser supervisor() {
        return staff.user(OrganisationType.POLICE_UNIT, null, Role.SUPERVISOR);
    }

    long value(QorgauUser reader, String code, int year, String region) {
        return SignedIn.as(reader, () -> statistics.value(code,
                new StatisticsQuery(year, region == null ? null : new RegionCode(region)))).longValue();
    }

    @Test
    void aYearWithoutRecordsCountsNothing() {
        Map<String, Number> figures = SignedIn.as(supervisor(), () -> statistics.annual(new StatisticsQuery(2018,
                null)));

        assertThat(figures.keySet()).containsAll(statistics.catalogue().stream().map(Indicator::code).toList());
        assertThat(figures).containsEntry("investigations.initiated", 0L).containsEntry("victims.identified", 0L);
    }

    @Test
    void casesAreCountedInTheYearOfEachProceduralEventAndRegion() {
        QorgauUser investigator = staff.investigator("KZ-75");
        QorgauUser prosecutor = staff.prosecutor("KZ-75");
        OrganisationSummary court = staff.organisation(OrganisationType.COURT, "KZ-75");
        QorgauUser clerk = staff.member(court, Role.COURT_CLERK);
        QorgauUser supervisor = supervisor();
        CaseViews.CaseView tried = cases.withSuspect(cases.registered(investigator, "KZ-75", LocalDate.of(2021, 4, 12),
                ExploitationForm.SEXUAL_EXPLOITATION), investigator, LocalDate.of(2021, 4, 20));
        CaseViews.CaseView open = cases.registered(investigator, "KZ-75", LocalDate.of(2021, 10, 1),
                ExploitationForm.FORCED_LABOUR);
        cases.convicted(cases.sentToCourt(tried, prosecutor, court.id(), LocalDate.of(2021, 9, 1)), clerk,
                LocalDate.of(2022, 2, 5));

        assertThat(value(supervisor, "investigations.initiated", 2021, null)).isEqualTo(2);
        assertThat(value(supervisor, "investigations.initiated", 2021, "KZ-75")).isEqualTo(2);
        assertThat(value(supervisor, "investigations.initiated", 2021, "KZ-71")).isZero();
        assertThat(value(supervisor, "investigations.initiated", 2022, null)).isZero();
        assertThat(value(supervisor, "prosecutions.cases", 2021, null)).isEqualTo(1);
        assertThat(value(supervisor, "prosecutions.defendants", 2021, null)).isEqualTo(1);
        assertThat(value(supervisor, "convictions.persons", 2021, null)).isZero();
        assertThat(value(supervisor, "convictions.persons", 2022, null)).isEqualTo(1);
        assertThat(SignedIn.as(supervisor, () -> statistics.records("investigations.initiated",
                new StatisticsQuery(2021, null))).orElseThrow().ids()).containsExactlyInAnyOrder(tried.id(), open.id());
    }

    @Test
    void aVictimIsCountedOnceInTheYearOfFirstIdentificationWhateverFollows() {
        QorgauUser inspector = staff.user(OrganisationType.LABOUR_INSPECTORATE, "KZ-19", Role.LABOUR_INSPECTOR);
        QorgauUser supervisor = supervisor();
        VictimViews.VictimView earlier = victims.identified(inspector, LocalDate.of(2024, 11, 20), null);
        victims.identified(inspector, LocalDate.of(2025, 3, 2), null);
        victims.identified(inspector, LocalDate.of(2025, 6, 15), null);
        SignedIn.as(inspector, () -> victimRegistry.decideStatus(earlier.id(), new VictimCommands.StatusDecision(
                TraffickingStatus.CONFIRMED, LocalDate.of(2025, 2, 1), "Synthetic: confirmed by the court.")));

        assertThat(value(supervisor, "victims.identified", 2024, null)).isEqualTo(1);
        assertThat(value(supervisor, "victims.identified", 2025, null)).isEqualTo(2);
        assertThat(value(supervisor, "victims.identified", 2025, "KZ-19")).isEqualTo(2);
        assertThat(SignedIn.as(supervisor, () -> statistics.records("victims.identified",
                new StatisticsQuery(2024, null))).orElseThrow().ids()).containsExactly(earlier.id());
    }

    @Test
    void aRegionsSmallCountIsHiddenFromAnAnalystAndExactForThoseWhoMayListTheRecords() {
        QorgauUser investigator = staff.investigator("KZ-71");
        QorgauUser analyst = staff.user(OrganisationType.CENTRAL_GOVERNMENT_ORGANISATION, null, Role.ANALYST);
        cases.registered(investigator, "KZ-71", LocalDate.of(2019, 3, 1), ExploitationForm.FORCED_LABOUR);
        StatisticsQuery astana = new StatisticsQuery(2019, new RegionCode("KZ-71"));

        Statistics.Published forAnalyst = SignedIn.as(analyst, () -> statistics.published(astana,
                Statistics.Audience.of(analyst)));
        Statistics.Published exact = SignedIn.as(analyst, () -> statistics.published(astana,
                Statistics.Audience.EXACT));

        assertThat(forAnalyst.values().get("investigations.initiated")).isNull();
        // Astana is the only region with a case that year and the national figure is published, so "<5" would
        // give the region's count away: it is withheld ("x") instead
        assertThat(forAnalyst.hidden()).containsEntry("investigations.initiated", "x");
        assertThat(exact.values().get("investigations.initiated").longValue()).isEqualTo(1);
        assertThat(value(analyst, "investigations.initiated", 2019, null)).isEqualTo(1);
    }

    @Test
    void onlyThoseWhoMayReadStatisticsComputeThem() {
        QorgauUser caseWorker = staff.caseWorker("KZ-75");

        assertThatThrownBy(() -> SignedIn.as(caseWorker, () -> statistics.annual(new StatisticsQuery(2021, null))))
                .isInstanceOf(AccessDeniedException.class);
    }
}
