package kz.qorgau.system;

import java.util.function.ToLongBiFunction;

import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kz.qorgau.shared.FeatureException;

/**
 * A module's page for breaking the glass on one of its records outside the user's scope (the form of
 * {@code fragments/break-glass}): the record named by a reference, and a reason. Sending it opens the record with a
 * notice; a refusal (an unknown reference, no reason, a record in scope anyway) shows the form again with what was
 * entered and why it was refused.
 *
 * @param view   the page's template
 * @param field  the name of the reference's field, also the model attribute the template shows it from
 * @param record the path of the record's page, to which its id is added
 */
public record BreakGlassPage(String view, String field, String record) {

    /** The empty form, or one for the reference given. */
    public String form(String reference, Model model) {
        model.addAttribute(field, reference == null ? "" : reference);
        return view;
    }

    /** Opens the record by its reference for the reason given, answering the record's id; see the class. */
    public String open(String reference, String reason, ToLongBiFunction<String, String> opening, Model model,
            RedirectAttributes redirect) {
        try {
            long id = opening.applyAsLong(reference, reason);
            redirect.addFlashAttribute("notice", "break-glass.opened");
            return "redirect:" + record + id;
        } catch (FeatureException e) {
            model.addAttribute(field, reference);
            model.addAttribute("reason", reason);
            model.addAttribute("error", e.messageKey());
            model.addAttribute("errorArguments", e.arguments());
            return view;
        }
    }
}
