package kz.qorgau.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.access.AccessDeniedException;

import kz.qorgau.ModuleDatabase;
import kz.qorgau.SignedIn;
import kz.qorgau.Staff;
import kz.qorgau.audit.AuditAssertions;
import kz.qorgau.cases.PoliceAnswer;
import kz.qorgau.cases.PoliceNotice;
import kz.qorgau.identity.Accounts;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.identity.Role;
import kz.qorgau.organisations.OrganisationRegistry;
import kz.qorgau.organisations.OrganisationSummary;
import kz.qorgau.organisations.OrganisationType;
import kz.qorgau.shared.CountryCode;
import kz.qorgau.shared.NotFoundException;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.system.ReferenceFinder;

/**
 * The hotline on a database of its own: an operator logs calls of their own hotline and sees no other's; a report is
 * followed up by a notification to a police unit of its region, answered once by that unit under the one rule of
 * notifications; the victim record and the referral it led to are records the operator may open; a tip from the
 * public form lands as a web-form report with its sender's address kept only as a keyed hash, so many an hour.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES,
        extraIncludes = { "identity", "organisations" })
@ModuleDatabase
class HotlineModuleTests {

    /** The victim record {@value #VICTIM} opens only for the organisation held here. */
    static final AtomicLong VICTIM_OWNER = new AtomicLong(-1);
    static final String VICTIM = "V-33333333";

    @TestConfiguration
    static class Finders {

        @Bean
        ReferenceFinder victims() {
            return reference -> QorgauUser.current().filter(user -> reference.equals(VICTIM) && user
                    .organisationId() == VICTIM_OWNER.get()).map(user -> "/victims/9");
        }

        @Bean
        ReferenceFinder referrals() {
            return reference -> reference.equals("R-33333333") ? Optional.of("/referrals/4") : Optional.empty();
        }
    }

    final CallLog log;
    final CallNotifications notifications;
    final TipBox tips;
    final HotlineFunding funding;
    final Staff staff;
    final JdbcClient jdbc;
    final AuditAssertions audit;

    HotlineModuleTests(CallLog log, CallNotifications notifications, TipBox tips, HotlineFunding funding,
            OrganisationRegistry organisations, Accounts accounts, JdbcClient jdbc) {
        this.log = log;
        this.notifications = notifications;
        this.tips = tips;
        this.funding = funding;
        this.staff = new Staff(organisations, accounts);
        this.jdbc = jdbc;
        this.audit = new AuditAssertions(jdbc);
    }

    static HotlineCommands.CallEntry report(String region, String said) {
        return new HotlineCommands.CallEntry(Channel.PHONE, null, "ru", 6, CallerType.WITNESS, true, RegionCode.of(
                region), CountryCode.of("KZ"), CallType.SUSPECTED_CASE, EnumSet.of(Topic.LABOUR_EXPLOITATION,
                        Topic.DOCUMENTS_RETAINED), said, null);
    }

    @Test
    void anOperatorSeesTheirOwnHotlinesCallsOnly() {
        OrganisationSummary line = staff.organisation(OrganisationType.HOTLINE, "KZ-75");
        QorgauUser first = staff.member(line, Role.HOTLINE_OPERATOR);
        QorgauUser colleague = staff.member(line, Role.HOTLINE_OPERATOR);
        QorgauUser other = staff.user(OrganisationType.HOTLINE, "KZ-75", Role.HOTLINE_OPERATOR);
        long id = SignedIn.as(first, () -> log.log(report("KZ-75", "Синтетика: рабочих держат на складе")));
        long wrong = SignedIn.as(first, () -> log.log(HotlineCommands.CallEntry.quick(CallType.WRONG_NUMBER)));

        assertThat(SignedIn.as(colleague, () -> log.call(id)).summary()).contains("держат на складе");
        assertThatThrownBy(() -> SignedIn.as(other, () -> log.call(id))).isInstanceOf(NotFoundException.class);
        assertThat(SignedIn.as(other, () -> log.page(CallLog.Filter.ALL, PageRequest.of(0, 50))).items())
                .extracting(HotlineViews.CallRow::id).doesNotContain(id, wrong);
        assertThat(SignedIn.as(first, () -> log.page(CallLog.Filter.AWAITING, PageRequest.of(0, 50))).items())
                .extracting(HotlineViews.CallRow::id).containsExactly(id);
        assertThat(SignedIn.as(first, () -> log.page(CallLog.Filter.NOISE, PageRequest.of(0, 50))).items())
                .extracting(HotlineViews.CallRow::id).containsExactly(wrong);
        assertThatThrownBy(() -> SignedIn.run(first, () -> log.noAction(wrong, "ошибка"))).hasMessageContaining(
                "hotline.error.no-follow-up");
        QorgauUser inspector = staff.user(OrganisationType.LABOUR_INSPECTORATE, "KZ-75", Role.LABOUR_INSPECTOR);
        assertThatThrownBy(() -> SignedIn.as(inspector, () -> log.call(id))).isInstanceOf(
                AccessDeniedException.class);
        byte[] stored = jdbc.sql("select summary from hotline_call where id = ?").param(id).query(byte[].class)
                .single();
        assertThat(new String(stored, StandardCharsets.UTF_8)).doesNotContain("складе");
    }

    @Test
    void aReportGoesToAPoliceUnitOfItsRegionWhichAloneAnswersOnce() {
        QorgauUser operator = staff.user(OrganisationType.HOTLINE, "KZ-75", Role.HOTLINE_OPERATOR);
        OrganisationSummary unit = staff.organisation(OrganisationType.POLICE_UNIT, "KZ-75");
        OrganisationSummary elsewhere = staff.organisation(OrganisationType.POLICE_UNIT, "KZ-19");
        QorgauUser investigator = staff.member(unit, Role.INVESTIGATOR);
        QorgauUser otherUnit = staff.member(elsewhere, Role.INVESTIGATOR);
        QorgauUser national = staff.member(staff.organisation(OrganisationType.POLICE_UNIT, null), Role.SUPERVISOR);
        long id = SignedIn.as(operator, () -> log.log(report("KZ-75", "Синтетика: у работниц забрали паспорта")));

        assertThatThrownBy(() -> SignedIn.run(operator, () -> log.notifyPolice(id, elsewhere.id())))
                .hasMessageContaining("police.error.unit");
        SignedIn.run(operator, () -> log.notifyPolice(id, unit.id()));
        assertThatThrownBy(() -> SignedIn.run(operator, () -> log.notifyPolice(id, unit.id()))).hasMessageContaining(
                "hotline.error.already-notified");

        HotlineViews.NotificationPage seen = SignedIn.as(investigator, () -> notifications.notification(id));
        assertThat(seen.summary()).contains("забрали паспорта");
        assertThat(seen.notice().state()).isEqualTo(PoliceNotice.State.AWAITING);
        assertThat(seen.mayAnswer()).isTrue();
        assertThat(SignedIn.as(investigator, () -> notifications.awaiting().awaiting())).isEqualTo(1);
        assertThatThrownBy(() -> SignedIn.as(otherUnit, () -> notifications.notification(id))).isInstanceOf(
                NotFoundException.class);
        assertThat(SignedIn.as(national, () -> notifications.notification(id)).mayAnswer()).isFalse();
        assertThatThrownBy(() -> SignedIn.run(national, () -> notifications.refused(id, "не наше")))
                .hasMessageContaining(
                        "police.error.other-unit");
        assertThatThrownBy(() -> SignedIn.run(investigator, () -> notifications.registered(id, "227500031000999")))
                .as("a case the unit may not see").hasMessageContaining("police.error.case-not-found");

        SignedIn.run(investigator, () -> notifications.refused(id, "Синтетика: признаков преступления нет"));
        assertThatThrownBy(() -> SignedIn.run(investigator, () -> notifications.refused(id, "ещё раз")))
                .hasMessageContaining("police.error.already-answered");
        HotlineViews.CallPage call = SignedIn.as(operator, () -> log.call(id));
        assertThat(call.outcomes()).containsExactly(Outcome.POLICE_REFUSED);
        assertThat(call.notice().state()).isEqualTo(PoliceNotice.State.REFUSED);
        assertThat(jdbc.sql("select answer from hotline_call where id = ?").param(id).query(String.class).single())
                .isEqualTo(PoliceAnswer.REFUSED.name());
        assertThat(audit.action("HOTLINE_POLICE_NOTIFIED").target(id).count()).isEqualTo(1);
        assertThat(audit.action("HOTLINE_NOTIFICATION_REFUSED").target(id).count()).isEqualTo(1);
    }

    @Test
    void aCallerInNeedBecomesAVictimRecordTheOperatorMayOpenAndTheCallShowsIt() {
        OrganisationSummary line = staff.organisation(OrganisationType.HOTLINE, "KZ-75");
        QorgauUser operator = staff.member(line, Role.HOTLINE_OPERATOR);
        QorgauUser colleague = staff.member(line, Role.HOTLINE_OPERATOR);
        VICTIM_OWNER.set(-1);
        long id = SignedIn.as(operator, () -> log.log(new HotlineCommands.CallEntry(Channel.WHATSAPP, null, "ky", 12,
                CallerType.POSSIBLE_VICTIM, false, RegionCode.of("KZ-75"), CountryCode.of("KG"),
                CallType.HELP_REQUEST, Set.of(Topic.DEBT_BONDAGE), "Синтетика: просит помочь уехать домой",
                "+996 555 000 000")));
        assertThatThrownBy(() -> SignedIn.run(operator, () -> log.identified(id, VICTIM))).as(
                "a record the operator may not open").hasMessageContaining("hotline.error.reference");
        VICTIM_OWNER.set(operator.organisationId());
        SignedIn.run(operator, () -> log.identified(id, " v-3333 3333 "));
        SignedIn.run(operator, () -> log.referred(id, "R-33333333"));
        assertThatThrownBy(() -> SignedIn.run(operator, () -> log.noAction(id, "передумал"))).hasMessageContaining(
                "hotline.error.followed-up");

        HotlineViews.CallPage page = SignedIn.as(operator, () -> log.call(id));
        assertThat(page.outcomes()).containsExactlyInAnyOrder(Outcome.VICTIM_IDENTIFIED, Outcome.REFERRED);
        assertThat(page.victimPage()).isEqualTo("/victims/9");
        assertThat(page.contact()).isEqualTo("+996 555 000 000");
        assertThat(page.mayRetype()).isFalse();
        VICTIM_OWNER.set(-1);
        assertThat(SignedIn.as(colleague, () -> log.call(id)).victimPage()).as("the record closed to the reader")
                .isNull();
        assertThatThrownBy(() -> SignedIn.run(operator, () -> log.log(new HotlineCommands.CallEntry(Channel.PHONE,
                null, "ru", 1, CallerType.RELATIVE, true, null, null, CallType.HELP_REQUEST, Set.of(), null,
                "+7 700 000 00 00")))).hasMessageContaining("hotline.error.contact-anonymous");
    }

    @Test
    void aPublicTipLandsAsAWebReportItsAddressOnlyHashedAndSoManyAnHour() {
        QorgauUser operator = staff.user(OrganisationType.HOTLINE, "KZ-75", Role.HOTLINE_OPERATOR);
        String address = "203.0.113." + (System.nanoTime() % 200 + 1);
        HotlineCommands.Tip tip = new HotlineCommands.Tip("Синтетика: на стройке в Алматы людей не выпускают",
                RegionCode.of("KZ-75"), null, null, "uz");
        for (int i = 0; i < 5; i++) {
            assertThat(tips.receive(tip, address)).isEqualTo(TipBox.Receipt.RECEIVED);
        }
        assertThat(tips.receive(tip, address)).isEqualTo(TipBox.Receipt.LIMITED);
        assertThat(tips.receive(tip, address + "1")).isEqualTo(TipBox.Receipt.RECEIVED);
        assertThatThrownBy(() -> tips.receive(new HotlineCommands.Tip("коротко", null, null, null, "ru"), address))
                .hasMessageContaining("public.report.error.account");
        assertThatThrownBy(() -> tips.receive(new HotlineCommands.Tip("x".repeat(4001), null, null, null, "ru"),
                address)).hasMessageContaining("public.report.error.too-long");

        assertThat(jdbc.sql("select count(*) from hotline_call where address_hash like ?").param("%" + address + "%")
                .query(Long.class).single()).as("the address itself is nowhere").isZero();
        assertThat(jdbc.sql("select count(*) from hotline_call where channel = 'WEB_FORM' and call_type ="
                + " 'SUSPECTED_CASE' and language = 'uz' and anonymous and address_hash is not null").query(Long.class)
                .single()).isGreaterThanOrEqualTo(6);
        long hotline = jdbc.sql("select hotline_id from hotline_call where channel = 'WEB_FORM' limit 1").query(
                Long.class).single();
        if (hotline == operator.organisationId()) {
            assertThat(SignedIn.as(operator, () -> log.page(CallLog.Filter.AWAITING, PageRequest.of(0, 50)))
                    .totalItems()).isGreaterThanOrEqualTo(6);
        }
    }

    @Test
    void aPastYearsFundingIsRevisedOnlyWithAReason() {
        QorgauUser operator = staff.user(OrganisationType.HOTLINE, "KZ-75", Role.HOTLINE_OPERATOR);
        SignedIn.run(operator, () -> funding.record(new HotlineCommands.Funding(2022, FundingSource.STATE, 0L,
                "Синтетика: отчёт НПО за 2022 год", null)));
        assertThatThrownBy(() -> SignedIn.run(operator, () -> funding.record(new HotlineCommands.Funding(2022,
                FundingSource.STATE, 5_000_000L, "Синтетика: другой отчёт", null)))).hasMessageContaining(
                        "hotline.error.revision-reason");
        SignedIn.run(operator, () -> funding.record(new HotlineCommands.Funding(2022, FundingSource.STATE, 0L,
                "Синтетика: отчёт НПО за 2022 год, уточнённый", "Синтетика: уточнение")));
        assertThat(SignedIn.as(operator, funding::lines)).singleElement().satisfies(line -> {
            assertThat(line.amountKzt()).isZero();
            assertThat(line.revisions()).hasSize(2);
        });
        assertThatThrownBy(() -> SignedIn.run(operator, () -> funding.record(new HotlineCommands.Funding(2999,
                FundingSource.STATE, 1L, "будущее", null)))).hasMessageContaining("hotline.error.year");
    }
}
