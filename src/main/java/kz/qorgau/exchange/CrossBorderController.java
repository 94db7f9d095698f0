package kz.qorgau.exchange;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kz.qorgau.referrals.DeclineReason;
import kz.qorgau.victims.TraffickingStatus;
import kz.qorgau.referrals.ServiceType;
import kz.qorgau.shared.InvalidFieldException;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;
import kz.qorgau.shared.Today;

/**
 * The referrals between countries on screen: those the user's organisation sent and those the peers sent to this
 * country, the form that refers a victim abroad (with the fields each purpose carries, and the consent to the
 * transfer), and a referral's page with its timeline, the follow-ups due and the steps this side may record now.
 */
@Controller
@RequestMapping("/exchange/referrals")
@Requires(Permission.REFER_ABROAD)
class CrossBorderController {

    private final CrossBorderReferrals referrals;
    private final MessageSource messages;
    private final Today today;

    CrossBorderController(CrossBorderReferrals referrals, MessageSource messages, Today today) {
        this.referrals = referrals;
        this.messages = messages;
        this.today = today;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "OUT") String direction, @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "false") boolean due, @RequestParam(defaultValue = "0") int page,
            Model model) {
        String which = "IN".equals(direction) ? "IN" : "OUT";
        CrossBorderReferral.Status chosen = status(status);
        model.addAttribute("direction", which);
        model.addAttribute("status", chosen);
        model.addAttribute("due", due);
        model.addAttribute("statuses", CrossBorderReferral.Status.values());
        model.addAttribute("referrals", referrals.list(which, chosen, due, page));
        return "exchange/referrals";
    }

    private static CrossBorderReferral.Status status(String value) {
        for (CrossBorderReferral.Status status : CrossBorderReferral.Status.values()) {
            if (status.name().equals(value)) {
                return status;
            }
        }
        return null;
    }

    @GetMapping("/new")
    String form(@RequestParam(required = false) String victim, Model model) {
        if (!model.containsAttribute("entered")) {
            Map<String, String> entered = new LinkedHashMap<>();
            entered.put("victimReference", victim);
            model.addAttribute("entered", entered);
        }
        model.addAttribute("countries", referrals.countries());
        model.addAttribute("purposes", TransferPurpose.values());
        model.addAttribute("services", ServiceType.values());
        return "exchange/referral-new";
    }

    @PostMapping
    String send(@RequestParam(required = false) String victimReference, @RequestParam(required = false) String peerId,
            @RequestParam(required = false) String purpose, @RequestParam(required = false) String consentOn,
            @RequestParam(defaultValue = "false") boolean consentConfirmed,
            @RequestParam(defaultValue = "false") boolean followUpConsent,
            @RequestParam(required = false) List<ServiceType> needs, Locale locale, RedirectAttributes redirect) {
        Set<ServiceType> wanted = needs == null || needs.isEmpty() ? Set.of() : EnumSet.copyOf(needs);
        try {
            long id = referrals.send(new CrossBorderReferrals.NewReferral(victimReference, number(peerId), purpose,
                    date(consentOn, "consentOn"), consentConfirmed, followUpConsent, wanted));
            redirect.addFlashAttribute("notice", "exchange.referral.sent");
            return "redirect:/exchange/referrals/" + id;
        } catch (InvalidFieldException e) {
            Map<String, String> entered = new LinkedHashMap<>();
            entered.put("victimReference", victimReference);
            entered.put("peerId", peerId);
            entered.put("purpose", purpose);
            entered.put("consentOn", consentOn);
            entered.put("consentConfirmed", String.valueOf(consentConfirmed));
            entered.put("followUpConsent", String.valueOf(followUpConsent));
            redirect.addFlashAttribute("entered", entered);
            redirect.addFlashAttribute("enteredNeeds", wanted);
            redirect.addFlashAttribute("fieldErrors", Map.of(e.field(), messages.getMessage(e.messageKey(), e
                    .arguments(), locale)));
            redirect.addFlashAttribute("failure", "form.error-summary");
            return "redirect:/exchange/referrals/new";
        }
    }

    @GetMapping("/{id}")
    String view(@PathVariable long id, Model model) {
        model.addAttribute("referral", referrals.view(id));
        // the steps' dates start on today where Qorgau runs (Kazakhstan's time), not the server's
        model.addAttribute("today", today.date());
        model.addAttribute("declineReasons", DeclineReason.values());
        model.addAttribute("services", ServiceType.values());
        model.addAttribute("outcomes", FollowUpOutcome.values());
        model.addAttribute("registrationStatuses", List.of(TraffickingStatus.POSSIBLE, TraffickingStatus.PRESUMED));
        return "exchange/referral";
    }

    /** A step of this side; refused beside the step's own form, with the message of the rule. */
    @PostMapping("/{id}/steps")
    String step(@PathVariable long id, @RequestParam(required = false) String step,
            @RequestParam(required = false) String occurredOn, @RequestParam(required = false) String detail,
            Locale locale, RedirectAttributes redirect) {
        CrossBorderStep kind = CrossBorderStep.of(step);
        try {
            if (kind == null) {
                throw new InvalidFieldException("step", "exchange.referral.error.step");
            }
            referrals.record(id, kind, date(occurredOn, "occurredOn"), detail);
            redirect.addFlashAttribute("notice", "exchange.referral.step-recorded");
        } catch (InvalidFieldException e) {
            redirect.addFlashAttribute("refusedStep", step);
            redirect.addFlashAttribute("refusedDate", occurredOn);
            redirect.addFlashAttribute("refusal", messages.getMessage(e.messageKey(), e.arguments(), locale));
            redirect.addFlashAttribute("failure", "form.error-summary");
        }
        return "redirect:/exchange/referrals/" + id;
    }

    /**
     * Opens a victim record here for the person of a received referral this organisation took; refused beside the
     * form's field, keeping what was typed.
     */
    @PostMapping("/{id}/victim")
    String register(@PathVariable long id, @RequestParam(required = false) String identifiedOn,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "false") boolean consentConfirmed, Locale locale,
            RedirectAttributes redirect) {
        try {
            long victim = referrals.register(id, new CrossBorderReferrals.LocalRecord(date(identifiedOn,
                    "identifiedOn"), status, consentConfirmed));
            redirect.addFlashAttribute("notice", "exchange.referral.registered");
            return "redirect:/victims/" + victim;
        } catch (InvalidFieldException e) {
            Map<String, String> entered = new LinkedHashMap<>();
            entered.put("identifiedOn", identifiedOn);
            entered.put("status", status);
            entered.put("consentConfirmed", String.valueOf(consentConfirmed));
            redirect.addFlashAttribute("registration", entered);
            redirect.addFlashAttribute("fieldErrors", Map.of(e.field(), messages.getMessage(e.messageKey(), e
                    .arguments(), locale)));
            redirect.addFlashAttribute("failure", "form.error-summary");
            return "redirect:/exchange/referrals/" + id + "#register";
        }
    }

    private static Long number(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(field, "consentOn".equals(field) ? "exchange.referral.error.consent-date"
                    : "exchange.referral.error.date-required");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(field, "exchange.referral.error.date-required");
        }
    }
}
