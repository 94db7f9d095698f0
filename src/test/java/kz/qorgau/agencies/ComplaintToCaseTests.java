package kz.qorgau.agencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import kz.qorgau.FullTest;
import kz.qorgau.QorgauTest;
import kz.qorgau.SignedIn;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.shared.SyntheticBins;

/**
 * The chain from a complaint to a criminal case, with the real modules and the demo's records: the hotline records a
 * complaint against an agency; the licensing inspector refers the agency to the police, and records the complaint's
 * outcome; the Almaty investigator names the agency in a case of their region, registered on that referral; the
 * agency's page then shows the case to the investigator, and not to the inspector or the consul, who may not open it.
 * An informal intermediary named in the complaint and in the case is one intermediary with two reports.
 */
@QorgauTest
class ComplaintToCaseTests extends FullTest {

    @Autowired
    AgencyRegister register;
    @Autowired
    ComplaintBook complaints;
    @Autowired
    MentionBook mentions;
    @Autowired
    IntermediaryBook intermediaries;

    @Test
    void aComplaintLeadsToAReferralToThePoliceAndTheCaseItOpened() {
        QorgauUser inspector = users.demo("inspector");
        QorgauUser hotline = users.demo("hotline");
        QorgauUser investigator = users.demo("investigator");
        QorgauUser consul = users.demo("consul");
        LocalDate today = LocalDate.now();
        long agency = SignedIn.as(inspector, () -> register.register(new AgencyCommands.Registration(SyntheticBins
                .bin(new Random(4_242)).value(), "ТОО «Цепочка (тест)»", null, null, "Алматинская область, тест",
                inspector.regions().iterator().next(), "KZ19-2025-042", today.minusYears(1), null, EnumSet.of(
                        Placement.ABROAD), Set.of())));
        long complaint = SignedIn.as(hotline, () -> complaints.receive(agency, new AgencyCommands.ComplaintReceipt(
                today.minusDays(5), ComplaintSource.HOTLINE, EnumSet.of(Allegation.TRAFFICKING_INDICATORS,
                        Allegation.DOCUMENTS_RETAINED), "Тест: паспорта у посредника «Тест Посредник Цепочкин»")));
        long referral = SignedIn.as(inspector, () -> register.sanction(agency, new AgencyCommands.SanctionDecision(
                SanctionKind.POLICE_REFERRAL, today.minusDays(3), "Инспекция труда (тест)", "Письмо № 1 (тест)", null,
                "Признаки торговли людьми")));
        SignedIn.run(inspector, () -> complaints.decide(complaint, new AgencyCommands.ComplaintDecision(
                ComplaintOutcome.REFERRED_TO_POLICE, today.minusDays(3), null)));
        String erdr = jdbc.sql("select erdr_number from cases_case where region_code = 'KZ-75' order by id limit 1")
                .query(String.class).single();

        assertThatThrownBy(() -> SignedIn.run(inspector, () -> mentions.mention(agency, erdr, referral)))
                .as("the inspector may not open the case").hasMessageContaining("intermediary.error.source-not-found");
        SignedIn.run(investigator, () -> mentions.mention(agency, erdr, referral));

        assertThat(SignedIn.as(investigator, () -> mentions.of(agency))).singleElement().satisfies(mention -> {
            assertThat(mention.kind()).isEqualTo(ReportSource.CASE);
            assertThat(mention.sanctionId()).isEqualTo(referral);
            assertThat(mention.page()).startsWith("/cases/");
        });
        assertThat(SignedIn.as(inspector, () -> mentions.of(agency))).isEmpty();
        assertThat(SignedIn.as(consul, () -> mentions.of(agency))).isEmpty();

        long fromComplaint = SignedIn.as(hotline, () -> intermediaries.report(new AgencyCommands.IntermediaryReport(
                IntermediaryKind.PERSON, null, "Тест Посредник Цепочкин", today.minusDays(5), ReportSource.COMPLAINT,
                complaint, null, EnumSet.of(IntermediaryActivity.DOCUMENTS), null)));
        long fromCase = SignedIn.as(investigator, () -> intermediaries.report(new AgencyCommands.IntermediaryReport(
                IntermediaryKind.PERSON, null, "Цепочкин Тест Посредник", today, ReportSource.CASE, null, erdr, EnumSet
                        .of(IntermediaryActivity.JOBS_ABROAD), null)));
        assertThat(fromCase).isEqualTo(fromComplaint);
        assertThat(SignedIn.as(investigator, () -> intermediaries.intermediary(fromCase)).reports()).hasSize(2);
        assertThat(SignedIn.as(consul, () -> intermediaries.intermediary(fromCase)).name()).isNull();
    }
}
