package kz.qorgau.system;

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

    private final References references;

    SearchController(References references) {
        this.references = references;
    }

    @GetMapping("/search")
    String search(@RequestParam(name = "q", defaultValue = "") String query, Model model) {
        Optional<String> found = references.open(query);
        if (found.isPresent()) {
            return "redirect:" + found.get();
        }
        String reference = References.normalised(query);
        model.addAttribute("query", reference.length() <= References.MAX_LENGTH ? reference : "");
        return "search";
    }
}
