package kz.qorgau.system;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kz.qorgau.shared.RuleViolationException;

/**
 * A small form of a record's page (one of a tab's forms, which bind no form object on the page), sent as
 * Post/Redirect/Get back to the record's page. Every error of the form is found at once, each on its field: the values
 * that did not bind (a malformed date or number, named by the rule of its type), the fields left empty that the form
 * requires, and only when there are none the command's refusal, on the field the form names for it (otherwise for the
 * whole form, as the page's failure). A refused form comes back with, as flash attributes: {@code fieldErrors} (the
 * message under each field, by the field's id), {@code errorSummary} (each message after the field's label, for the
 * page's summary, which links it to the field), {@code entered} (what was typed, by the field's id) and
 * {@code refusedForm} (the form's id, to open it if it is folded). The fragments of {@code fragments/forms.html} for
 * small forms show them.
 */
public final class RecordForm {

    private record Field(String id, String label, String requiredKey) {
    }

    private final String id;
    private final String back;
    private final String notice;
    private final Map<String, Field> fields = new LinkedHashMap<>();
    private final Map<String, String> refusals = new LinkedHashMap<>();

    private RecordForm(String id, String back, String notice) {
        this.id = id;
        this.back = back;
        this.notice = notice;
    }

    /**
     * @param id     the form's id on the page
     * @param back   the path of the record's page to go back to, success or refusal
     * @param notice the message key of the notice shown after success
     */
    public static RecordForm of(String id, String back, String notice) {
        return new RecordForm(id, back, notice);
    }

    /** A field the form sends as name, shown on the page with the id under the label (a message key). */
    public RecordForm field(String name, String id, String label) {
        fields.put(name, new Field(id, label, null));
        return this;
    }

    /** The same, for a field that may not be left empty: refused with the message key when it is. */
    public RecordForm required(String name, String id, String label, String requiredKey) {
        fields.put(name, new Field(id, label, requiredKey));
        return this;
    }

    /** The command's refusals of these message keys are shown on the field of that name. */
    public RecordForm refusal(String name, String... messageKeys) {
        for (String key : messageKeys) {
            refusals.put(key, name);
        }
        return this;
    }

    /**
     * Checks the form and runs the command when it passes; answers the redirect back to the record's page.
     *
     * @param binding the form's binding (null for a form with nothing to fill in)
     */
    public String send(BindingResult binding, WebRequest request, RedirectAttributes redirect, MessageSource messages,
            Runnable command) {
        Map<String, MessageSourceResolvable> errors = new LinkedHashMap<>();
        if (binding != null) {
            for (FieldError error : binding.getFieldErrors()) {
                if (fields.containsKey(error.getField())) {
                    errors.putIfAbsent(error.getField(), error);
                } else if (!redirect.getFlashAttributes().containsKey("failure")) {
                    redirect.addFlashAttribute("failure", "typeMismatch");
                }
            }
        }
        fields.forEach((name, field) -> {
            String value = request.getParameter(name);
            if (field.requiredKey() != null && (value == null || value.isBlank())) {
                errors.putIfAbsent(name, new DefaultMessageSourceResolvable(field.requiredKey()));
            }
        });
        if (errors.isEmpty() && !redirect.getFlashAttributes().containsKey("failure")) {
            try {
                command.run();
                redirect.addFlashAttribute("notice", notice);
                return "redirect:" + back;
            } catch (RuleViolationException e) {
                String name = refusals.get(e.messageKey());
                if (name == null) {
                    redirect.addFlashAttribute("failure", e.messageKey());
                } else {
                    errors.put(name, new DefaultMessageSourceResolvable(new String[]{ e.messageKey() }, e
                            .arguments()));
                }
            }
        }
        refused(errors, request, redirect, messages);
        return "redirect:" + back;
    }

    private void refused(Map<String, MessageSourceResolvable> errors, WebRequest request,
            RedirectAttributes redirect, MessageSource messages) {
        var locale = LocaleContextHolder.getLocale();
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        Map<String, String> summary = new LinkedHashMap<>();
        Map<String, String> entered = new LinkedHashMap<>();
        fields.forEach((name, field) -> {
            String value = request.getParameter(name);
            if (value != null) {
                entered.put(field.id(), value);
            }
            MessageSourceResolvable error = errors.get(name);
            if (error != null) {
                String message = messages.getMessage(error, locale);
                fieldErrors.put(field.id(), message);
                summary.put(field.id(), messages.getMessage("form.error.of-field", new Object[]{ messages
                        .getMessage(field.label(), null, locale), message }, locale));
            }
        });
        redirect.addFlashAttribute("fieldErrors", fieldErrors);
        redirect.addFlashAttribute("errorSummary", summary);
        redirect.addFlashAttribute("entered", entered);
        redirect.addFlashAttribute("refusedForm", id);
    }
}
