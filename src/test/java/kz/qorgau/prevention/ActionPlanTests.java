package kz.qorgau.prevention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.Locale;

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
import kz.qorgau.organisations.OrganisationType;

/**
 * The National Action Plan on a database of its own: a plan's items with their yearly progress reports, each item's
 * status by the rules of {@link PlanStatus}, the dashboard per responsible body; reports within the plan's years, after
 * the last one, none after done or dropped; bad input changes nothing.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES,
        extraIncludes = { "identity", "organisations" })
@ModuleDatabase
class ActionPlanTests {

    final ActionPlan plan;
    final ActionPlans plans;
    final Staff staff;
    final JdbcClient jdbc;
    final AuditAssertions audit;

    ActionPlanTests(ActionPlan plan, ActionPlans plans, OrganisationRegistry organisations, Accounts accounts,
            JdbcClient jdbc) {
        this.plan = plan;
        this.plans = plans;
        this.staff = new Staff(organisations, accounts);
        this.jdbc = jdbc;
        this.audit = new AuditAssertions(jdbc);
    }

    static PlanCommands.Item item(String number, String responsible, LocalDate deadline) {
        return new PlanCommands.Item(number, "Пункт " + number, "Тармақ " + number, "Item " + number, responsible,
                null, deadline, "Индикатор", "100%");
    }

    long rows() {
        return jdbc.sql("select (select count(*) from prevention_plan) + (select count(*) from prevention_plan_item)"
                + " + (select count(*) from prevention_plan_report)").query(Long.class).single();
    }

    @Test
    void itemsStandAsReportedOrLateAndTheDashboardCountsThemPerBody() {
        QorgauUser analyst = staff.user(OrganisationType.CENTRAL_GOVERNMENT_ORGANISATION, null, Role.ANALYST);
        long id = SignedIn.as(analyst, () -> plan.adopt(new PlanCommands.Plan("НПД 2004–2006 (тест)", null,
                "NAP 2004-2006 (test)", 2004, 2006)));
        long done = SignedIn.as(analyst, () -> plan.add(id, item("1.1", "МВД", LocalDate.of(2005, 12, 31))));
        long late = SignedIn.as(analyst, () -> plan.add(id, item("1.2", "МВД", LocalDate.of(2004, 12, 31))));
        long dropped = SignedIn.as(analyst, () -> plan.add(id, item("2.1", "МТСЗН", LocalDate.of(2006, 6, 30))));
        SignedIn.as(analyst, () -> plan.report(id, new PlanCommands.Report(done, 2004, PlanStatus.IN_PROGRESS,
                "Начато", null, null)));
        SignedIn.as(analyst, () -> plan.report(id, new PlanCommands.Report(done, 2005, PlanStatus.DONE, "Принято",
                "Приказ МВД № 1 (тест)", null)));
        SignedIn.as(analyst, () -> plan.report(id, new PlanCommands.Report(late, 2004, PlanStatus.IN_PROGRESS,
                "Идёт", null, null)));
        SignedIn.as(analyst, () -> plan.report(id, new PlanCommands.Report(dropped, 2005, PlanStatus.DROPPED,
                "Снято", null, "Вошло в закон (тест)")));

        assertThatThrownBy(() -> SignedIn.as(analyst, () -> plan.report(id, new PlanCommands.Report(done, 2006,
                PlanStatus.IN_PROGRESS, "Ещё", null, null)))).hasMessageContaining("plan.error.closed");
        assertThatThrownBy(() -> SignedIn.as(analyst, () -> plan.report(id, new PlanCommands.Report(late, 2004,
                PlanStatus.IN_PROGRESS, "Ещё", null, null)))).hasMessageContaining("plan.error.reported");
        assertThatThrownBy(() -> SignedIn.as(analyst, () -> plan.report(id, new PlanCommands.Report(late, 2007,
                PlanStatus.IN_PROGRESS, "Ещё", null, null)))).hasMessageContaining("plan.error.period");

        var page = SignedIn.as(analyst, () -> plans.page(id, Locale.ENGLISH));
        assertThat(page.items()).extracting(ActionPlans.Item::number, ActionPlans.Item::status).containsExactly(
                tuple("1.1", PlanStatus.DONE), tuple(
                        "1.2", PlanStatus.LATE), tuple("2.1", PlanStatus.DROPPED));
        assertThat(page.items().getFirst().text()).isEqualTo("Item 1.1");
        assertThat(page.plan().title()).isEqualTo("NAP 2004-2006 (test)");
        assertThat(page.byBody().get("МВД")).containsEntry(PlanStatus.DONE, 1).containsEntry(PlanStatus.LATE, 1)
                .containsEntry(PlanStatus.IN_PROGRESS, 0);
        assertThat(page.byBody().get("МТСЗН")).containsEntry(PlanStatus.DROPPED, 1);
        assertThat(page.plan().items()).isEqualTo(3);
        assertThat(audit.action("PLAN_PROGRESS_REPORTED").record("action-plan", id).count()).isEqualTo(4);
    }

    @Test
    void badInputChangesNothing() {
        QorgauUser analyst = staff.user(OrganisationType.CENTRAL_GOVERNMENT_ORGANISATION, null, Role.ANALYST);
        long id = SignedIn.as(analyst, () -> plan.adopt(new PlanCommands.Plan("НПД 2007–2009 (тест)", null, null,
                2007, 2009)));
        long item = SignedIn.as(analyst, () -> plan.add(id, item("1", "МВД", LocalDate.of(2008, 1, 1))));
        long before = rows();
        assertThatThrownBy(() -> SignedIn.as(analyst, () -> plan.adopt(new PlanCommands.Plan("Снова", null, null,
                2007, 2009)))).hasMessageContaining("plan.error.exists");
        assertThatThrownBy(() -> SignedIn.as(analyst, () -> plan.add(id, item("1", "МВД", LocalDate.of(2008, 1,
                1))))).hasMessageContaining("plan.error.number");
        assertThatThrownBy(() -> SignedIn.as(analyst, () -> plan.add(id, item("2", "МВД", LocalDate.of(2010, 1,
                1))))).hasMessageContaining("plan.error.deadline");
        assertThatThrownBy(() -> SignedIn.as(analyst, () -> plan.report(id, new PlanCommands.Report(item, 2008,
                PlanStatus.DONE, "Сделано", null, null)))).hasMessageContaining("plan.error.evidence");
        QorgauUser caseWorker = staff.caseWorker("KZ-75");
        assertThatThrownBy(() -> SignedIn.as(caseWorker, () -> plan.add(id, item("3", "МВД", LocalDate.of(2008, 1,
                1))))).isInstanceOf(AccessDeniedException.class);
        assertThat(rows()).isEqualTo(before);
    }
}
