package kz.qorgau.victims;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import kz.qorgau.FullTest;
import kz.qorgau.QorgauTest;
import kz.qorgau.SignedIn;
import kz.qorgau.cases.CaseBuilder;
import kz.qorgau.cases.CaseViews;
import kz.qorgau.cases.VictimRole;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.demo.DemoOrganisations;
import kz.qorgau.persons.PersonRegistry;
import kz.qorgau.persons.SyntheticPersons;
import kz.qorgau.referrals.ReferralCommands;
import kz.qorgau.referrals.ReferralKind;
import kz.qorgau.referrals.ReferralMechanism;
import kz.qorgau.referrals.ReferralViews;
import kz.qorgau.referrals.ServiceType;
import kz.qorgau.shared.ExploitationForm;
import org.assertj.core.api.Assertions;
import org.springframework.data.domain.PageRequest;

/**
 * Access to victim records (docs/access.md): each demo role against each kind of record. The records:
 * <ul>
 * <li>A: a worker screened by the labour inspectorate, who consented to share with the police, linked to an
 * Almaty case, referred to the Almaty shelter, which accepted;</li>
 * <li>B: a worker screened by the labour inspectorate, neither linked nor referred;</li>
 * <li>C: an anonymous record of the consulate;</li>
 * <li>P: the person of record A (revealing personal data);</li>
 * <li>R: the referral of record A from the inspectorate to the shelter.</li>
 * </ul>
 * Expected: 200 seen, 404 outside the user's scope (as if it did not exist), 403 roles that never work with
 * victim records or persons. Analysts see no personal data at all.
 */
@QorgauTest
class VictimAccessMatrixTests extends FullTest {

    /** The fixture, built once for the whole matrix. */
    record Records(long a, long b, long c, long personA, long referral) {
    }

    static Records records;

    @Autowired
    VictimRegistry victims;
    @Autowired
    VictimDetails victimDetails;
    @Autowired
    VictimList victimList;
    @Autowired
    PersonRegistry persons;
    @Autowired
    ReferralMechanism referrals;
    @Autowired
    CaseBuilder builder;

    @BeforeEach
    void records() {
        if (records != null) {
            return;
        }
        QorgauUser inspector = users.demo("inspector");
        QorgauUser investigator = users.demo("investigator");
        QorgauUser consul = users.demo("consul");
        QorgauUser caseworker = users.demo("caseworker");
        LocalDate screened = LocalDate.of(2026, 3, 2);
        long personA = SignedIn.as(inspector, () -> persons.register(SyntheticPersons.complete())).value();
        VictimViews.VictimView a = SignedIn.as(inspector, () -> victims.register(
                SyntheticVictims.identified(personA, screened, ConsentDecision.GIVEN)));
        long personB = SignedIn.as(inspector, () -> persons.register(SyntheticPersons.complete())).value();
        VictimViews.VictimView b = SignedIn.as(inspector, () -> victims.register(
                SyntheticVictims.identified(personB, screened, null)));
        VictimViews.VictimView c = SignedIn.as(consul,
                () -> victims.register(SyntheticVictims.anonymousAbroad(screened)));
        CaseViews.CaseView criminalCase = builder.registered(investigator, "KZ-75", LocalDate.of(2026, 3, 10),
                CaseBuilder.article128(2, ExploitationForm.FORCED_LABOUR), null);
        SignedIn.as(investigator, () -> victims.linkToCase(new VictimCommands.CaseLink(a.reference(), criminalCase.id(),
                VictimRole.INJURED_PARTY, null)));
        long shelter = users.organisation(DemoOrganisations.SHELTER_ALMATY);
        ReferralViews.ReferralView referral = SignedIn.as(inspector, () -> referrals.send(
                new ReferralCommands.NewReferral(
                        a.id(), shelter, Set.of(ServiceType.SHELTER), ReferralKind.REFERRAL, null, null)));
        SignedIn.as(caseworker, () -> referrals.accept(referral.id()));
        records = new Records(a.id(), b.id(), c.id(), personA, referral.id());
    }

    MockHttpServletRequestBuilder page(String path) {
        return get(path).accept(MediaType.TEXT_HTML);
    }

    MockHttpServletRequestBuilder api(String path) {
        return get(path).accept(MediaType.APPLICATION_JSON);
    }

