package kz.qorgau.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import kz.qorgau.FullTest;
import kz.qorgau.QorgauTest;
import kz.qorgau.SignedIn;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.demo.DemoOrganisations;
import kz.qorgau.shared.RuleViolationException;

@QorgauTest
class OperationsTests extends FullTest {

    @Autowired
    SpecialOperations operations;
    @Autowired
    CriminalCases cases;

    @Test
    void thePoliceRecordAnOperationWithTheCasesItProduced() throws Exception {
        QorgauUser investigator = users.demo("investigator");
        CaseViews.CaseView resulting = SignedIn.as(investigator, () -> cases.register(new CaseCommands.Registration(
                CaseBuilder.erdr(2023), LocalDate.of(2023, 10, 3), "KZ-75", null,
                new Qualification(List.of(new Charge("308", 1)), Set.of(), Set.of()), null)));
        long ngo = users.organisation(DemoOrganisations.SHELTER_ALMATY);
        CaseViews.OperationView operation = SignedIn.as(investigator, () -> operations.plan(
                new SpecialOperations.OperationDetails("Стоп-трафик 2023, этап 2", LocalDate.of(2023, 9, 20),
                        LocalDate.of(2023, 10, 5), Set.of("KZ-75", "KZ-19"), Set.of(ngo),
                        Set.of(VenueKind.SAUNA, VenueKind.CONSTRUCTION_SITE), 140, 9,
                        List.of(resulting.erdrNumber()))));
        assertThat(operation.cases()).containsExactly(resulting.id());
        assertThat(operation.regions()).hasSize(2);
        assertThat(audit.action("OPERATION_RECORDED").target(operation.id()).count()).isEqualTo(1);

        // the case shows the operation that produced it
        mvc.perform(get("/cases/" + resulting.id()).with(user(investigator))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Стоп-трафик 2023, этап 2")));
        // an analyst reads operations (no personal data in them), a case worker does not
        mvc.perform(get("/operations/" + operation.id()).with(user(users.demo("analyst")))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Стоп-трафик 2023, этап 2")));
        mvc.perform(get("/operations").with(user(users.demo("caseworker")))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/operations/" + operation.id()).with(user(users.demo("prosecutor")))).andExpect(status()
                .isOk());
    }

    @Test
    void anOperationIsCheckedBeforeItIsSaved() {
        QorgauUser investigator = users.demo("investigator");
        assertThatThrownBy(() -> SignedIn.as(investigator, () -> operations.plan(new SpecialOperations.OperationDetails(
                "Stage", LocalDate.of(2023, 9, 20), LocalDate.of(2023, 9, 1), Set.of("KZ-75"), Set.of(), Set.of(), 5, 1,
                List.of())))).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("operation.error.end-before-start");
        assertThatThrownBy(() -> SignedIn.as(investigator, () -> operations.plan(new SpecialOperations.OperationDetails(
                "Stage", LocalDate.of(2023, 9, 20), null, Set.of(), Set.of(), Set.of(), 5, 1, List.of()))))
                .hasMessageContaining("operation.error.no-region");
        assertThatThrownBy(() -> SignedIn.as(investigator, () -> operations.plan(new SpecialOperations.OperationDetails(
                "Stage", LocalDate.of(2023, 9, 20), null, Set.of("KZ-75"), Set.of(), Set.of(), 5, 1,
                List.of("991750000000001"))))).hasMessageContaining("operation.error.unknown-case");
    }

    @Test
    void theFormExplainsWhatIsWrongAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/operations").with(user(users.demo("investigator"))).with(csrf()).param("name", "Typed name")
                .param("startedOn", "2023-09-20").param("personsInterviewed", "3")
                .param("potentialVictimsFound", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Выберите хотя бы один регион.")))
                .andExpect(content().string(Matchers.containsString("value=\"Typed name\"")));
    }
}
