package kz.qorgau.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;

import kz.qorgau.FullTest;
import kz.qorgau.QorgauTest;
import kz.qorgau.SignedIn;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.demo.DemoOrganisations;
import kz.qorgau.organisations.OrganisationDetails;
import kz.qorgau.organisations.OrganisationSummary;
import kz.qorgau.organisations.OrganisationRegistry;
import kz.qorgau.organisations.OrganisationType;
import kz.qorgau.persons.PersonId;
import kz.qorgau.persons.PersonRegistry;
import kz.qorgau.persons.SyntheticPersons;
import kz.qorgau.shared.NotFoundException;
import kz.qorgau.shared.PageResponse;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.RuleViolationException;
import kz.qorgau.shared.Sex;
import kz.qorgau.system.SystemActor;
import kz.qorgau.victims.ConsentDecision;
import kz.qorgau.victims.ConsentScope;
import kz.qorgau.victims.SyntheticVictims;
import kz.qorgau.victims.TraffickingStatus;
import kz.qorgau.victims.VictimCommands;
import kz.qorgau.victims.VictimDetails;
import kz.qorgau.victims.VictimRegistry;
import kz.qorgau.victims.VictimViews;
import kz.qorgau.victims.Vulnerability;
import java.nio.charset.StandardCharsets;

/** The referral lifecycle on the real database: gates, answers, access it opens, transfers, notices, services. */
@QorgauTest
class ReferralLifecycleTests extends FullTest {

    static final LocalDate SCREENED = LocalDate.of(2026, 3, 2);

    @Autowired
    ReferralMechanism referrals;
    @Autowired
    ReferralDetails details;
    @Autowired
    ReferralNotices notices;
    @Autowired
    ReferralProviders providers;
    @Autowired
    VictimRegistry victims;
    @Autowired
    VictimDetails victimDetails;
    @Autowired
    ReferralList referralList;
    @Autowired
    PersonRegistry persons;
    @Autowired
    OrganisationRegistry organisations;
    @Autowired
    ReferralQueue queue;

    long shelter() {
        return users.organisation(DemoOrganisations.SHELTER_ALMATY);
    }

    VictimViews.VictimView identified(Map<ConsentScope, ConsentDecision> consents) {
        QorgauUser inspector = users.demo("inspector");
        long person = SignedIn.as(inspector, () -> persons.register(SyntheticPersons.complete())).value();
        return SignedIn.as(inspector, () -> victims.register(new VictimCommands.Registration(person, false,
                SyntheticVictims.farmWorker("UZ"), SyntheticVictims.farmScreening(SCREENED, TraffickingStatus.PRESUMED),
                consents)));
    }

    VictimViews.VictimView consenting() {
        return identified(Map.of(ConsentScope.PROCESSING, ConsentDecision.GIVEN, ConsentScope.REFERRAL,
                ConsentDecision.GIVEN));
    }

    ReferralViews.ReferralView refer(VictimViews.VictimView victim, String from, long to, ReferralKind kind,
            ServiceType... services) {
        QorgauUser sender = users.demo(from);
        return SignedIn.as(sender, () -> referrals.send(new ReferralCommands.NewReferral(victim.id(), to,
                Set.of(services), kind, null, "Synthetic: needs a bed tonight.")));
    }

    long auditCount(String action, long referral) {
        return audit.action(action).target(referral).count();
    }

