package kz.qorgau.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import kz.qorgau.FullTest;
import kz.qorgau.QorgauTest;
import kz.qorgau.TestUsers;
import kz.qorgau.SignedIn;
import kz.qorgau.cases.CaseBuilder;
import kz.qorgau.cases.CaseViews;
import kz.qorgau.identity.BreakGlass;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.identity.Role;
import kz.qorgau.demo.DemoOrganisations;
import kz.qorgau.persons.PersonRegistry;
import kz.qorgau.persons.SyntheticPersons;
import kz.qorgau.shared.ExploitationForm;
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
class BreakGlassTests extends FullTest {

    @Autowired
    VictimRegistry victims;
    @Autowired
    PersonRegistry persons;
    @Autowired
    BreakGlass breakGlass;
    @Autowired
    CaseBuilder builder;

    ResultActions call(QorgauUser who, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(who)).with(csrf()).accept(MediaType.APPLICATION_JSON));
    }

    /** A supervisor of Astana in the Almaty police unit (whose parent is the national unit). */
    QorgauUser astanaSupervisor() {
        String username = TestUsers.username("sup-");
        users.create(username, DemoOrganisations.POLICE_ALMATY, Role.SUPERVISOR, "KZ-71");
        return users.demo(username);
    }

    CaseViews.CaseView almatyCase() {
        return builder.registered(users.demo("investigator"), "KZ-75", LocalDate.of(2024, 2, 20), CaseBuilder
                .article128(1, ExploitationForm.FORCED_LABOUR), "Synthetic summary naming nobody.");
    }

    long audited(String action, long target) {
        return audit.action(action).target(target).count();
    }

    @Test
    void aSupervisorOpensAnotherRegionsCaseForAReasonUntilTheGrantExpires() throws Exception {
        QorgauUser supervisor = astanaSupervisor();
        CaseViews.CaseView theCase = almatyCase();
        long noticesBefore = SignedIn.as(users.demo("supervisor"), () -> breakGlass.unreadNotices());
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
        assertThat(SignedIn.as(users.demo("supervisor"), () -> breakGlass.unreadNotices())).isEqualTo(noticesBefore
                + 1);
        assertThat(new String(jdbc.sql(
                "select reason from identity_break_glass where record_id = ? and record_kind = 'CASE'")
                .param(theCase.id()).query(byte[].class).single(), StandardCharsets.ISO_8859_1))
                .doesNotContain("Astana");

        // an auditor reads the reason; nobody else lists the grants
        call(users.demo("auditor"), get("/api/v1/audit/break-glass")).andExpect(status().isOk())
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
        call(users.demo("investigator"), post("/api/v1/cases/break-glass").contentType(MediaType.APPLICATION_JSON)
                .content("{\"erdrNumber\":\"%s\",\"reason\":\"check\"}".formatted(theCase.erdrNumber())))
                .andExpect(status().isOk());
        assertThat(audited("BREAK_GLASS_OPENED", theCase.id())).isZero();
    }

    @Test
    void theGlassOnAVictimRecordOpensItPseudonymouslyAndOnlyToLawEnforcement() throws Exception {
        long person = SignedIn.as(users.demo("hotline"), () -> persons.register(SyntheticPersons.complete())).value();
        VictimViews.VictimView victim = SignedIn.as(users.demo("hotline"), () -> victims.register(
                SyntheticVictims.identified(person, LocalDate.of(2024, 3, 1), ConsentDecision.GIVEN)));
        String open = "{\"reference\":\"%s\",\"reason\":\"Synthetic: the caller is in danger\"}".formatted(victim
                .reference());

        call(users.demo("caseworker"), post("/api/v1/victims/break-glass").contentType(MediaType.APPLICATION_JSON)
                .content(open)).andExpect(status().isForbidden());
        call(users.demo("investigator"), get("/api/v1/victims/" + victim.id())).andExpect(status().isNotFound());
        call(users.demo("investigator"), post("/api/v1/victims/break-glass").contentType(MediaType.APPLICATION_JSON)
                .content(open)).andExpect(status().isOk()).andExpect(jsonPath("$.victimId").value(victim.id()));
        call(users.demo("investigator"), get("/api/v1/victims/" + victim.id())).andExpect(status().isOk())
                .andExpect(jsonPath("$.maySeePersonalData").value(false))
                .andExpect(jsonPath("$.situation.narrative").doesNotExist());
        call(users.demo("investigator"), post("/api/v1/persons/" + person + "/reveal").contentType(
                MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"urgent\"}")).andExpect(status().isNotFound());
        call(users.demo("investigator"), post("/api/v1/victims/" + victim.id() + "/status").contentType(
                MediaType.APPLICATION_JSON)
                .content("{\"status\":\"CONFIRMED\",\"decidedOn\":\"2024-03-02\",\"reason\":\"Synthetic\"}"))
                .andExpect(status().isNotFound());
        assertThat(audited("BREAK_GLASS_READ", victim.id())).isOne();
    }
}
