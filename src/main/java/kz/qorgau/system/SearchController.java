package kz.qorgau.system;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;

/**
 * The search box of every page: a reference goes straight to its record when the user may open it; otherwise the
 * page says that nothing was found, the same answer whether the record does not exist or lies outside the user's
 * scope. The record's page, once opened, is read and audited as it always is.
 */
@Controller
@Requires(Permission.OWN_ACCOUNT)
class SearchController {

    /** Longer than any reference; what is longer is no reference and is not echoed back. */
    static final int MAX_LENGTH = 40;

    private final List<ReferenceFinder> finders;

    SearchController(List<ReferenceFinder> finders) {
        this.finders = finders;
    }

    @GetMapping("/search")
    String search(@RequestParam(name = "q", defaultValue = "") String query, Model model) {
        String reference = normalised(query);
        if (!reference.isEmpty() && reference.length() <= MAX_LENGTH) {
            for (ReferenceFinder finder : finders) {
                Optional<String> found = finder.find(reference);
                if (found.isPresent()) {
                    return "redirect:" + found.get();
                }
            }
        }
        model.addAttribute("query", reference.length() <= MAX_LENGTH ? reference : "");
        return "search";
    }

    static String normalised(String query) {
        return query == null ? "" : query.strip().replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }
}
