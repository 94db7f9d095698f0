package kz.qorgau.prevention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.access.AccessDeniedException;

import kz.qorgau.ModuleDatabase;
import kz.qorgau.SignedIn;
import kz.qorgau.Staff;
import kz.qorgau.audit.AuditAssertions;
import kz.qorgau.identity.Accounts;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.identity.Role;
import kz.qorgau.organisations.OrganisationRegistry;
import kz.qorgau.organisations.OrganisationSummary;
import kz.qorgau.organisations.OrganisationType;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.system.DisplayFormat;

/**
 * The yearly figures on a database of their own: a value is entered for a year that has begun, never negative, with
 * its document; a colleague approves it, never its author; an approved value is locked and a correction is the next
 * revision with its reason, one awaiting approval at a time; the figure is the latest approved revision.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES,
        extraIncludes = { "identity", "organisations" })
@ModuleDatabase
class PreventionModuleTests {

    final YearlyFigures figures;
    final Staff staff;
    final JdbcClient jdbc;
    final AuditAssertions audit;
    final LocalDate today;

    PreventionModuleTests(YearlyFigures figures, OrganisationRegistry organisations, Accounts accounts,
            JdbcClient jdbc, DisplayFormat format) {
        this.figures = figures;
        this.staff = new Staff(organisations, accounts);
        this.jdbc = jdbc;
        this.audit = new AuditAssertions(jdbc);
        this.today = format.today();
    }

    static FigureCommands.Entry officers(int year, long value, String reason) {
        return new FigureCommands.Entry(DataElement.POLICE_OFFICERS, year, null, null, null, value,
                "Справка МВД (тест)", reason);
    }

    long approved(int year) {
        return jdbc.sql("select value from prevention_figure where element = 'POLICE_OFFICERS' and year = ? and"
                + " approved_by is not null order by revision desc limit 1").param(year).query(Long.class).single();
    }

    @Test
    void aColleagueApprovesAndACorrectionIsTheNextRevisionWithItsReason() {
        OrganisationSummary ministry = staff.organisation(OrganisationType.CENTRAL_GOVERNMENT_ORGANISATION, null);
        QorgauUser clerk = staff.member(ministry, Role.ANALYST);
        QorgauUser colleague = staff.member(ministry, Role.ANALYST);
        int year = 2019;
        long first = SignedIn.as(clerk, () -> figures.enter(officers(year, 40, null)));
        assertThatThrownBy(() -> SignedIn.run(clerk, () -> figures.approve(first))).hasMessageContaining(
                "figure.error.own-entry");
        assertThatThrownBy(() -> SignedIn.as(colleague, () -> figures.enter(officers(year, 41, null))))
                .as("one entry of a cell awaits approval at a time").hasMessageContaining("figure.error.pending");
        assertThat(SignedIn.as(colleague, figures::awaiting)).extracting(YearlyFigures.Figure::id).contains(first);
        assertThat(SignedIn.as(clerk, figures::awaiting)).extracting(YearlyFigures.Figure::id).doesNotContain(first);
        SignedIn.run(colleague, () -> figures.approve(first));
        assertThatThrownBy(() -> SignedIn.run(colleague, () -> figures.approve(first))).hasMessageContaining(
                "figure.error.approved");
        assertThat(approved(year)).isEqualTo(40);

        assertThatThrownBy(() -> SignedIn.as(clerk, () -> figures.enter(officers(year, 44, null))))
                .hasMessageContaining(
                        "figure.error.reason");
        long correction = SignedIn.as(clerk, () -> figures.enter(officers(year, 44, "Уточнённая справка (тест)")));
        assertThat(approved(year)).as("a correction counts from its approval").isEqualTo(40);
        SignedIn.run(colleague, () -> figures.approve(correction));
        assertThat(approved(year)).isEqualTo(44);
        assertThat(SignedIn.as(clerk, () -> figures.of(DataElement.POLICE_OFFICERS))).filteredOn(figure -> figure
                .year() == year).extracting(YearlyFigures.Figure::revision, YearlyFigures.Figure::value)
                .containsExactly(tuple(2, 44L), tuple(
                        1, 40L));
        assertThat(jdbc.sql("select count(*) from statistics_figure where year_start = make_date(?, 1, 1)").param(year)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(audit.action("FIGURE_APPROVED").target(correction).count()).isEqualTo(1);
    }

    @Test
    void badInputChangesNothing() {
        QorgauUser clerk = staff.user(OrganisationType.CENTRAL_GOVERNMENT_ORGANISATION, null, Role.ANALYST);
        long before = jdbc.sql("select count(*) from prevention_figure").query(Long.class).single();
        assertThatThrownBy(() -> SignedIn.as(clerk, () -> figures.enter(officers(today.getYear() + 1, 120, null))))
                .hasMessageContaining("figure.error.future-year");
        assertThatThrownBy(() -> SignedIn.as(clerk, () -> figures.enter(officers(2020, -1, null))))
                .hasMessageContaining("figure.error.negative");
        assertThatThrownBy(() -> SignedIn.as(clerk, () -> figures.enter(new FigureCommands.Entry(
                DataElement.POLICE_OFFICERS, 2020, RegionCode.of("KZ-75"), null, null, 5L, "Справка", null))))
                .hasMessageContaining("figure.error.national");
        assertThatThrownBy(() -> SignedIn.as(clerk, () -> figures.enter(new FigureCommands.Entry(
                DataElement.POPULATION, 2020, RegionCode.of("KZ-75"), "FEMALE", null, 5L, "Справка", null))))
                .hasMessageContaining("figure.error.required");
        QorgauUser inspector = staff.user(OrganisationType.LABOUR_INSPECTORATE, "KZ-19", Role.LABOUR_INSPECTOR);
        assertThatThrownBy(() -> SignedIn.as(inspector, () -> figures.enter(officers(2020, 5, null)))).isInstanceOf(
                AccessDeniedException.class);
        assertThat(jdbc.sql("select count(*) from prevention_figure").query(Long.class).single()).isEqualTo(before);
    }
}