    MockHttpServletRequestBuilder reveal(long person) {
        return post("/api/v1/persons/" + person + "/reveal").contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"access matrix test\"}").accept(MediaType.APPLICATION_JSON);
    }

    @ParameterizedTest(name = "{0}: A {1}, B {2}, C {3}, person of A {4}, referral {5}, lists {6}")
    @CsvSource({
            // role,       A,   B,   C,   P,   R,   victim list and inbox
            "investigator, 200, 404, 404, 200, 404, 200",
            "supervisor,   200, 404, 404, 200, 404, 200",
            "prosecutor,   200, 404, 404, 200, 404, 200",
            "court,        403, 403, 403, 404, 403, 403",
            "inspector,    200, 200, 404, 200, 200, 200",
            "migration,    404, 404, 404, 404, 404, 200",
            "consul,       404, 404, 200, 404, 404, 200",
            "caseworker,   200, 404, 404, 200, 200, 200",
            "hotline,      404, 404, 404, 404, 404, 200",
            "analyst,      403, 403, 403, 403, 403, 403",
            "auditor,      403, 403, 403, 403, 403, 403",
            "admin,        403, 403, 403, 403, 403, 403" })
    void eachRoleSeesOnlyItsRecords(String username, int a, int b, int c, int person, int referral, int lists)
            throws Exception {
        QorgauUser who = users.demo(username);
        SoftAssertions softly = new SoftAssertions();
        Map<Long, Integer> victimsExpected = Map.of(records.a(), a, records.b(), b, records.c(), c);
        for (var expected : victimsExpected.entrySet()) {
            long id = expected.getKey();
            for (MockHttpServletRequestBuilder request : List.of(page("/victims/" + id), api("/api/v1/victims/" + id),
                    page("/victims/" + id + "?tab=entitlements"), page("/victims/" + id + "?tab=proceedings"),
                    page("/victims/" + id + "?tab=consent"), page("/victims/" + id + "/situation"),
                    api("/api/v1/victims/" + id + "/referrals"), page("/referrals/for-victim/" + id))) {
                int actual = mvc.perform(request.with(user(who))).andReturn().getResponse().getStatus();
                softly.assertThat(actual).as("%s %s", username, request.buildRequest(null).getRequestURI())
                        .isEqualTo(expected.getValue());
            }
        }
        int revealed = mvc.perform(reveal(records.personA()).with(user(who)).with(csrf())).andReturn().getResponse()
                .getStatus();
        softly.assertThat(revealed).as("%s reveals the person of A", username).isEqualTo(person);
        for (MockHttpServletRequestBuilder request : List.of(page("/referrals/" + records.referral()),
                api("/api/v1/referrals/" + records.referral()))) {
            int actual = mvc.perform(request.with(user(who))).andReturn().getResponse().getStatus();
            softly.assertThat(actual).as("%s referral %s", username, request.buildRequest(null).getRequestURI())
                    .isEqualTo(referral);
        }
        for (MockHttpServletRequestBuilder request : List.of(page("/victims"), api("/api/v1/victims"),
                page("/victims/deadlines"), page("/referrals"), page("/referrals/outbox"),
                api("/api/v1/referrals/inbox"))) {
            int actual = mvc.perform(request.with(user(who))).andReturn().getResponse().getStatus();
            softly.assertThat(actual).as("%s %s", username, request.buildRequest(null).getRequestURI()).isEqualTo(
                    lists);
        }
        softly.assertAll();
    }

    @ParameterizedTest
    @CsvSource({ "investigator", "supervisor", "prosecutor", "inspector", "migration", "consul", "caseworker",
            "hotline" })
    void theListsShowOnlyRecordsInScope(String username) throws Exception {
        QorgauUser who = users.demo(username);
        List<Long> listed = SignedIn.as(who, () -> victimList.search(VictimCommands.Search.any(),
                PageRequest.of(0, 500))).items().stream()
                .map(VictimViews.VictimListItem::id).toList();
        for (long id : List.of(records.a(), records.b(), records.c())) {
            boolean visible = SignedIn.as(who, () -> victimDetails.visibleTo(id, who));
            Assertions.assertThat(listed.contains(id)).as("%s lists %d", username, id)
                    .isEqualTo(visible);
        }
    }
}
