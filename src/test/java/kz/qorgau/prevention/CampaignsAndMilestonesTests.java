package kz.qorgau.prevention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

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
import kz.qorgau.shared.RegionCode;
import kz.qorgau.system.DisplayFormat;

/**
 * Campaigns and milestones on a database of their own: a campaign with its audiences, channels, languages and regions,
 * its reach with how it was measured and its budget with its source (both or neither); a year's milestones in
 * chronological order in the reader's language; bad input changes nothing.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES,
        extraIncludes = { "identity", "organisations" })
@ModuleDatabase
class CampaignsAndMilestonesTests {

    final Campaigns campaigns;
    final Milestones milestones;
    final Staff staff;
    final JdbcClient jdbc;
    final AuditAssertions audit;
    final LocalDate today;

    CampaignsAndMilestonesTests(Campaigns campaigns, Milestones milestones, OrganisationRegistry organisations,
            Accounts accounts, JdbcClient jdbc, DisplayFormat format) {
        this.campaigns = campaigns;
        this.milestones = milestones;
        this.staff = new Staff(organisations, accounts);
        this.jdbc = jdbc;
        this.audit = new AuditAssertions(jdbc);
        this.today = format.today();
    }

    static CampaignCommands.Campaign campaign(LocalDate from, LocalDate to, Long reach, String method, Long budget,
            FundingSource source) {
        return new CampaignCommands.Campaign("Кампания (тест)", "МИОР", Set.of(CampaignAudience.CHILDREN,
                CampaignAudience.MIGRANTS), Set.of(Channel.RADIO), Set.of("kk", "ru"), Set.of(RegionCode.of("KZ-75")),
                from, to, reach, method, budget, source);
    }

    long rows() {
        return jdbc.sql("select (select count(*) from prevention_campaign) + (select count(*) from"
                + " prevention_milestone)").query(Long.class).single();
    }

    @Test
    void aCampaignRunsInTheYearsOfItsPeriod() {
        QorgauUser analyst = staff.user(OrganisationType.CENTRAL_GOVERNMENT_ORGANISATION, null, Role.ANALYST);
        long id = SignedIn.as(analyst, () -> campaigns.record(campaign(LocalDate.of(2011, 11, 1), LocalDate.of(2012, 2,
                1), 5_000L, "Слушатели по данным радиостанции", 1_000_000L, FundingSource.STATE)));
        assertThat(SignedIn.as(analyst, () -> campaigns.of(2011))).extracting(Campaigns.Campaign::id).contains(id);
        assertThat(SignedIn.as(analyst, () -> campaigns.of(2012))).extracting(Campaigns.Campaign::id).contains(id);
        assertThat(SignedIn.as(analyst, () -> campaigns.of(2013))).extracting(Campaigns.Campaign::id)
                .doesNotContain(id);
        Campaigns.Campaign read = SignedIn.as(analyst, () -> campaigns.of(2011)).stream().filter(c -> c.id() == id)
                .findFirst().orElseThrow();
        assertThat(read.audiences()).containsExactlyInAnyOrder(CampaignAudience.CHILDREN, CampaignAudience.MIGRANTS);
        assertThat(read.languages()).containsExactly("kk", "ru");
        assertThat(read.regions()).containsExactly(RegionCode.of("KZ-75"));
        assertThat(read.budgetKzt()).isEqualTo(1_000_000L);
        assertThat(audit.action("CAMPAIGN_RECORDED").record("campaign", id).count()).isEqualTo(1);
    }

    @Test
    void aYearsMilestonesAreInChronologicalOrderInTheReadersLanguage() {
        QorgauUser analyst = staff.user(OrganisationType.CENTRAL_GOVERNMENT_ORGANISATION, null, Role.ANALYST);
        long order = SignedIn.as(analyst, () -> milestones.record(new CampaignCommands.Milestone(LocalDate.of(2008,
                9, 1), MilestoneKind.ORDER, "Приказ (тест)", null, "Order (test)", "№ 1")));
        long law = SignedIn.as(analyst, () -> milestones.record(new CampaignCommands.Milestone(LocalDate.of(2008, 3,
                5), MilestoneKind.LAW, "Закон (тест)", "Заң (тест)", null, null)));
        SignedIn.as(analyst, () -> milestones.record(new CampaignCommands.Milestone(LocalDate.of(2009, 1, 1),
                MilestoneKind.AMENDMENT, "Поправка (тест)", null, null, null)));
        var english = SignedIn.as(analyst, () -> milestones.of(2008, Locale.ENGLISH));
        assertThat(english).extracting(Milestones.Entry::id).containsExactly(law, order);
        assertThat(english).extracting(Milestones.Entry::title).containsExactly("Закон (тест)", "Order (test)");
        assertThat(SignedIn.as(analyst, () -> milestones.of(2008, Locale.forLanguageTag("kk")))).extracting(
                Milestones.Entry::title).containsExactly("Заң (тест)", "Приказ (тест)");
    }

    @Test
    void badInputChangesNothing() {
        QorgauUser analyst = staff.user(OrganisationType.CENTRAL_GOVERNMENT_ORGANISATION, null, Role.ANALYST);
        long before = rows();
        assertThatThrownBy(() -> SignedIn.as(analyst, () -> campaigns.record(campaign(LocalDate.of(2020, 2, 1),
                LocalDate.of(2020, 1, 1), null, null, null, null)))).hasMessageContaining(
                        "campaign.error.end-before-start");
        assertThatThrownBy(() -> SignedIn.as(analyst, () -> campaigns.record(campaign(LocalDate.of(2020, 1, 1),
                LocalDate.of(2020, 2, 1), 100L, null, null, null)))).hasMessageContaining(
                        "campaign.error.reach-method");
        assertThatThrownBy(() -> SignedIn.as(analyst, () -> campaigns.record(campaign(LocalDate.of(2020, 1, 1),
                LocalDate.of(2020, 2, 1), -5L, "Оценка", null, null)))).hasMessageContaining(
                        "prevention.error.negative");
        assertThatThrownBy(() -> SignedIn.as(analyst, () -> campaigns.record(campaign(LocalDate.of(2020, 1, 1),
                LocalDate.of(2020, 2, 1), null, null, 100L, null)))).hasMessageContaining("prevention.error.required");
        assertThatThrownBy(() -> SignedIn.as(analyst, () -> campaigns.record(campaign(today.plusDays(2), today
                .plusDays(3), null, null, null, null)))).hasMessageContaining("prevention.error.future");
        assertThatThrownBy(() -> SignedIn.as(analyst, () -> campaigns.record(new CampaignCommands.Campaign("Т", "О",
                Set.of(), Set.of(Channel.RADIO), Set.of("ru"), null, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1,
                        2), null, null, null, null)))).hasMessageContaining("campaign.error.choose");
        assertThatThrownBy(() -> SignedIn.as(analyst, () -> milestones.record(new CampaignCommands.Milestone(today
                .plusDays(1), MilestoneKind.LAW, "Закон", null, null, null)))).hasMessageContaining(
                        "prevention.error.future");
        QorgauUser hotline = staff.user(OrganisationType.HOTLINE, "KZ-75", Role.HOTLINE_OPERATOR);
        assertThatThrownBy(() -> SignedIn.as(hotline, () -> milestones.of(2022, Locale.ENGLISH))).isInstanceOf(
                AccessDeniedException.class);
        assertThat(rows()).isEqualTo(before);
    }
}
