package kz.qorgau.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;

import kz.qorgau.ModuleDatabase;
import kz.qorgau.SignedIn;
import kz.qorgau.Staff;
import kz.qorgau.audit.AuditAssertions;
import kz.qorgau.identity.Accounts;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.identity.Role;
import kz.qorgau.organisations.OrganisationRegistry;
import kz.qorgau.organisations.OrganisationType;
import kz.qorgau.persons.PersonRegistry;
import kz.qorgau.shared.NotFoundException;
import kz.qorgau.shared.RuleViolationException;
import kz.qorgau.system.WorkQueue;
import kz.qorgau.victims.ConsentDecision;
import kz.qorgau.victims.ConsentScope;
import kz.qorgau.victims.VictimBuilder;
import kz.qorgau.victims.VictimCommands;
import kz.qorgau.victims.VictimDetails;
import kz.qorgau.victims.VictimRegistry;
import kz.qorgau.victims.VictimViews;

/**
 * The referral mechanism with every module it needs (victims reach persons and cases), on a database of its own:
 * a referral sent behind the consent gate, answered by the receiving organisation alone, the victim record opened
 * to the receiver only once accepted, services recorded against an accepted referral, each step audited and
 * notified to the other side.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ModuleDatabase
class ReferralsModuleTests {

    static final LocalDate SCREENED = LocalDate.of(2026, 3, 2);

    final ReferralMechanism referrals;
    final ReferralList lists;
    final ReferralDetails details;
    final ReferralNotices notices;
    final VictimRegistry victimRegistry;
    final VictimDetails victims;
    final VictimBuilder victimBuilder;
    final Staff staff;
    final AuditAssertions audit;

    ReferralsModuleTests(ReferralMechanism referrals, ReferralList lists, ReferralDetails details,
            ReferralNotices notices, VictimRegistry victimRegistry,
            VictimDetails victims, PersonRegistry persons,
            OrganisationRegistry organisations, Accounts accounts, JdbcClient jdbc) {
        this.referrals = referrals;
        this.lists = lists;
        this.details = details;
        this.notices = notices;
        this.victimRegistry = victimRegistry;
        this.victims = victims;
        this.victimBuilder = new VictimBuilder(victimRegistry, persons);
        this.staff = new Staff(organisations, accounts);
        this.audit = new AuditAssertions(jdbc);
    }

    @Autowired
    ReferralQueue queue;
    @Autowired
    ReferralReferenceFinder finder;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrganisationRegistry organisations;

    QorgauUser inspector() {
        return staff.user(OrganisationType.LABOUR_INSPECTORATE, "KZ-19", Role.LABOUR_INSPECTOR);
    }

    ReferralViews.ReferralView refer(QorgauUser sender, VictimViews.VictimView victim, long to) {
        return SignedIn.as(sender, () -> referrals.send(new ReferralCommands.NewReferral(victim.id(), to,
                Set.of(ServiceType.SHELTER, ServiceType.LEGAL), ReferralKind.REFERRAL, null,
                "Synthetic: needs a bed.")));
    }

    @Test
    void theReceiverSeesTheVictimRecordOnlyOnceItAcceptsTheReferral() {
        QorgauUser inspector = inspector();
        QorgauUser caseWorker = staff.caseWorker("KZ-19");
        VictimViews.VictimView victim = victimBuilder.identified(inspector, SCREENED, null);

        ReferralViews.ReferralView sent = refer(inspector, victim, caseWorker.organisationId());
        assertThat(sent.status()).isEqualTo(ReferralStatus.PENDING);
        assertThat(SignedIn.as(caseWorker, () -> lists.inbox(ReferralStatus.PENDING, PageRequest.of(0, 50)).items()))
                .extracting(ReferralViews.ReferralListItem::id).containsExactly(sent.id());
        assertThat(SignedIn.as(caseWorker, notices::unreadNotifications)).isEqualTo(1);
        assertThat(victims.visibleTo(victim.id(), caseWorker)).isFalse();

        ReferralViews.ReferralView accepted = SignedIn.as(caseWorker, () -> referrals.accept(sent.id()));

        assertThat(accepted.status()).isEqualTo(ReferralStatus.ACCEPTED);
        assertThat(victims.visibleTo(victim.id(), caseWorker)).isTrue();
        assertThat(SignedIn.as(caseWorker, () -> victims.get(victim.id())).reference()).isEqualTo(victim.reference());
        assertThat(SignedIn.as(inspector, notices::notifications)).extracting(ReferralViews.NotificationView::step)
                .containsExactly(StepKind.ACCEPTED);
        assertThat(audit.record("referral", sent.id()).actions()).containsExactly("REFERRAL_SENT", "REFERRAL_ACCEPTED");
        assertThat(audit.record("referral", sent.id()).actors()).containsExactly(inspector.getUsername(),
                caseWorker.getUsername());
    }

    @Test
    void noReferralWithoutTheVictimsConsentToBeReferred() {
        QorgauUser inspector = inspector();
        QorgauUser caseWorker = staff.caseWorker("KZ-19");
        VictimViews.VictimView victim = victimBuilder.identified(inspector, SCREENED, null);
        SignedIn.as(inspector, () -> victimRegistry.recordConsent(victim.id(), new VictimCommands.ConsentAnswer(
                ConsentScope.REFERRAL, ConsentDecision.WITHDRAWN, SCREENED.plusDays(1))));

        assertThatThrownBy(() -> refer(inspector, victim, caseWorker.organisationId()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("referral.error.no-consent");
        assertThat(SignedIn.as(caseWorker, () -> lists.inbox(null, PageRequest.of(0, 50)).items())).isEmpty();
        assertThat(audit.action("REFERRAL_SENT").by(inspector.getUsername()).count()).isZero();
    }

    @Test
    void onlyTheReceivingOrganisationAnswersAndADeclinedReferralOpensNothing() {
        QorgauUser inspector = inspector();
        QorgauUser caseWorker = staff.caseWorker("KZ-19");
        QorgauUser otherShelter = staff.caseWorker("KZ-19");
        VictimViews.VictimView victim = victimBuilder.identified(inspector, SCREENED, null);
        ReferralViews.ReferralView sent = refer(inspector, victim, caseWorker.organisationId());

        assertThatThrownBy(() -> SignedIn.as(otherShelter, () -> referrals.accept(sent.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SignedIn.as(inspector, () -> referrals.accept(sent.id())))
                .hasMessageContaining("referral.error.receiver-only");
        ReferralViews.ReferralView declined = SignedIn.as(caseWorker, () -> referrals.decline(sent.id(),
                new ReferralCommands.Decline(DeclineReason.NO_CAPACITY, "Synthetic: no beds.")));

        assertThat(declined.status()).isEqualTo(ReferralStatus.DECLINED);
        assertThat(victims.visibleTo(victim.id(), caseWorker)).isFalse();
        assertThat(audit.action("REFERRAL_DECLINED").record("referral", sent.id()).last().clearDetails())
                .containsEntry("reason", "NO_CAPACITY");
        assertThat(audit.record("referral", sent.id()).detailsContaining("no beds").count()).isZero();
    }

    @Test
    void aServiceIsRecordedByTheAssistingOrganisationAgainstItsAcceptedReferral() {
        QorgauUser inspector = inspector();
        QorgauUser caseWorker = staff.caseWorker("KZ-19");
        VictimViews.VictimView victim = victimBuilder.identified(inspector, SCREENED, null);
        ReferralViews.ReferralView sent = refer(inspector, victim, caseWorker.organisationId());
        ReferralCommands.NewEpisode shelter = new ReferralCommands.NewEpisode(victim.id(), sent.id(),
                ServiceType.SHELTER, SCREENED.plusDays(2), SCREENED.plusDays(32), 450_000L, FundingSource.STATE_BUDGET);

        assertThatThrownBy(() -> SignedIn.as(caseWorker, () -> referrals.recordService(shelter)))
                .isInstanceOf(NotFoundException.class);
        SignedIn.as(caseWorker, () -> referrals.accept(sent.id()));
        ReferralViews.EpisodeView episode = SignedIn.as(caseWorker, () -> referrals.recordService(shelter));

        assertThat(episode.organisationId()).isEqualTo(caseWorker.organisationId());
        assertThat(episode.costKzt()).isEqualTo(450_000L);
        assertThat(SignedIn.as(caseWorker, () -> details.get(sent.id())).episodes())
                .extracting(ReferralViews.EpisodeView::id).containsExactly(episode.id());
        assertThat(audit.action("SERVICE_RECORDED").record("service-episode", episode.id()).actors())
                .containsExactly(caseWorker.getUsername());
        ReferralViews.ReferralView completed = SignedIn.as(caseWorker, () -> referrals.complete(sent.id(),
                new ReferralCommands.Note(null)));
        assertThat(completed.status()).isEqualTo(ReferralStatus.COMPLETED);
    }

    @Test
    void theQueueCountsWhatAwaitsTheOrganisationsAnswerAndNothingOfOtherOrganisations() {
        QorgauUser inspector = inspector();
        QorgauUser caseWorker = staff.caseWorker("KZ-19");
        QorgauUser colleague = staff.member(organisations.get(caseWorker.organisationId()), Role.CASE_WORKER);
        QorgauUser otherShelter = staff.caseWorker("KZ-19");
        ReferralViews.ReferralView pending = refer(inspector, victimBuilder.identified(inspector, SCREENED, null),
                caseWorker.organisationId());
        ReferralViews.ReferralView late = refer(inspector, victimBuilder.identified(inspector, SCREENED, null),
                caseWorker.organisationId());
        ReferralViews.ReferralView accepted = refer(inspector, victimBuilder.identified(inspector, SCREENED, null),
                caseWorker.organisationId());
        SignedIn.as(caseWorker, () -> referrals.accept(accepted.id()));
        // as if sent five days ago: its answer was due two days ago (the form accepts no date in the past)
        jdbc.sql("update referrals_referral set sent_on = current_date - 5, answer_due_on = current_date - 2 "
                + "where id = ?").param(late.id()).update();

        List<WorkQueue.Item> items = SignedIn.as(colleague, queue::items);
        assertThat(items).extracting(WorkQueue.Item::messageKey, WorkQueue.Item::count).containsExactly(
                tuple("queue.referrals.to-answer", 2L), tuple("queue.referrals.overdue", 1L),
                tuple("queue.referrals.services", 1L));
        assertThat(SignedIn.as(colleague, () -> lists.inbox(ReferralStatus.PENDING, true, PageRequest.of(0, 50))
                .items())).extracting(ReferralViews.ReferralListItem::id).containsExactly(late.id());
        assertThat(SignedIn.as(colleague, () -> lists.inbox(ReferralStatus.PENDING, false, PageRequest.of(0, 50))
                .items())).extracting(ReferralViews.ReferralListItem::id).containsExactlyInAnyOrder(pending.id(),
                        late.id());
        assertThat(SignedIn.as(colleague, lists::awaitingAnswer)).isEqualTo(2);
        assertThat(SignedIn.as(otherShelter, queue::items)).extracting(WorkQueue.Item::count)
                .containsOnly(0L);
        assertThat(SignedIn.as(otherShelter, lists::awaitingAnswer)).isZero();
        // the inspector sent them: nothing awaits the inspectorate's answer
        assertThat(SignedIn.as(inspector, lists::awaitingAnswer)).isZero();
    }

    @Test
    void theReferenceSearchFindsAReferralOfTheOrganisationOnlyAndAnswersOtherwiseAsForNone() {
        QorgauUser inspector = inspector();
        QorgauUser caseWorker = staff.caseWorker("KZ-19");
        QorgauUser otherShelter = staff.caseWorker("KZ-19");
        ReferralViews.ReferralView sent = refer(inspector, victimBuilder.identified(inspector, SCREENED, null),
                caseWorker.organisationId());

        assertThat(SignedIn.as(caseWorker, () -> finder.find(sent.reference()))).contains("/referrals/" + sent.id());
        assertThat(SignedIn.as(inspector, () -> finder.find(sent.reference()))).contains("/referrals/" + sent.id());
        assertThat(SignedIn.as(otherShelter, () -> finder.find(sent.reference()))).isEmpty();
        assertThat(SignedIn.as(otherShelter, () -> finder.find("R-2222AAAA"))).isEmpty();
    }
}
