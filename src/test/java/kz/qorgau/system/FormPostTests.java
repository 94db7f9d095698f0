package kz.qorgau.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

import kz.qorgau.shared.FeatureException;
import kz.qorgau.shared.NotFoundException;
import kz.qorgau.shared.RuleViolationException;

/** A page's form sent: the command's success, a refusal shown on the form, and a refusal left to the error pages. */
class FormPostTests {

    record Form(String name) {
    }

    final BindingResult binding = new BeanPropertyBindingResult(new Form("x"), "form");
    final RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();

    @Test
    void aValidFormRunsItsCommandAndGoesOnWithANotice() {
        String view = FormPost.send(binding, RuleViolationException.class, redirect, "thing.saved",
                () -> "/things/7", () -> "things/form");
        assertThat(view).isEqualTo("redirect:/things/7");
        assertThat(redirect.getFlashAttributes().get("notice")).isEqualTo("thing.saved");
        assertThat(binding.hasErrors()).isFalse();
    }

    @Test
    void aFormWithErrorsIsShownAgainWithoutRunningTheCommand() {
        binding.rejectValue("name", "validation.required");
        AtomicBoolean ran = new AtomicBoolean();
        String view = FormPost.send(binding, FeatureException.class, redirect, "thing.saved", () -> {
            ran.set(true);
            return "/things/7";
        }, () -> "things/form");
        assertThat(view).isEqualTo("things/form");
        assertThat(ran).isFalse();
        assertThat(redirect.getFlashAttributes()).isEmpty();
    }

    @Test
    void aRefusalOfTheKindShownOnTheFormBecomesTheFormsErrorAndTheFormIsShownAgain() {
        String view = FormPost.send(binding, RuleViolationException.class, redirect, "thing.saved", () -> {
            throw new RuleViolationException("thing.error.late", 3);
        }, () -> "things/form");
        assertThat(view).isEqualTo("things/form");
        assertThat(binding.getGlobalErrors()).singleElement().satisfies(error -> {
            assertThat(error.getCode()).isEqualTo("thing.error.late");
            assertThat(error.getArguments()).containsExactly(3);
        });
        assertThat(redirect.getFlashAttributes()).isEmpty();
    }

    @Test
    void aRefusalOfAnotherKindGoesOnToTheErrorPages() {
        assertThatThrownBy(() -> FormPost.send(binding, RuleViolationException.class, redirect, "thing.saved", () -> {
            throw new NotFoundException("thing.error.unknown");
        }, () -> "things/form")).isInstanceOf(NotFoundException.class);
        assertThat(binding.hasErrors()).isFalse();
        assertThat(redirect.getFlashAttributes()).isEmpty();
    }

    @Test
    void aPageThatShowsEveryFeatureFailureOnTheFormShowsARecordNotFoundThere() {
        String view = FormPost.send(binding, FeatureException.class, redirect, "thing.saved", () -> {
            throw new NotFoundException("thing.error.unknown");
        }, () -> "things/form");
        assertThat(view).isEqualTo("things/form");
        assertThat(binding.getGlobalErrors()).singleElement()
                .satisfies(error -> assertThat(error.getCode()).isEqualTo("thing.error.unknown"));
    }

    @Test
    void breakingTheGlassOpensTheRecordOrShowsTheFormAgainWithWhatWasEnteredAndWhy() {
        BreakGlassPage page = new BreakGlassPage("things/break-glass", "reference", "/things/");
        ExtendedModelMap model = new ExtendedModelMap();
        assertThat(page.form(null, model)).isEqualTo("things/break-glass");
        assertThat(model).containsEntry("reference", "");

        assertThat(page.open("T-1", "urgent", (reference, reason) -> 7L, model, redirect)).isEqualTo(
                "redirect:/things/7");
        assertThat(redirect.getFlashAttributes().get("notice")).isEqualTo("break-glass.opened");

        ExtendedModelMap refused = new ExtendedModelMap();
        String view = page.open("T-2", "", (reference, reason) -> {
            throw new RuleViolationException("break-glass.error.reason", 10);
        }, refused, new RedirectAttributesModelMap());
        assertThat(view).isEqualTo("things/break-glass");
        assertThat(refused).containsEntry("reference", "T-2").containsEntry("reason", "")
                .containsEntry("error", "break-glass.error.reason");
        assertThat((Object[]) refused.get("errorArguments")).containsExactly(10);
    }
}
