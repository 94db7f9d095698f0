package kz.qorgau.persons;

import java.util.Locale;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;
import kz.qorgau.shared.RuleViolationException;

/**
 * The review queue of possible duplicates, a pair's page with the agreement of each field and the decision, and the
 * merges with their undoing ({@link DuplicateReview}).
 */
@Controller
@RequestMapping("/persons/duplicates")
@Requires(Permission.LINKAGE_REVIEW)
class DuplicateReviewController {

    static final int PAGE_SIZE = 25;

    private final DuplicateReview review;

    DuplicateReviewController(DuplicateReview review) {
        this.review = review;
    }

    @GetMapping
    String queue(@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String q,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("pairs", review.queue(PageRequest.of(Math.max(page, 0), PAGE_SIZE), q));
        model.addAttribute("q", q);
        return htmx != null ? "persons/duplicates :: results" : "persons/duplicates";
    }

    @GetMapping("/{id}")
    String pair(@PathVariable long id, Model model) {
        model.addAttribute("pair", review.pair(id));
        model.addAttribute("decisions", DuplicateReview.Decision.values());
        return "persons/duplicate";
    }

    @PostMapping("/{id}")
    String decide(@PathVariable long id, @RequestParam(required = false) String decision,
            RedirectAttributes redirect) {
        DuplicateReview.Decision chosen = parse(decision);
        if (chosen == null) {
            redirect.addFlashAttribute("failure", "duplicate.error.decision-required");
            return "redirect:/persons/duplicates/" + id;
        }
        try {
            review.decide(id, chosen);
            redirect.addFlashAttribute("notice", "duplicate.decided." + chosen.name().toLowerCase(Locale.ROOT));
        } catch (RuleViolationException e) {
            // decided meanwhile by another reviewer: said on the queue, nothing changed
            redirect.addFlashAttribute("failure", e.messageKey());
        }
        return "redirect:/persons/duplicates";
    }

    @GetMapping("/merges")
    String merges(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("merges", review.merges(PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        return "persons/merges";
    }

    @PostMapping("/merges/{id}/undo")
    String unmerge(@PathVariable long id, RedirectAttributes redirect) {
        try {
            review.unmerge(id);
            redirect.addFlashAttribute("notice", "duplicate.unmerged");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
        }
        return "redirect:/persons/duplicates/merges";
    }

    private static DuplicateReview.Decision parse(String decision) {
        if (decision == null) {
            return null;
        }
        try {
            return DuplicateReview.Decision.valueOf(decision);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