    @Test
    void theReferralPagesStillNameAReceiverDeactivatedAfterTheReferral() throws Exception {
        String name = "Синтетический приют " + System.nanoTime();
        OrganisationSummary receiver = SystemActor.call(() -> organisations.register(new OrganisationDetails(name,
                null, "Synthetic shelter", OrganisationType.SHELTER, new RegionCode("KZ-75"), null)));
        VictimViews.VictimView victim = consenting();
        ReferralViews.ReferralView sent = refer(victim, "inspector", receiver.id(), ReferralKind.REFERRAL,
                ServiceType.SHELTER);
        SystemActor.run(() -> organisations.deactivate(receiver.id()));

        for (String page : List.of("/referrals/" + sent.id(), "/referrals/outbox",
                "/referrals/for-victim/" + victim.id())) {
            mvc.perform(get(page).with(users.as("inspector"))).andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString(name)));
        }
    }

    @Test
    void aReferralIsSentAcceptedServedAndCompletedWithEachStepAuditedAndNotified() {
        VictimViews.VictimView victim = consenting();
        QorgauUser caseworker = users.demo("caseworker");
        QorgauUser inspector = users.demo("inspector");
        ReferralViews.ReferralView sent = refer(victim, "inspector", shelter(), ReferralKind.REFERRAL,
                ServiceType.SHELTER, ServiceType.MEDICAL);
        assertThat(sent.status()).isEqualTo(ReferralStatus.PENDING);
        assertThat(sent.reference()).matches("R-[2-9A-HJKMNP-Z]{8}");
        assertThat(sent.answerDueOn()).isEqualTo(sent.sentOn().plusDays(3));
        assertThat(sent.details()).isEqualTo("Synthetic: needs a bed tonight.");
        assertThat(new String(jdbc.sql("select details from referrals_referral where id = ?").param(sent.id())
                .query(byte[].class).single(), StandardCharsets.UTF_8)).doesNotContain("Synthetic");

        // the shelter sees it in its inbox and is notified; until it accepts, it sees the referral, not the record
        assertThat(SignedIn.as(caseworker, () -> referralList.inbox(ReferralStatus.PENDING, PageRequest.of(0, 500))
                .items()))
                .extracting(ReferralViews.ReferralListItem::id).contains(sent.id());
        assertThat(SignedIn.as(caseworker, () -> notices.notifications()))
                .anySatisfy(n -> assertThat(n.referralId() == sent.id() && n.step() == StepKind.SENT && !n.read())
                        .isTrue());
        // the menu bar: the count of every unread notice and the newest of them, the one just sent first
        ReferralNotices.Unread unread = SignedIn.as(caseworker, () -> notices.unread(ReferralMenu.LATEST));
        assertThat(unread.count()).isEqualTo(SignedIn.as(caseworker, () -> notices.unreadNotifications()))
                .isPositive();
        assertThat(unread.newest()).hasSizeLessThanOrEqualTo(ReferralMenu.LATEST)
                .hasSize((int) Math.min(unread.count(), ReferralMenu.LATEST)).noneMatch(
                        ReferralViews.NotificationView::read);
        assertThat(unread.newest().getFirst().referralId()).isEqualTo(sent.id());
        assertThat(SignedIn.as(caseworker, () -> details.get(sent.id())).mayOpenVictim()).isFalse();
        assertThatThrownBy(() -> SignedIn.as(caseworker, () -> victimDetails.get(victim.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(SignedIn.as(caseworker, () -> persons.maySee(new PersonId(victim.personId())))).isFalse();

        SignedIn.as(caseworker, () -> referrals.accept(sent.id()));
        assertThat(SignedIn.as(caseworker, () -> victimDetails.get(victim.id())).maySeePersonalData()).isTrue();
        assertThat(SignedIn.as(caseworker, () -> persons.maySee(new PersonId(victim.personId())))).isTrue();
        assertThat(SignedIn.as(inspector, () -> notices.notifications()))
                .anySatisfy(n -> assertThat(n.referralId() == sent.id() && n.step() == StepKind.ACCEPTED).isTrue());

        ReferralViews.EpisodeView episode = SignedIn.as(caseworker, () -> referrals.recordService(
                new ReferralCommands.NewEpisode(victim.id(), sent.id(), ServiceType.SHELTER, LocalDate.of(2026, 3, 3),
                        LocalDate.of(2026, 4, 2), 180_000L, FundingSource.STATE_BUDGET)));
        assertThat(episode.organisationId()).isEqualTo(shelter());
        ReferralViews.ReferralView completed = SignedIn.as(caseworker, () -> referrals.complete(sent.id(),
                new ReferralCommands.Note("Synthetic: moved to own flat.")));
        assertThat(completed.status()).isEqualTo(ReferralStatus.COMPLETED);
        assertThat(completed.steps()).extracting(ReferralViews.StepView::step)
                .containsExactly(StepKind.SENT, StepKind.ACCEPTED, StepKind.COMPLETED);
        assertThat(completed.episodes()).singleElement().extracting(ReferralViews.EpisodeView::costKzt).isEqualTo(
                180_000L);
        // the owner sees all referrals and services of its victim
        ReferralViews.VictimSection section = SignedIn.as(inspector, () -> details.forVictim(victim.id()));
        assertThat(section.totalCostKzt()).isEqualTo(180_000L);
        for (String action : List.of("REFERRAL_SENT", "REFERRAL_ACCEPTED", "REFERRAL_COMPLETED")) {
            assertThat(auditCount(action, sent.id())).as(action).isEqualTo(1);
        }
        assertThat(audit.action("SERVICE_RECORDED").target(episode.id()).count()).isEqualTo(1);
    }

    @Test
    void anIdentifiedPersonIsNotReferredWithoutConsentAndNothingIsSaved() {
        VictimViews.VictimView victim = identified(Map.of(ConsentScope.PROCESSING, ConsentDecision.GIVEN,
                ConsentScope.REFERRAL, ConsentDecision.REFUSED));
        assertThatThrownBy(() -> refer(victim, "inspector", shelter(), ReferralKind.REFERRAL, ServiceType.SHELTER))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("referral.error.no-consent");
        assertThat(jdbc.sql("select count(*) from referrals_referral where victim_id = ?").param(victim.id())
                .query(Long.class).single()).isZero();
        // once the person agrees, the referral goes
        QorgauUser inspector = users.demo("inspector");
        SignedIn.as(inspector, () -> victims.recordConsent(victim.id(), new VictimCommands.ConsentAnswer(
                ConsentScope.REFERRAL, ConsentDecision.GIVEN, SCREENED.plusDays(1))));
        assertThat(refer(victim, "inspector", shelter(), ReferralKind.REFERRAL, ServiceType.LEGAL).status())
                .isEqualTo(ReferralStatus.PENDING);
    }

    @Test
    void theAnonymousRouteRefersWithoutIdentity() {
        QorgauUser consul = users.demo("consul");
        QorgauUser caseworker = users.demo("caseworker");
        VictimViews.VictimView victim = SignedIn.as(consul,
                () -> victims.register(SyntheticVictims.anonymousAbroad(SCREENED)));
        ReferralViews.ReferralView sent = refer(victim, "consul", shelter(), ReferralKind.REFERRAL,
                ServiceType.REPATRIATION);
        assertThat(sent.anonymous()).isTrue();
        SignedIn.as(caseworker, () -> referrals.accept(sent.id()));
        VictimViews.VictimView seen = SignedIn.as(caseworker, () -> victimDetails.get(victim.id()));
        assertThat(seen.anonymous()).isTrue();
        assertThat(seen.personId()).isNull();
        assertThat(seen.maySeePersonalData()).isFalse();
    }

    @Test
    void aDeclineClosesTheRecordToTheReceiverAndTheSenderRevokesOnlyWhilePending() {
        QorgauUser caseworker = users.demo("caseworker");
        QorgauUser inspector = users.demo("inspector");
        VictimViews.VictimView victim = consenting();
        ReferralViews.ReferralView declined = refer(victim, "inspector", shelter(), ReferralKind.REFERRAL,
                ServiceType.EMPLOYMENT);
        SignedIn.as(caseworker, () -> referrals.decline(declined.id(), new ReferralCommands.Decline(
                DeclineReason.SERVICE_NOT_PROVIDED, null)));
        assertThatThrownBy(() -> SignedIn.as(caseworker, () -> victimDetails.get(victim.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(SignedIn.as(inspector, () -> notices.notifications()))
                .anySatisfy(n -> assertThat(n.referralId() == declined.id() && n.step() == StepKind.DECLINED).isTrue());

        ReferralViews.ReferralView revoked = refer(victim, "inspector", shelter(), ReferralKind.REFERRAL,
                ServiceType.LEGAL);
        assertThatThrownBy(() -> SignedIn.as(caseworker, () -> referrals.revoke(revoked.id(), null)))
                .hasMessageContaining("referral.error.sender-only");
        SignedIn.as(inspector, () -> referrals.revoke(revoked.id(), null));
        assertThatThrownBy(() -> SignedIn.as(caseworker, () -> referrals.accept(revoked.id())))
                .hasMessageContaining("referral.error.not-pending");
        assertThatThrownBy(() -> SignedIn.as(caseworker, () -> victimDetails.get(victim.id())))
                .isInstanceOf(NotFoundException.class);

        ReferralViews.ReferralView accepted = refer(victim, "inspector", shelter(), ReferralKind.REFERRAL,
                ServiceType.MEDICAL);
        SignedIn.as(caseworker, () -> referrals.accept(accepted.id()));
        assertThatThrownBy(() -> SignedIn.as(inspector, () -> referrals.revoke(accepted.id(), null)))
                .hasMessageContaining("referral.error.revoke-not-pending");
        // a referral exists only for its two organisations
        QorgauUser consul = users.demo("consul");
        assertThatThrownBy(() -> SignedIn.as(consul, () -> details.get(accepted.id())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anAcceptedTransferHandsOverTheCase() {
        QorgauUser caseworker = users.demo("caseworker");
        VictimViews.VictimView victim = consenting();
        ReferralViews.ReferralView transfer = refer(victim, "inspector", shelter(), ReferralKind.TRANSFER,
                ServiceType.SHELTER, ServiceType.REINTEGRATION);
        SignedIn.as(caseworker, () -> referrals.accept(transfer.id()));
        VictimViews.VictimView after = SignedIn.as(caseworker, () -> victimDetails.get(victim.id()));
        assertThat(after.ownerOrganisationId()).isEqualTo(shelter());
        assertThat(audit.action("VICTIM_HANDED_OVER").target(victim.id()).count()).isEqualTo(1);
        // the new owner may now transfer it on; the inspectorate no longer may
        assertThatThrownBy(() -> refer(victim, "inspector", organisations.findByName(DemoOrganisations.CONSULATE)
                .orElseThrow().id(),
                ReferralKind.TRANSFER, ServiceType.LEGAL))
                .hasMessageContaining("referral.error.transfer-owner-only");
    }

    @Test
    void aPendingReferralPastItsAnswerDateIsMarkedOverdue() throws Exception {
        VictimViews.VictimView victim = consenting();
        ReferralViews.ReferralView sent = refer(victim, "inspector", shelter(), ReferralKind.REFERRAL,
                ServiceType.PSYCHOLOGICAL);
        jdbc.sql("update referrals_referral set sent_on = sent_on - 10, answer_due_on = sent_on - 5 where id = ?")
                .param(sent.id()).update();
        QorgauUser caseworker = users.demo("caseworker");
        assertThat(SignedIn.as(caseworker, () -> referralList.inbox(null, PageRequest.of(0, 500)).items()))
                .filteredOn(item -> item.id() == sent.id()).singleElement()
                .satisfies(item -> assertThat(item.overdue()).isTrue());
        mvc.perform(get("/referrals").with(user(caseworker))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(sent.reference())))
                .andExpect(content().string(Matchers.containsString("срок ответа истёк")));
    }

    @Test
    void unaccompaniedChildrenGoOnlyToProvidersThatTakeChildren() {
        QorgauUser inspector = users.demo("inspector");
        String name = "Детский кризисный центр (тест " + System.nanoTime() + ")";
        long childrensCentre = SystemActor.call(() -> organisations.register(new OrganisationDetails(name, null, null,
                OrganisationType.SHELTER, new RegionCode("KZ-19"), null))).id();
        long person = SignedIn.as(inspector, () -> persons.register(SyntheticPersons.complete())).value();
        VictimCommands.Situation child = new VictimCommands.Situation(Sex.FEMALE, 15, "KZ-19", null, null, null, null,
                null, null, null, null, Set.of(Vulnerability.UNACCOMPANIED_CHILD), null, null, null, null, null, null);
        VictimViews.VictimView victim = SignedIn.as(inspector, () -> victims.register(new VictimCommands.Registration(
                person,
                false, child, SyntheticVictims.farmScreening(SCREENED, TraffickingStatus.POSSIBLE),
                Map.of(ConsentScope.REFERRAL, ConsentDecision.GIVEN))));
        assertThat(victim.situation().child()).isTrue();
        assertThatThrownBy(() -> refer(victim, "inspector", childrensCentre, ReferralKind.REFERRAL,
                ServiceType.SHELTER))
                .hasMessageContaining("referral.error.children-not-accepted");
        SystemActor.run(() -> providers.setProfile(childrensCentre, new ReferralCommands.ProviderProfile(true)));
        assertThat(refer(victim, "inspector", childrensCentre, ReferralKind.REFERRAL, ServiceType.SHELTER).status())
                .isEqualTo(ReferralStatus.PENDING);
    }

    @Test
    void theApiAnswersTheConsentGateAs409AndTheInboxAsJson() throws Exception {
        VictimViews.VictimView victim = identified(Map.of(ConsentScope.PROCESSING, ConsentDecision.GIVEN));
        mvc.perform(post("/api/v1/referrals").with(user(users.demo("inspector"))).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"victimId\": %d, \"toOrganisationId\": %d, \"services\": [\"SHELTER\"]}"
                        .formatted(victim.id(), shelter())))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("referral.error.no-consent"));
        VictimViews.VictimView consenting = consenting();
        mvc.perform(post("/api/v1/referrals").with(user(users.demo("inspector"))).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                        "{\"victimId\": %d, \"toOrganisationId\": %d, \"services\": [\"LEGAL\"], \"kind\": \"REFERRAL\"}"
                                .formatted(consenting.id(), shelter())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("PENDING"));
        mvc.perform(get("/api/v1/referrals/inbox").with(user(users.demo("caseworker"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.victimId == %d)].status".formatted(consenting.id())).value("PENDING"));
    }

    /**
     * The inbox and outbox are paged by SQL and count every referral: the lists used to load at most 500
     * aggregates and drop the rest without a word.
     */
    @Test
    void theInboxAndOutboxArePagedAndCountEveryReferral() {
        VictimViews.VictimView victim = consenting();
        ReferralViews.ReferralView older = refer(victim, "inspector", shelter(), ReferralKind.REFERRAL,
                ServiceType.MEDICAL);
        ReferralViews.ReferralView newer = refer(victim, "inspector", shelter(), ReferralKind.REFERRAL,
                ServiceType.LEGAL,
                ServiceType.PSYCHOLOGICAL);
        QorgauUser caseworker = users.demo("caseworker");
        long received = jdbc.sql("select count(*) from referrals_referral where to_organisation_id = ?")
                .param(caseworker.organisationId()).query(Long.class).single();

        PageResponse<ReferralViews.ReferralListItem> first = SignedIn.as(caseworker,
                () -> referralList.inbox(null, PageRequest.of(0, 1)));
        assertThat(first.totalItems()).isEqualTo(received);
        assertThat(first.totalExact()).isTrue();
        assertThat(first.totalPages()).isEqualTo((int) received);
        assertThat(first.items()).singleElement().satisfies(item -> {
            assertThat(item.id()).isEqualTo(newer.id());
            assertThat(item.victimReference()).isEqualTo(victim.reference());
            assertThat(item.services()).containsExactly(ServiceType.PSYCHOLOGICAL, ServiceType.LEGAL);
            assertThat(item.overdue()).isFalse();
        });
        assertThat(SignedIn.as(caseworker, () -> referralList.inbox(null, PageRequest.of(1, 1))).items())
                .extracting(ReferralViews.ReferralListItem::id).containsExactly(older.id());

        QorgauUser inspector = users.demo("inspector");
        long sent = jdbc.sql(
                "select count(*) from referrals_referral where from_organisation_id = ? and status = 'PENDING'")
                .param(inspector.organisationId()).query(Long.class).single();
        PageResponse<ReferralViews.ReferralListItem> outbox = SignedIn.as(inspector,
                () -> referralList.outbox(ReferralStatus.PENDING, PageRequest.of(0, 2)));
        assertThat(outbox.totalItems()).isEqualTo(sent);
        assertThat(outbox.items()).extracting(ReferralViews.ReferralListItem::id).containsExactly(newer.id(), older
                .id());
    }

    @Test
    void theServicesToRecordAreTheAcceptedReferralsWithoutAServiceAndTheirLinkListsExactlyThose() throws Exception {
        QorgauUser caseworker = users.demo("caseworker");
        ReferralViews.ReferralView waiting = refer(consenting(), "inspector", shelter(), ReferralKind.REFERRAL,
                ServiceType.SHELTER);
        ReferralViews.ReferralView served = refer(consenting(), "inspector", shelter(), ReferralKind.REFERRAL,
                ServiceType.MEDICAL);
        SignedIn.as(caseworker, () -> referrals.accept(waiting.id()));
        SignedIn.as(caseworker, () -> referrals.accept(served.id()));
        // a service begun and not yet ended counts as recorded
        SignedIn.as(caseworker, () -> referrals.recordService(new ReferralCommands.NewEpisode(served.victimId(),
                served.id(), ServiceType.MEDICAL, LocalDate.of(2026, 3, 3), null, 0L, FundingSource.STATE_BUDGET)));

        PageResponse<ReferralViews.ReferralListItem> toRecord = SignedIn.as(caseworker,
                () -> referralList.awaitingService(PageRequest.of(0, 500)));
        long counted = SignedIn.as(caseworker, () -> queue.items()).stream()
                .filter(item -> item.messageKey().equals("queue.referrals.services")).findFirst().orElseThrow()
                .count();
        assertThat(counted).isEqualTo(toRecord.totalItems());
        assertThat(toRecord.items()).extracting(ReferralViews.ReferralListItem::id).contains(waiting.id())
                .doesNotContain(served.id());
        assertThat(toRecord.items()).allMatch(item -> item.status() == ReferralStatus.ACCEPTED);
        long accepted = SignedIn.as(caseworker, () -> referralList.inbox(ReferralStatus.ACCEPTED, PageRequest.of(0,
                1))).totalItems();
        assertThat(counted).isLessThan(accepted);

        String link = SignedIn.as(caseworker, () -> queue.items()).stream()
                .filter(item -> item.messageKey().equals("queue.referrals.services")).findFirst().orElseThrow().path();
        String page = mvc.perform(get(link).with(user(caseworker))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        // the list itself (the notifications above it name both referrals)
        String list = page.substring(page.indexOf("id=\"referrals\""));
        assertThat(list).contains(waiting.reference()).doesNotContain(served.reference());
    }

    @Test
    void theReferralPrintCarriesItsReferenceAndWhoPrintedItWhereThePageIsSeen() throws Exception {
        ReferralViews.ReferralView sent = refer(consenting(), "inspector", shelter(), ReferralKind.REFERRAL,
                ServiceType.SHELTER);
        String print = mvc.perform(get("/referrals/" + sent.id() + "/print").with(user(users.demo("caseworker"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(print).contains("id=\"print-reference\"").contains(sent.reference())
                .contains("Распечатал(а): Демо Социальный работник (caseworker)")
                .contains("Synthetic: needs a bed tonight.")
                // the answer's forms are the page's, hidden from paper
                .contains("card card-body mb-3 print-hide");
        mvc.perform(get("/referrals/" + sent.id()).with(user(users.demo("caseworker"))))
                .andExpect(content().string(Matchers.containsString("/referrals/" + sent.id() + "/print")));
        // neither side of the referral: no page, no print
        mvc.perform(get("/referrals/" + sent.id() + "/print").with(user(users.demo("consul"))))
                .andExpect(status().isNotFound());
    }
}
