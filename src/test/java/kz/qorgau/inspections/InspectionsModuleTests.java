package kz.qorgau.inspections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.access.AccessDeniedException;

import kz.qorgau.ModuleDatabase;
import kz.qorgau.SignedIn;
import kz.qorgau.Staff;
import kz.qorgau.audit.AuditAssertions;
import kz.qorgau.cases.CaseBuilder;
import kz.qorgau.cases.CaseStatus;
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
import kz.qorgau.shared.InvalidFieldException;
import kz.qorgau.shared.NotFoundException;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.RuleViolationException;
import kz.qorgau.system.DisplayFormat;
import kz.qorgau.shared.Sex;
import kz.qorgau.victims.Answer;
import kz.qorgau.victims.ConsentDecision;
import kz.qorgau.victims.ConsentScope;
import kz.qorgau.victims.ExploitationKind;
import kz.qorgau.victims.IloIndicator;
import kz.qorgau.victims.ScreeningContext;
import kz.qorgau.victims.TraffickingStatus;
import kz.qorgau.victims.VictimCommands;
import kz.qorgau.victims.VictimViews;
import kz.qorgau.victims.IsicSection;

/**
 * The inspections module with the modules it needs, on a database of its own: an inspection recorded once however
 * often its form is sent, the inspector's notification to the police with its deadline in working days, the unit's
 * answer naming the case it registered (whose stages the inspector then sees) or refusing, and who reaches what.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ModuleDatabase
class InspectionsModuleTests {

    static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    final InspectionRegister register;
    final InspectionNotifications notifications;
    final InspectionDirectory directory;
    final CaseBuilder cases;
    final Staff staff;
    final AuditAssertions audit;
    final JdbcClient jdbc;
    final LocalDate today;

    InspectionsModuleTests(InspectionRegister register, InspectionNotifications notifications,
            InspectionDirectory directory, CriminalCases criminalCases, PersonRegistry persons,
            OrganisationRegistry organisations, Accounts accounts, JdbcClient jdbc, DisplayFormat format) {
        this.register = register;
        this.notifications = notifications;
        this.directory = directory;
        this.cases = new CaseBuilder(criminalCases, persons);
        this.staff = new Staff(organisations, accounts);
        this.audit = new AuditAssertions(jdbc);
        this.jdbc = jdbc;
        this.today = format.today();
    }

    QorgauUser inspector(String region) {
        return staff.user(OrganisationType.LABOUR_INSPECTORATE, region, Role.LABOUR_INSPECTOR);
    }

    static InspectionCommands.Recording farm(UUID clientId, String region, LocalDate on, Set<IloIndicator> found) {
        return new InspectionCommands.Recording(clientId, "Synthetic Inspector", on, on, InspectionTests.BIN,
                "Synthetic Farm LLP", InspectionSite.FARM, IsicSection.A, new RegionCode(region), "Synthetic district",
                null, true, false, InspectionTrigger.MOBILE_TEAM, false, null, Set.of(), 12, 2, 10, 0, 5, List.of(
                        new InspectionCommands.ForeignWorkers("UZ", 5)), List.of(new InspectionCommands.ContractorLine(
                                ContractorRole.INTERMEDIARY, null, null, true)), EnumSet.of(
                                        LabourViolation.DOCUMENTS_RETAINED), found);
    }

    @Test
    void anInspectionIsRecordedOnceHoweverOftenItsFormIsSent() {
        QorgauUser inspector = inspector("KZ-19");
        UUID client = UUID.randomUUID();
        long first = SignedIn.as(inspector, () -> register.record(farm(client, "KZ-19", today.minusDays(1), Set.of())));
        long again = SignedIn.as(inspector, () -> register.record(farm(client, "KZ-19", today.minusDays(1), Set.of())));

        assertThat(again).isEqualTo(first);
        assertThat(jdbc.sql("select count(*) from inspections_inspection where client_id = ?").param(client)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(audit.action("INSPECTION_RECORDED").target(first).count()).isEqualTo(1);
        InspectionViews.InspectionView view = SignedIn.as(inspector, () -> directory.get(first));
        assertThat(view.foreignWorkers()).extracting(InspectionViews.ForeignWorkersView::workers).containsExactly(5);
        assertThat(view.contractors()).singleElement().matches(InspectionViews.ContractorView::informal);
        assertThat(view.mayNotify()).isFalse();
    }

    @Test
    void badInputIsRefusedAndSavesNothing() {
        QorgauUser inspector = inspector("KZ-19");
        long before = jdbc.sql("select count(*) from inspections_inspection").query(Long.class).single();
        var future = farm(null, "KZ-19", today.plusDays(3), Set.of());
        assertThatThrownBy(() -> SignedIn.run(inspector, () -> register.record(future)))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("inspection.error.future-date");
        assertThatThrownBy(() -> SignedIn.run(inspector, () -> register.recordAll(List.of(farm(null, "KZ-19",
                today, Set.of()), future)))).isInstanceOf(InvalidFieldException.class);
        assertThat(jdbc.sql("select count(*) from inspections_inspection").query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void theInspectorNotifiesThePoliceWhoAnswerWithinAWorkingDayByNamingTheCaseTheyRegistered() {
        QorgauUser inspector = inspector("KZ-19");
        OrganisationSummary unit = staff.organisation(OrganisationType.POLICE_UNIT, "KZ-19");
        QorgauUser investigator = staff.member(unit, Role.INVESTIGATOR);
        LocalDate friday = LocalDate.of(2026, 12, 4);
        long inspection = SignedIn.as(inspector, () -> register.record(farm(null, "KZ-19", friday.minusDays(3), Set
                .of(IloIndicator.RETENTION_OF_IDENTITY_DOCUMENTS))));
        assertThat(SignedIn.as(inspector, () -> directory.get(inspection)).mayNotify()).isTrue();

        Instant sent = friday.atTime(16, 0).atZone(ALMATY).toInstant();
        long notification = SignedIn.as(inspector, () -> notifications.notifyPolice(inspection,
                new InspectionCommands.Notification(unit.id()), sent));
        // Friday's notification is due by the end of Monday, the next working day
        assertThat(jdbc.sql("select due_at from inspections_notification where id = ?").param(notification)
                .query(Timestamp.class).single().toInstant()).isEqualTo(LocalDate.of(2026, 12, 8)
                        .atStartOfDay(ALMATY).toInstant());
        assertThatThrownBy(() -> SignedIn.run(inspector, () -> notifications.notifyPolice(inspection,
                new InspectionCommands.Notification(unit.id())))).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("inspection.error.already-notified");

        var listed = SignedIn.as(investigator, () -> directory.notifications(
                InspectionDirectory.NotificationFilter.ALL, PageRequest.of(0, 10)));
        assertThat(listed.items()).extracting(InspectionViews.NotificationListItem::id).containsExactly(notification);

        CaseViews.CaseView registered = cases.registered(investigator, "KZ-19", today, ExploitationForm.FORCED_LABOUR);
        SignedIn.run(investigator, () -> notifications.registered(notification, new InspectionCommands.Registration(
                registered.erdrNumber())));

        InspectionViews.InspectionView seen = SignedIn.as(inspector, () -> directory.get(inspection));
        assertThat(seen.notification().state()).isEqualTo(InspectionViews.NotificationState.REGISTERED);
        assertThat(seen.notification().outcome().erdrNumber()).isEqualTo(registered.erdrNumber());
        assertThat(seen.notification().outcome().status()).isEqualTo(CaseStatus.INVESTIGATION);
        assertThat(audit.action("INSPECTION_NOTIFICATION_REGISTERED").target(inspection).count()).isEqualTo(1);
        assertThatThrownBy(() -> SignedIn.run(investigator, () -> notifications.refused(notification,
                new InspectionCommands.Refusal("late")))).hasMessageContaining("police.error.already-answered");
    }

    @Test
    void thePoliceNameOnlyACaseTheyCanSeeAndOnlyTheUnitNotifiedAnswers() {
        QorgauUser inspector = inspector("KZ-19");
        OrganisationSummary unit = staff.organisation(OrganisationType.POLICE_UNIT, "KZ-19");
        QorgauUser investigator = staff.member(unit, Role.INVESTIGATOR);
        QorgauUser elsewhere = staff.investigator("KZ-75");
        long inspection = SignedIn.as(inspector, () -> register.record(farm(null, "KZ-19", today, Set.of(
                IloIndicator.DEBT_BONDAGE))));
        long notification = SignedIn.as(inspector, () -> notifications.notifyPolice(inspection,
                new InspectionCommands.Notification(unit.id())));

        CaseViews.CaseView otherRegion = cases.registered(elsewhere, "KZ-75", today, ExploitationForm.FORCED_LABOUR);
        assertThatThrownBy(() -> SignedIn.run(investigator, () -> notifications.registered(notification,
                new InspectionCommands.Registration(otherRegion.erdrNumber())))).isInstanceOf(
                        InvalidFieldException.class).hasMessageContaining("police.error.case-not-found");
        assertThatThrownBy(() -> SignedIn.run(elsewhere, () -> notifications.refused(notification,
                new InspectionCommands.Refusal("not ours")))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SignedIn.run(elsewhere, () -> directory.notification(notification)))
                .isInstanceOf(NotFoundException.class);
        assertThat(SignedIn.as(elsewhere, () -> directory.notifications(InspectionDirectory.NotificationFilter.ALL,
                PageRequest.of(0, 10))).items()).extracting(InspectionViews.NotificationListItem::id)
                .doesNotContain(notification);

        SignedIn.run(investigator, () -> notifications.refused(notification, new InspectionCommands.Refusal(
                "No offence found on the spot")));
        assertThat(SignedIn.as(inspector, () -> directory.get(inspection)).notification().state())
                .isEqualTo(InspectionViews.NotificationState.REFUSED);
    }

    @Test
    void anotherInspectorateNeverReachesTheInspectionAndOthersHoldNoInspectionPermission() {
        QorgauUser inspector = inspector("KZ-19");
        QorgauUser other = inspector("KZ-19");
        long inspection = SignedIn.as(inspector, () -> register.record(farm(null, "KZ-19", today, Set.of(
                IloIndicator.ISOLATION))));

        assertThatThrownBy(() -> SignedIn.run(other, () -> directory.get(inspection))).isInstanceOf(
                NotFoundException.class);
        assertThatThrownBy(() -> SignedIn.run(other, () -> notifications.notifyPolice(inspection,
                new InspectionCommands.Notification(staff.organisation(OrganisationType.POLICE_UNIT, "KZ-19").id()))))
                .isInstanceOf(NotFoundException.class);
        assertThat(SignedIn.as(other, () -> directory.list(InspectionCommands.Search.any(), PageRequest.of(0, 50)))
                .items()).extracting(InspectionViews.InspectionListItem::id).doesNotContain(inspection);
        QorgauUser analyst = staff.user(OrganisationType.CENTRAL_GOVERNMENT_ORGANISATION, null, Role.ANALYST);
        assertThatThrownBy(() -> SignedIn.run(analyst, () -> directory.get(inspection))).isInstanceOf(
                AccessDeniedException.class);
    }

    @Test
    void thePoliceUnitNotifiedMustBeOfTheInspectionsRegionOrNational() {
        QorgauUser inspector = inspector("KZ-19");
        long inspection = SignedIn.as(inspector, () -> register.record(farm(null, "KZ-19", today, Set.of(
                IloIndicator.ISOLATION))));
        long almaty = staff.organisation(OrganisationType.POLICE_UNIT, "KZ-75").id();
        assertThatThrownBy(() -> SignedIn.run(inspector, () -> notifications.notifyPolice(inspection,
                new InspectionCommands.Notification(almaty)))).isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("police.error.unit");
        long national = staff.organisation(OrganisationType.POLICE_UNIT, null).id();
        assertThat(SignedIn.as(inspector, () -> notifications.notifyPolice(inspection,
                new InspectionCommands.Notification(national)))).isPositive();
    }

    @Test
    void aWorkerScreenedAtTheInspectionIsAVictimRecordLinkedToItAndOnlyTheInspectoratesOwnRecordsAreLinked() {
        QorgauUser inspector = inspector("KZ-19");
        long inspection = SignedIn.as(inspector, () -> register.record(farm(null, "KZ-19", today.minusDays(1), Set.of(
                IloIndicator.RETENTION_OF_IDENTITY_DOCUMENTS))));
        UUID client = UUID.randomUUID();
        VictimCommands.Registration registration = new VictimCommands.Registration(null, true, VictimCommands.Situation
                .of(Sex.MALE),
                new VictimCommands.Screening(today.minusDays(1), ScreeningContext.LABOUR_INSPECTION, false,
                        ExploitationKind.LABOUR, Map.of(IloIndicator.RETENTION_OF_IDENTITY_DOCUMENTS,
                                Answer.PRESENT), Map.of(), TraffickingStatus.POSSIBLE,
                        "Синтетика: паспорт у бригадира."), Map.of(ConsentScope.PROCESSING,
                                ConsentDecision.REFUSED));
        VictimViews.VictimView victim = SignedIn.as(inspector, () -> register.screenWorker(inspection, client,
                registration));
        // the same form sent again (a phone back online) is the screening already recorded
        VictimViews.VictimView again = SignedIn.as(inspector, () -> register.screenWorker(inspection, client,
                registration));
        assertThat(again.reference()).isEqualTo(victim.reference());

        InspectionViews.InspectionView view = SignedIn.as(inspector, () -> directory.get(inspection));
        assertThat(view.screenings()).singleElement().satisfies(worker -> {
            assertThat(worker.victimReference()).isEqualTo(victim.reference());
            assertThat(worker.decision()).isEqualTo(TraffickingStatus.POSSIBLE);
        });
        assertThat(audit.action("INSPECTION_WORKER_SCREENED").target(inspection).count()).isEqualTo(1);
        // linked once; a record of another organisation is never linked, a record out of reach does not exist
        assertThatThrownBy(() -> SignedIn.run(inspector, () -> register.linkScreening(inspection, victim.id())))
                .hasMessageContaining("inspection.error.victim-linked");
        QorgauUser other = inspector("KZ-19");
        long theirs = SignedIn.as(other, () -> register.record(farm(null, "KZ-19", today, Set.of())));
        assertThatThrownBy(() -> SignedIn.run(other, () -> register.linkScreening(theirs, victim.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(jdbc.sql("select count(*) from inspections_screening where inspection_id = ?").param(theirs)
                .query(Long.class).single()).isZero();
    }
}
