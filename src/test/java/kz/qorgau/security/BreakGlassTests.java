package kz.qorgau.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import kz.qorgau.QorgauTest;
import kz.qorgau.SignedIn;
import kz.qorgau.audit.AuditAssertions;
import kz.qorgau.cases.CaseCommands;
import kz.qorgau.cases.CaseViews;
import kz.qorgau.cases.Charge;
import kz.qorgau.cases.CriminalCases;
import kz.qorgau.cases.Qualification;
import kz.qorgau.identity.Accounts;
import kz.qorgau.identity.BreakGlass;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.identity.Role;
import kz.qorgau.identity.UserProfile;
import kz.qorgau.demo.DemoOrganisations;
import kz.qorgau.organisations.OrganisationRegistry;
import kz.qorgau.persons.PersonRegistry;
import kz.qorgau.persons.SyntheticPersons;
import kz.qorgau.shared.ExploitationForm;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.system.SystemActor;
import kz.qorgau.victims.ConsentDecision;
import kz.qorgau.victims.SyntheticVictims;
import kz.qorgau.victims.VictimRegistry;
import kz.qorgau.victims.VictimViews;
import java.nio.charset.StandardCharsets;

/**
 * Breaking the glass (DESIGN.md §1): a user outside a record's scope opens it with a reason, for a
 * limited time, read only and without personal data; the supervisor is told; the grant, each read and the
 * expiry are audited; auditors see the reasons.
 */
