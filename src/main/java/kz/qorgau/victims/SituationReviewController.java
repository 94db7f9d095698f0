package kz.qorgau.victims;

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
 * The queue of pairs of victim records that may be one situation, a pair's page with the agreement of each aspect and
 * the decision, and the merges with their undoing ({@link SituationPairs}, {@link SituationReview}).
 */
@Controller
@RequestMapping("/victims/merges")
@Requires(Permission.LINKAGE_REVIEW)
class SituationReviewController {

    static final int PAGE_SIZE = 25;

    private final SituationPairs pairs;
    private final SituationReview review;

    SituationReviewController(SituationPairs pairs, SituationReview review) {
        this.pairs = pairs;
        this.review = review;
    }

    @GetMapping
    String queue(@RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("pairs", pairs.queue(PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        return htmx != null ? "victims/merges :: results" : "victims/merges";
    }

    @GetMapping("/pairs/{first}/{second}")
    String pair(@PathVariable long first, @PathVariable long second, Model model) {
        model.addAttribute("pair", pairs.pair(first, second));
        model.addAttribute("aspects", SituationAspect.values());
        model.addAttribute("decisions", SituationReview.Decision.values());
        return "victims/merge-pair";
    }

    @PostMapping("/pairs/{first}/{second}")
    String decide(@PathVariable long first, @PathVariable long second,
            @RequestParam(required = false) String decision, RedirectAttributes redirect) {
        SituationReview.Decision chosen = parse(decision);
        if (chosen == null) {
            redirect.addFlashAttribute("failure", "victim.merge.error.decision-required");
            return "redirect:/victims/merges/pairs/" + first + "/" + second;
        }
        try {
            review.decide(first, second, chosen);
            redirect.addFlashAttribute("notice", "victim.merge.decided." + chosen.name().toLowerCase(Locale.ROOT));
        } catch (RuleViolationException e) {
            // decided meanwhile by another reviewer: said on the queue, nothing changed
            redirect.addFlashAttribute("failure", e.messageKey());
        }
        return "redirect:/victims/merges";
    }

    @GetMapping("/merged")
    String merges(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("merges", pairs.merges(PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        return "victims/merged";
    }

    @PostMapping("/merged/{id}/undo")
    String undo(@PathVariable long id, RedirectAttributes redirect) {
        try {
            review.undo(id);
            redirect.addFlashAttribute("notice", "victim.merge.undone");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
        }
        return "redirect:/victims/merges/merged";
    }

    private static SituationReview.Decision parse(String decision) {
        if (decision == null) {
            return null;
        }
        try {
            return SituationReview.Decision.valueOf(decision);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
