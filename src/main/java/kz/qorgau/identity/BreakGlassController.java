package kz.qorgau.identity;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import kz.qorgau.organisations.OrganisationRegistry;
import kz.qorgau.organisations.OrganisationSummary;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;

/**
 * The pages of breaking the glass: one's own grants (with the ways to open a case or a victim record), the
 * grants of a supervisor's team, and every grant with its reason for auditors.
 */
@Controller
class BreakGlassController {

    static final int PAGE_SIZE = 50;

    private final BreakGlass breakGlass;
    private final OrganisationRegistry organisations;

    BreakGlassController(BreakGlass breakGlass, OrganisationRegistry organisations) {
        this.breakGlass = breakGlass;
        this.organisations = organisations;
    }

    @Requires(Permission.BREAK_GLASS)
    @GetMapping("/break-glass")
    String own(Model model) {
        List<BreakGlassGrant> grants = breakGlass.own();
        model.addAttribute("grants", grants);
        model.addAttribute("organisationNames", organisationsOf(grants));
        return "break-glass/own";
    }

    @Requires(Permission.SUPERVISE)
    @GetMapping("/break-glass/team")
    String team(@RequestParam(defaultValue = "false") boolean open, Model model) {
        model.addAttribute("open", open);
        List<BreakGlassGrant> grants = breakGlass.ofTeam(open);
        model.addAttribute("grants", grants);
        model.addAttribute("organisationNames", organisationsOf(grants));
        return "break-glass/team";
    }

    @Requires(Permission.AUDIT)
    @GetMapping("/audit/break-glass")
    String audit(@RequestParam(defaultValue = "0") int page, Model model) {
        Page<BreakGlassGrant> grants = breakGlass.all(PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("grants", grants);
        model.addAttribute("organisationNames", organisationsOf(grants.getContent()));
        return "break-glass/audit";
    }

    /** The organisations of the grants' holders, by id: the ones the page names. */
    private Map<Long, OrganisationSummary> organisationsOf(List<BreakGlassGrant> grants) {
        return organisations.findAll(grants.stream().map(BreakGlassGrant::organisationId).collect(Collectors
                .toSet()));
    }
}