@QorgauTest
class BreakGlassTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    CriminalCases cases;
    @Autowired
    VictimRegistry victims;
    @Autowired
    PersonRegistry persons;
    @Autowired
    BreakGlass breakGlass;
    @Autowired
    OrganisationRegistry organisations;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditAssertions audit;

    QorgauUser demo(String username) {
        return accounts.principal(username).orElseThrow();
    }

    ResultActions call(QorgauUser who, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(who)).with(csrf()).accept(MediaType.APPLICATION_JSON));
    }

    /** A supervisor of Astana in the Almaty police unit (whose parent is the national unit). */
    QorgauUser astanaSupervisor() {
        String username = "sup-" + ThreadLocalRandom.current().nextInt(1_000_000);
        long unit = organisations.findByName(DemoOrganisations.POLICE_ALMATY).orElseThrow().id();
        SystemActor.call(() -> accounts.createWithPassword(username, new UserProfile("Synthetic Supervisor", null, unit,
                Set.of(Role.SUPERVISOR), false, Set.of(new RegionCode("KZ-71"))), "Synthetic-Password-2026"));
        return demo(username);
    }

    CaseViews.CaseView almatyCase() {
        String erdr = String.format("%02d1750%09d", 24, ThreadLocalRandom.current().nextLong(100_000_000L,
                999_999_999L));
        return SignedIn.as(demo("investigator"), () -> cases.register(new CaseCommands.Registration(erdr,
                LocalDate.of(2024, 2, 20), "KZ-75", null, new Qualification(List.of(new Charge("128", 1)),
                        Set.of(ExploitationForm.FORCED_LABOUR), Set.of()), "Synthetic summary naming nobody.")));
    }

    long audited(String action, long target) {
        return audit.action(action).target(target).count();
    }

    @Test
    void aSupervisorOpensAnotherRegionsCaseForAReasonUntilTheGrantExpires() throws Exception {
        QorgauUser supervisor = astanaSupervisor();
        CaseViews.CaseView theCase = almatyCase();
        long noticesBefore = SignedIn.as(demo("supervisor"), () -> breakGlass.unreadNotices());
        call(supervisor, get("/api/v1/cases/" + theCase.id())).andExpect(status().isNotFound());

        String open = "{\"erdrNumber\":\"%s\",\"reason\":\"%s\"}";
        call(supervisor, post("/api/v1/cases/break-glass").contentType(MediaType.APPLICATION_JSON)
                .content(open.formatted(theCase.erdrNumber(), " "))).andExpect(status().isBadRequest());
        call(supervisor, post("/api/v1/cases/break-glass").contentType(MediaType.APPLICATION_JSON)
                .content(open.formatted("241750000000001", "Synthetic: a suspect detained in Astana")))
                .andExpect(status().isNotFound());
        call(supervisor, post("/api/v1/cases/break-glass").contentType(MediaType.APPLICATION_JSON)
                .content(open.formatted(theCase.erdrNumber(), "Synthetic: a suspect detained in Astana")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.caseId").value(theCase.id()));

        // read only, without the sealed summary; each read audited; the national supervisor above is told
        call(supervisor, get("/api/v1/cases/" + theCase.id())).andExpect(status().isOk())
                .andExpect(jsonPath("$.erdrNumber").value(theCase.erdrNumber()))
                .andExpect(jsonPath("$.narrative").doesNotExist());
        call(supervisor, post("/api/v1/cases/" + theCase.id() + "/events").contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\":\"SUSPENDED\",\"occurredOn\":\"2024-03-01\"}")).andExpect(status().isNotFound());
        assertThat(audited("BREAK_GLASS_OPENED", theCase.id())).isOne();
        assertThat(audited("BREAK_GLASS_READ", theCase.id())).isOne();
        assertThat(SignedIn.as(demo("supervisor"), () -> breakGlass.unreadNotices())).isEqualTo(noticesBefore + 1);
        assertThat(new String(jdbc.sql(
                "select reason from identity_break_glass where record_id = ? and record_kind = 'CASE'")
                .param(theCase.id()).query(byte[].class).single(), StandardCharsets.ISO_8859_1))
                .doesNotContain("Astana");

        // an auditor reads the reason; nobody else lists the grants
        call(demo("auditor"), get("/api/v1/audit/break-glass")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.recordId == %d)].reason".formatted(theCase.id()))
                        .value("Synthetic: a suspect detained in Astana"));
        call(supervisor, get("/api/v1/audit/break-glass")).andExpect(status().isForbidden());

        // the grant runs out: the case is gone again, and the expiry is audited once
        jdbc.sql("update identity_break_glass set opened_at = now() - interval '5 hours', "
                + "expires_at = now() - interval '1 hour' where record_id = ? and record_kind = 'CASE'")
                .param(theCase.id()).update();
        call(supervisor, get("/api/v1/cases/" + theCase.id())).andExpect(status().isNotFound());
        breakGlass.auditExpiries();
        breakGlass.auditExpiries();
        assertThat(audited("BREAK_GLASS_EXPIRED", theCase.id())).isOne();
    }

    @Test
    void aCaseInScopeNeedsNoGrant() throws Exception {
        CaseViews.CaseView theCase = almatyCase();
        call(demo("investigator"), post("/api/v1/cases/break-glass").contentType(MediaType.APPLICATION_JSON)
                .content("{\"erdrNumber\":\"%s\",\"reason\":\"check\"}".formatted(theCase.erdrNumber())))
                .andExpect(status().isOk());
        assertThat(audited("BREAK_GLASS_OPENED", theCase.id())).isZero();
    }

    @Test
    void theGlassOnAVictimRecordOpensItPseudonymouslyAndOnlyToLawEnforcement() throws Exception {
        long person = SignedIn.as(demo("hotline"), () -> persons.register(SyntheticPersons.complete())).value();
        VictimViews.VictimView victim = SignedIn.as(demo("hotline"), () -> victims.register(
                SyntheticVictims.identified(person, LocalDate.of(2024, 3, 1), ConsentDecision.GIVEN)));
        String open = "{\"reference\":\"%s\",\"reason\":\"Synthetic: the caller is in danger\"}".formatted(victim
                .reference());

        call(demo("caseworker"), post("/api/v1/victims/break-glass").contentType(MediaType.APPLICATION_JSON)
                .content(open)).andExpect(status().isForbidden());
        call(demo("investigator"), get("/api/v1/victims/" + victim.id())).andExpect(status().isNotFound());
        call(demo("investigator"), post("/api/v1/victims/break-glass").contentType(MediaType.APPLICATION_JSON)
                .content(open)).andExpect(status().isOk()).andExpect(jsonPath("$.victimId").value(victim.id()));
        call(demo("investigator"), get("/api/v1/victims/" + victim.id())).andExpect(status().isOk())
                .andExpect(jsonPath("$.maySeePersonalData").value(false))
                .andExpect(jsonPath("$.situation.narrative").doesNotExist());
        call(demo("investigator"), post("/api/v1/persons/" + person + "/reveal").contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"urgent\"}")).andExpect(status().isNotFound());
        call(demo("investigator"), post("/api/v1/victims/" + victim.id() + "/status").contentType(
                MediaType.APPLICATION_JSON)
                .content("{\"status\":\"CONFIRMED\",\"decidedOn\":\"2024-03-02\",\"reason\":\"Synthetic\"}"))
                .andExpect(status().isNotFound());
        assertThat(audited("BREAK_GLASS_READ", victim.id())).isOne();
    }
}
