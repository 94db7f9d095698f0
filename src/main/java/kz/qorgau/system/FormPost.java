package kz.qorgau.system;

import java.util.Map;
import java.util.function.Supplier;

import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kz.qorgau.shared.FeatureException;

/**
 * A page's form sent as Post/Redirect/Get. When the form binds without errors its command runs and the browser is sent
 * to the page the command names, with a notice; a refusal of the kind the page shows on the form goes into the form's
 * errors, which its error summary lists, and the form is shown again. Refusals of other kinds go on to the central
 * error handling (a record not found is a 404 page, not a form error, unless the page says otherwise).
 */
public final class FormPost {

    private FormPost() {
    }

    /**
     * @param refusals the failures shown on the form
     * @param notice   the message key of the notice shown after success
     * @param command  runs the form's command and answers the path to go to
     * @param form     shows the form again (with its errors)
     */
    public static String send(BindingResult binding, Class<? extends FeatureException> refusals,
            RedirectAttributes redirect, String notice, Supplier<String> command, Supplier<String> form) {
        if (!binding.hasErrors()) {
            try {
                String next = command.get();
                redirect.addFlashAttribute("notice", notice);
                return "redirect:" + next;
            } catch (FeatureException e) {
                if (!refusals.isInstance(e)) {
                    throw e;
                }
                binding.reject(e.messageKey(), e.arguments(), null);
            }
        }
        return form.get();
    }

    /**
     * The same for a form whose every refusal of the feature is shown on it: on the field the refusal names, else on
     * the field {@code fields} gives for its message key, else on the form as a whole ({@link FormFields#refuse}).
     */
    public static String send(BindingResult binding, Map<String, String> fields, RedirectAttributes redirect,
            String notice, Supplier<String> command, Supplier<String> form) {
        if (!binding.hasErrors()) {
            try {
                String next = command.get();
                redirect.addFlashAttribute("notice", notice);
                return "redirect:" + next;
            } catch (FeatureException e) {
                FormFields.refuse(binding, e, fields);
            }
        }
        return form.get();
    }
}
