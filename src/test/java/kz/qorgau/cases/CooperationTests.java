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

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import kz.qorgau.FullTest;
import kz.qorgau.QorgauTest;
import kz.qorgau.SignedIn;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.persons.PersonRegistry;
import kz.qorgau.persons.SyntheticPersons;
import kz.qorgau.shared.RuleViolationException;

@QorgauTest
class CooperationTests extends FullTest {

    @Autowired
    InternationalCooperation cooperation;
    @Autowired
    PersonRegistry persons;

    long person(QorgauUser user) {
        return SignedIn.as(user, () -> persons.register(SyntheticPersons.complete())).value();
    }

    @Test
    void anExtraditionIsRequestedGrantedAndExecutedStepByStep() throws Exception {
        QorgauUser prosecutor = users.demo("prosecutor");
        long wanted = person(prosecutor);
        CaseViews.CooperationView request = SignedIn.as(prosecutor, () -> cooperation.open(
                new InternationalCooperation.NewRequest(CooperationKind.EXTRADITION, CooperationDirection.INCOMING,
                        "uz",
                        wanted, null, LocalDate.of(2023, 2, 1))));
        assertThat(request.status()).isEqualTo(CooperationStatus.REQUESTED);
        assertThat(request.country().value()).isEqualTo("UZ");
        assertThatThrownBy(() -> SignedIn.as(prosecutor, () -> cooperation.advance(request.id(),
                InternationalCooperation.Step.EXECUTED, LocalDate.of(2023, 3, 1))))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("cooperation.error.not-granted");
        assertThatThrownBy(() -> SignedIn.as(prosecutor, () -> cooperation.advance(request.id(),
                InternationalCooperation.Step.GRANTED, LocalDate.of(2023, 1, 15))))
                .hasMessageContaining("case.error.date-order");
        SignedIn.as(prosecutor, () -> cooperation.advance(request.id(), InternationalCooperation.Step.GRANTED,
                LocalDate.of(2023, 3, 1)));
        CaseViews.CooperationView executed = SignedIn.as(prosecutor, () -> cooperation.advance(request.id(),
                InternationalCooperation.Step.EXECUTED, LocalDate.of(2023, 4, 12)));
        assertThat(executed.status()).isEqualTo(CooperationStatus.EXECUTED);
        assertThat(executed.executedOn()).isEqualTo(LocalDate.of(2023, 4, 12));
        assertThat(audit.record("cooperation", request.id()).count()).isEqualTo(3);

        mvc.perform(get("/cooperation/" + request.id()).with(user(users.demo("analyst")))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Исполнен")));
        mvc.perform(get("/cooperation").with(user(users.demo("caseworker")))).andExpect(status().isForbidden());
    }

    @Test
    void anExtraditionNeedsAPersonAndAForeignState() {
        QorgauUser prosecutor = users.demo("prosecutor");
        assertThatThrownBy(() -> SignedIn.as(prosecutor, () -> cooperation.open(new InternationalCooperation.NewRequest(
                CooperationKind.EXTRADITION, CooperationDirection.OUTGOING, "RU", null, null, LocalDate.of(2023, 2,
                        1)))))
                .hasMessageContaining("cooperation.error.person-required");
        assertThatThrownBy(() -> SignedIn.as(prosecutor, () -> cooperation.open(new InternationalCooperation.NewRequest(
                CooperationKind.MUTUAL_LEGAL_ASSISTANCE, CooperationDirection.OUTGOING, "KZ", null, null,
                LocalDate.of(2023, 2, 1))))).hasMessageContaining("cooperation.error.foreign-country");
    }

    @Test
    void theNewRequestFormKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/cooperation").with(user(users.demo("prosecutor"))).with(csrf()).param("kind", "EXTRADITION")
                .param("direction", "OUTGOING").param("country", "BH").param("requestedOn", "2023-05-05")
                .param("caseErdr", "999"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Номер ЕРДР должен состоять из 15 цифр.")))
                .andExpect(content().string(Matchers.containsString("value=\"BH\" selected")));
    }
}
