package kz.qorgau.agencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
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
import kz.qorgau.shared.CountryCode;
import kz.qorgau.shared.InvalidFieldException;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.RuleViolationException;
import kz.qorgau.shared.SyntheticBins;
import kz.qorgau.system.DisplayFormat;
import kz.qorgau.system.ReferenceFinder;

/**
 * The register on a database of its own: the licensing authority of a region enters its agencies (once per BIN),
 * decides on their licences and sanctions their violations (a suspension or revocation is the licence's decision of
 * the same day); another region's authority reads them and decides nothing; the public check shows the licence and
 * the sanctions in force, never what was found. The module uses the identity module's types only; identity and
 * organisations are included so that {@link Staff} can create the users.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES,
        extraIncludes = { "identity", "organisations" })
@ModuleDatabase
class AgenciesModuleTests {

    static final Random RANDOM = new Random(2_022);

    final AgencyRegister register;
    final AgencyDirectory directory;
    final ComplaintBook complaints;
    final IntermediaryBook intermediaries;
    final MentionBook mentions;
    final Staff staff;
    final AuditAssertions audit;
    final LocalDate today;

    AgenciesModuleTests(AgencyRegister register, AgencyDirectory directory, ComplaintBook complaints,
            IntermediaryBook intermediaries, MentionBook mentions, OrganisationRegistry organisations,
            Accounts accounts, JdbcClient jdbc, DisplayFormat format) {
        this.register = register;
        this.directory = directory;
        this.complaints = complaints;
        this.intermediaries = intermediaries;
        this.mentions = mentions;
        this.staff = new Staff(organisations, accounts);
        this.audit = new AuditAssertions(jdbc);
        this.today = format.today();
    }

    /** The case of {@value #ERDR} opens only for the organisation held here; the inspection {@value #INSPECTION} for all. */
    static final AtomicLong CASE_OWNER = new AtomicLong(-1);
    static final String ERDR = "227500031000123";
    static final String INSPECTION = "L-22222222";

    /** The other modules' finders, as far as these tests need them: which records a user may open, by reference. */
    @TestConfiguration
    static class Finders {

        @Bean
        ReferenceFinder cases() {
            return reference -> QorgauUser.current().filter(user -> reference.equals(ERDR) && user
                    .organisationId() == CASE_OWNER.get()).map(user -> "/cases/7");
        }

        @Bean
        ReferenceFinder inspectionsAndVictims() {
            return reference -> reference.equals(INSPECTION) ? Optional.of("/inspections/3")
                    : reference.equals("V-22222222") ? Optional.of("/victims/5") : Optional.empty();
        }
    }

    QorgauUser licensing(String region) {
        return staff.user(OrganisationType.LABOUR_INSPECTORATE, region, Role.LABOUR_INSPECTOR);
    }

    static AgencyCommands.Registration agency(String bin, String name, String region) {
        return new AgencyCommands.Registration(bin, name, null, null, "г. Алматы, ул. Синтетическая, 1", RegionCode
                .of(region), "KZ19-2020-001", LocalDate.of(2020, 1, 15), null, EnumSet.of(Placement.ABROAD), Set.of(
                        CountryCode.of("KR")));
    }

    @Test
    void aComplaintsSanctionSuspendsTheLicenceAndThePublicSeesItInForceButNotWhy() {
        QorgauUser authority = licensing("KZ-19");
        String bin = SyntheticBins.bin(RANDOM).value();
        long id = SignedIn.as(authority, () -> register.register(agency(bin, "ТОО «Синтетика Рекрут»", "KZ-19")));

        SignedIn.run(authority, () -> register.sanction(id, new AgencyCommands.SanctionDecision(SanctionKind.FINE,
                today.minusMonths(3), "Управление занятости", "Постановление № 1", 368_000L,
                "Плата с работников за трудоустройство")));
        SignedIn.run(authority, () -> register.sanction(id, new AgencyCommands.SanctionDecision(
                SanctionKind.SUSPENSION, today.minusDays(10), "Управление занятости", "Приказ № 2", null,
                "Повторное нарушение")));

        AgencyViews.Agency seen = SignedIn.as(authority, () -> directory.agency(id)).orElseThrow();
        assertThat(seen.status()).isEqualTo(LicenceStatus.SUSPENDED);
        assertThat(seen.decisions()).extracting(AgencyViews.Decision::kind).containsExactly(DecisionKind.SUSPENDED);
        assertThat(seen.sanctions()).extracting(AgencyViews.Sanction::kind, AgencyViews.Sanction::inForce)
                .containsExactly(tuple(SanctionKind.SUSPENSION, true),
                        tuple(SanctionKind.FINE, true));
        assertThat(seen.mayDecide()).isTrue();

        AgencyViews.Public shown = directory.check(bin).getFirst();
        assertThat(shown.status()).isEqualTo(LicenceStatus.SUSPENDED);
        assertThat(shown.sanctions()).extracting(AgencyViews.PublicSanction::kind).containsExactly(
                SanctionKind.SUSPENSION, SanctionKind.FINE);
        assertThat(shown.toString()).doesNotContain("Плата с работников").doesNotContain("Повторное нарушение")
                .doesNotContain("Постановление").doesNotContain(authority.getUsername());
        assertThat(directory.check("синтетика рекрут")).extracting(AgencyViews.Public::bin).contains(bin);

        SignedIn.run(authority, () -> register.decide(id, new AgencyCommands.LicenceDecision(DecisionKind.REINSTATED,
                today, null, "Управление занятости", "Приказ № 3")));
        assertThat(directory.check(bin).getFirst().status()).isEqualTo(LicenceStatus.ACTIVE);
        assertThat(directory.check(bin).getFirst().sanctions()).extracting(AgencyViews.PublicSanction::kind)
                .as("the suspension lifted, the fine still in force").containsExactly(SanctionKind.FINE);
        assertThat(audit.action("AGENCY_SANCTIONED").target(id).count()).isEqualTo(2);
        assertThat(audit.action("AGENCY_LICENCE_DECIDED").target(id).count()).isEqualTo(1);
    }

    @Test
    void oneAgencyPerBinEnteredByItsRegionsAuthority() {
        QorgauUser almatyRegion = licensing("KZ-19");
        String bin = SyntheticBins.bin(RANDOM).value();
        SignedIn.run(almatyRegion, () -> register.register(agency(bin, "ТОО «Первое»", "KZ-19")));

        assertThatThrownBy(() -> SignedIn.run(almatyRegion, () -> register.register(agency(bin, "ТОО «Второе»",
                "KZ-19")))).isInstanceOf(InvalidFieldException.class).hasMessageContaining(
                        "agency.error.bin-registered");
        assertThatThrownBy(() -> SignedIn.run(almatyRegion, () -> register.register(agency(SyntheticBins.bin(RANDOM)
                .value(), "ТОО «Чужое»", "KZ-71")))).hasMessageContaining("agency.error.region-out-of-scope");
        assertThatThrownBy(() -> SignedIn.run(almatyRegion, () -> register.register(agency("123456789012",
                "ТОО «Неверный БИН»", "KZ-19")))).isInstanceOf(InvalidFieldException.class).hasMessageContaining(
                        "bin.error");
    }

    @Test
    void anotherRegionsAuthorityReadsTheAgencyButDecidesNothing() {
        long id = SignedIn.as(licensing("KZ-19"), () -> register.register(agency(SyntheticBins.bin(RANDOM).value(),
                "ТОО «Соседнее»", "KZ-19")));
        QorgauUser astana = licensing("KZ-71");

        AgencyViews.Agency seen = SignedIn.as(astana, () -> directory.agency(id)).orElseThrow();
        assertThat(seen.mayDecide()).isFalse();
        assertThatThrownBy(() -> SignedIn.run(astana, () -> register.decide(id, new AgencyCommands.LicenceDecision(
                DecisionKind.SUSPENDED, today, null, "Управление", "Приказ")))).isInstanceOf(
                        RuleViolationException.class).hasMessageContaining("agency.error.region-out-of-scope");
        assertThat(SignedIn.as(astana, () -> directory.page("Соседнее", PageRequest.of(0, 10))).items())
                .extracting(AgencyViews.Row::id).containsExactly(id);

        QorgauUser caseWorker = staff.caseWorker("KZ-19");
        assertThat(SignedIn.as(caseWorker, () -> directory.agency(id))).isPresent();
        assertThatThrownBy(() -> SignedIn.run(caseWorker, () -> register.decide(id, new AgencyCommands.LicenceDecision(
                DecisionKind.SUSPENDED, today, null, "Управление", "Приказ")))).isInstanceOf(
                        AccessDeniedException.class);
    }

    @Test
    void aFineNeedsItsAmountAndOnlyAFineHasOne() {
        QorgauUser authority = licensing("KZ-19");
        long id = SignedIn.as(authority, () -> register.register(agency(SyntheticBins.bin(RANDOM).value(),
                "ТОО «Штрафное»", "KZ-19")));
        assertThatThrownBy(() -> SignedIn.run(authority, () -> register.sanction(id,
                new AgencyCommands.SanctionDecision(SanctionKind.FINE, today, "Управление", "Постановление", null,
                        "Нарушение")))).hasMessageContaining("agency.error.fine-amount");
        assertThatThrownBy(() -> SignedIn.run(authority, () -> register.sanction(id,
                new AgencyCommands.SanctionDecision(SanctionKind.WARNING, today, "Управление", "Постановление", 1000L,
                        "Нарушение")))).hasMessageContaining("agency.error.fine-only");
    }

    @Test
    void aHotlineComplaintLeadsToAFineAndOnlyTheHotlineAndTheAuthorityReadWhatWasTold() {
        QorgauUser authority = licensing("KZ-19");
        QorgauUser hotline = staff.user(OrganisationType.HOTLINE, "KZ-75", Role.HOTLINE_OPERATOR);
        QorgauUser consul = staff.user(OrganisationType.DIPLOMATIC_MISSION, "KZ-71", Role.CONSULAR_OFFICER);
        String bin = SyntheticBins.bin(RANDOM).value();
        long id = SignedIn.as(authority, () -> register.register(agency(bin, "ТОО «Жалобное»", "KZ-19")));
        long complaint = SignedIn.as(hotline, () -> complaints.receive(id, new AgencyCommands.ComplaintReceipt(today
                .minusDays(20), ComplaintSource.HOTLINE, EnumSet.of(Allegation.FEES_CHARGED),
                "Синтетика: с работника взяли 200 000 тенге за место")));
        long fine = SignedIn.as(authority, () -> register.sanction(id, new AgencyCommands.SanctionDecision(
                SanctionKind.FINE, today.minusDays(3), "Управление занятости", "Постановление № 9", 184_000L,
                "Плата с работника за трудоустройство")));
        assertThatThrownBy(() -> SignedIn.run(hotline, () -> complaints.decide(complaint,
                new AgencyCommands.ComplaintDecision(ComplaintOutcome.UNFOUNDED, today, null)))).isInstanceOf(
                        AccessDeniedException.class);
        SignedIn.run(authority, () -> complaints.decide(complaint, new AgencyCommands.ComplaintDecision(
                ComplaintOutcome.SANCTIONED, today.minusDays(3), fine)));

        assertThat(SignedIn.as(hotline, () -> complaints.of(id))).singleElement().satisfies(seen -> {
            assertThat(seen.account()).contains("200 000 тенге");
            assertThat(seen.outcome()).isEqualTo(ComplaintOutcome.SANCTIONED);
            assertThat(seen.sanctionId()).isEqualTo(fine);
            assertThat(seen.mayDecide()).isFalse();
        });
        assertThat(SignedIn.as(consul, () -> complaints.of(id))).singleElement().satisfies(seen -> {
            assertThat(seen.readable()).isFalse();
            assertThat(seen.account()).isNull();
            assertThat(seen.allegations()).containsExactly(Allegation.FEES_CHARGED);
            assertThat(seen.outcome()).isEqualTo(ComplaintOutcome.SANCTIONED);
        });
        assertThatThrownBy(() -> SignedIn.run(authority, () -> complaints.decide(complaint,
                new AgencyCommands.ComplaintDecision(ComplaintOutcome.UNFOUNDED, today, null)))).hasMessageContaining(
                        "agency.error.complaint-decided");
        assertThat(directory.check(bin).toString()).doesNotContain("200 000").doesNotContain("Плата с работника");
        assertThat(audit.action("AGENCY_COMPLAINT_RECEIVED").target(id).count()).isEqualTo(1);
        assertThat(audit.action("AGENCY_COMPLAINT_DECIDED").target(id).count()).isEqualTo(1);
    }

    @Test
    void aComplaintsSanctionIsOneOfItsAgencysAndNoOutcomeComesBeforeTheComplaint() {
        QorgauUser authority = licensing("KZ-19");
        long first = SignedIn.as(authority, () -> register.register(agency(SyntheticBins.bin(RANDOM).value(),
                "ТОО «Первое агентство»", "KZ-19")));
        long second = SignedIn.as(authority, () -> register.register(agency(SyntheticBins.bin(RANDOM).value(),
                "ТОО «Второе агентство»", "KZ-19")));
        long warning = SignedIn.as(authority, () -> register.sanction(second, new AgencyCommands.SanctionDecision(
                SanctionKind.WARNING, today, "Управление", "Постановление", null, "Нарушение")));
        long complaint = SignedIn.as(authority, () -> complaints.receive(first, new AgencyCommands.ComplaintReceipt(
                today.minusDays(5), ComplaintSource.WORKER, EnumSet.of(Allegation.NO_CONTRACT), null)));
        assertThatThrownBy(() -> SignedIn.run(authority, () -> complaints.decide(complaint,
                new AgencyCommands.ComplaintDecision(ComplaintOutcome.SANCTIONED, today, warning))))
                .hasMessageContaining("agency.error.sanction-of-agency");
        assertThatThrownBy(() -> SignedIn.run(authority, () -> complaints.decide(complaint,
                new AgencyCommands.ComplaintDecision(ComplaintOutcome.UNFOUNDED, today.minusDays(6), null))))
                .hasMessageContaining("agency.error.before-receipt");
        assertThatThrownBy(() -> SignedIn.run(authority, () -> complaints.receive(first,
                new AgencyCommands.ComplaintReceipt(today, ComplaintSource.WORKER, EnumSet.noneOf(Allegation.class),
                        null)))).hasMessageContaining("agency.error.allegations");
    }

    static AgencyCommands.IntermediaryReport intermediary(IntermediaryKind kind, String bin, String name,
            LocalDate on, ReportSource source, Long complaint, String reference) {
        return new AgencyCommands.IntermediaryReport(kind, bin, name, on, source, complaint, reference, EnumSet.of(
                IntermediaryActivity.JOBS_ABROAD), RegionCode.of("KZ-75"));
    }

    @Test
    void anIntermediaryReportedBySeveralSourcesIsOneWithTheCountOfReports() {
        QorgauUser authority = licensing("KZ-19");
        QorgauUser investigator = staff.user(OrganisationType.POLICE_UNIT, "KZ-75", Role.INVESTIGATOR);
        CASE_OWNER.set(investigator.organisationId());
        long agency = SignedIn.as(authority, () -> register.register(agency(SyntheticBins.bin(RANDOM).value(),
                "ТОО «Честный наём»", "KZ-19")));
        long complaint = SignedIn.as(authority, () -> complaints.receive(agency, new AgencyCommands.ComplaintReceipt(
                today.minusDays(9), ComplaintSource.WORKER, EnumSet.of(Allegation.JOB_DECEPTION), null)));

        long first = SignedIn.as(authority, () -> intermediaries.report(intermediary(IntermediaryKind.COMPANY, null,
                "ТОО «Синтетика Трэвел»", today.minusDays(8), ReportSource.COMPLAINT, complaint, null)));
        long again = SignedIn.as(investigator, () -> intermediaries.report(intermediary(IntermediaryKind.COMPANY,
                null, "Трэвел синтетика", today.minusDays(2), ReportSource.CASE, null, ERDR.substring(0, 4) + " "
                        + ERDR.substring(4))));
        String bin = SyntheticBins.bin(RANDOM).value();
        long withBin = SignedIn.as(authority, () -> intermediaries.report(intermediary(IntermediaryKind.COMPANY, bin,
                "Синтетика Трэвел ЖШС", today, ReportSource.INSPECTION, null, INSPECTION)));
        long byBinOnly = SignedIn.as(authority, () -> intermediaries.report(intermediary(IntermediaryKind.COMPANY, bin,
                "Совсем другое название", today, ReportSource.INSPECTION, null, INSPECTION)));
        long person = SignedIn.as(authority, () -> intermediaries.report(intermediary(IntermediaryKind.PERSON, null,
                "Синтетика Трэвел", today, ReportSource.INSPECTION, null, INSPECTION)));

        assertThat(again).as("the same name in another order and legal form").isEqualTo(first);
        assertThat(withBin).as("a BIN completes the company known by name").isEqualTo(first);
        assertThat(byBinOnly).as("the same BIN under another name").isEqualTo(first);
        assertThat(person).as("a person of the same name is another intermediary").isNotEqualTo(first);
        AgencyViews.IntermediaryPage seen = SignedIn.as(authority, () -> intermediaries.intermediary(first));
        assertThat(seen.bin()).isEqualTo(bin);
        assertThat(seen.reports()).hasSize(4);
        assertThat(seen.reports()).filteredOn(report -> report.source() == ReportSource.CASE).singleElement()
                .satisfies(report -> assertThat(report.sourceReference()).as("a case the authority may not open")
                        .isNull());
        assertThat(SignedIn.as(investigator, () -> intermediaries.intermediary(first)).reports()).filteredOn(
                report -> report.source() == ReportSource.CASE).singleElement().satisfies(report -> assertThat(report
                        .sourcePage()).isEqualTo("/cases/7"));
        assertThat(SignedIn.as(authority, () -> intermediaries.page(bin, PageRequest.of(0, 10))).items())
                .singleElement().satisfies(row -> {
                    assertThat(row.id()).isEqualTo(first);
                    assertThat(row.reports()).isEqualTo(4);
                });
        assertThat(SignedIn.as(authority, () -> intermediaries.page("синтетика трэвел тоо", PageRequest.of(0, 10)))
                .items()).extracting(AgencyViews.IntermediaryRow::id).containsExactlyInAnyOrder(first, person);
        assertThat(audit.action("INTERMEDIARY_REPORTED").target(first).count()).isEqualTo(4);
    }

    @Test
    void aReportsSourceIsARecordTheReporterMayOpenOfTheKindSaid() {
        QorgauUser hotline = staff.user(OrganisationType.HOTLINE, "KZ-75", Role.HOTLINE_OPERATOR);
        assertThatThrownBy(() -> SignedIn.run(hotline, () -> intermediaries.report(intermediary(
                IntermediaryKind.PERSON, null, "Синтетов Синтет", today, ReportSource.CASE, null, ERDR))))
                .hasMessageContaining("intermediary.error.source-not-found");
        assertThatThrownBy(() -> SignedIn.run(hotline, () -> intermediaries.report(intermediary(
                IntermediaryKind.PERSON, null, "Синтетов Синтет", today, ReportSource.CASE, null, "V-22222222"))))
                .as("a victim record is no case").hasMessageContaining("intermediary.error.source-not-found");
        assertThatThrownBy(() -> SignedIn.run(hotline, () -> intermediaries.report(intermediary(
                IntermediaryKind.PERSON, SyntheticBins.bin(RANDOM).value(), "Синтетов Синтет", today,
                ReportSource.INSPECTION, null, INSPECTION)))).hasMessageContaining("intermediary.error.bin-of-person");
        assertThatThrownBy(() -> SignedIn.run(hotline, () -> intermediaries.report(intermediary(
                IntermediaryKind.PERSON, null, "«ТОО»", today, ReportSource.INSPECTION, null, INSPECTION))))
                .hasMessageContaining("intermediary.error.name");
    }

    @Test
    void aPersonsNameIsReadByTheReportersTheAuthorityAndInvestigatorsOnly() {
        QorgauUser hotline = staff.user(OrganisationType.HOTLINE, "KZ-75", Role.HOTLINE_OPERATOR);
        QorgauUser consul = staff.user(OrganisationType.DIPLOMATIC_MISSION, "KZ-71", Role.CONSULAR_OFFICER);
        QorgauUser investigator = staff.user(OrganisationType.POLICE_UNIT, "KZ-75", Role.INVESTIGATOR);
        long person = SignedIn.as(hotline, () -> intermediaries.report(intermediary(IntermediaryKind.PERSON, null,
                "Посредникова Айгерим", today, ReportSource.INSPECTION, null, INSPECTION)));

        assertThat(SignedIn.as(hotline, () -> intermediaries.intermediary(person)).name()).isEqualTo(
                "Посредникова Айгерим");
        assertThat(SignedIn.as(licensing("KZ-19"), () -> intermediaries.intermediary(person)).name()).isNotNull();
        assertThat(SignedIn.as(investigator, () -> intermediaries.intermediary(person)).name()).isNotNull();
        AgencyViews.IntermediaryPage seen = SignedIn.as(consul, () -> intermediaries.intermediary(person));
        assertThat(seen.name()).isNull();
        assertThat(seen.toString()).doesNotContain("Посредникова");
        assertThat(SignedIn.as(consul, () -> intermediaries.page(null, PageRequest.of(0, 100))).items()).filteredOn(
                row -> row.id() == person).singleElement().satisfies(row -> assertThat(row.name()).isNull());
        assertThat(SignedIn.as(consul, () -> intermediaries.page("Айгерим Посредникова", PageRequest.of(0, 10)))
                .items()).extracting(AgencyViews.IntermediaryRow::id).containsExactly(person);
    }

    @Test
    void anAgencyIsNamedInRecordsItsUserMayOpenAndShownOnlyToThoseWhoMay() {
        QorgauUser authority = licensing("KZ-19");
        QorgauUser investigator = staff.user(OrganisationType.POLICE_UNIT, "KZ-75", Role.INVESTIGATOR);
        CASE_OWNER.set(investigator.organisationId());
        long agency = SignedIn.as(authority, () -> register.register(agency(SyntheticBins.bin(RANDOM).value(),
                "ТОО «Упомянутое»", "KZ-19")));
        long referral = SignedIn.as(authority, () -> register.sanction(agency, new AgencyCommands.SanctionDecision(
                SanctionKind.POLICE_REFERRAL, today, "Управление", "Письмо № 5", null, "Признаки торговли людьми")));

        assertThatThrownBy(() -> SignedIn.run(authority, () -> mentions.mention(agency, ERDR, referral)))
                .as("the authority may not open the case").hasMessageContaining("intermediary.error.source-not-found");
        SignedIn.run(investigator, () -> mentions.mention(agency, ERDR, referral));
        SignedIn.run(authority, () -> mentions.mention(agency, INSPECTION, null));
        assertThatThrownBy(() -> SignedIn.run(authority, () -> mentions.mention(agency, "l-2222 2222", null)))
                .hasMessageContaining("agency.mention.error.already");
        assertThatThrownBy(() -> SignedIn.run(authority, () -> mentions.mention(agency, "V-22222222", null)))
                .hasMessageContaining("intermediary.error.source-not-found");

        assertThat(SignedIn.as(investigator, () -> mentions.of(agency))).extracting(AgencyViews.Mention::kind,
                AgencyViews.Mention::sanctionId).containsExactlyInAnyOrder(tuple(ReportSource.CASE, referral), tuple(
                        ReportSource.INSPECTION, null));
        assertThat(SignedIn.as(authority, () -> mentions.of(agency))).extracting(AgencyViews.Mention::kind)
                .containsExactly(ReportSource.INSPECTION);
        assertThat(audit.action("AGENCY_MENTIONED").target(agency).count()).isEqualTo(2);
    }
}
