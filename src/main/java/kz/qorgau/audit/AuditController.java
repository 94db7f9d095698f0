package kz.qorgau.audit;

import java.time.LocalDate;

import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;

/** The auditor's view of the audit trail: browse, filter, verify, unseal. */
@Controller
@Requires(Permission.AUDIT)
class AuditController {

    static final int PAGE_SIZE = 50;

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/audit")
    String list(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
            @RequestParam(required = false) String targetType, @RequestParam(required = false) String targetId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        AuditQuery query = new AuditQuery(actor, action, targetType, targetId, from, to);
        model.addAttribute("query", query);
        model.addAttribute("entries", trail.search(query, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("actions", trail.actions());
        return htmx != null ? "audit/trail :: results" : "audit/trail";
    }

    /** Verifies the chain; answered as a fragment for htmx, or as the page. */
    @PostMapping("/audit/verification")
    String verify(@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("verification", trail.verify());
        if (htmx != null) {
            return "audit/trail :: verification";
        }
        return list(null, null, null, null, null, null, 0, null, model);
    }

    /**
     * Opens an entry's sealed details (audited); answered as the list that replaces the sealed keys for htmx, or
     * as a page of its own.
     */
    @PostMapping("/audit/entries/{seq}/unsealed")
    String unseal(@PathVariable long seq, @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        model.addAttribute("seq", seq);
        model.addAttribute("unsealed", trail.unseal(seq));
        return htmx != null ? "audit/unsealed :: unsealed" : "audit/unsealed";
    }
}
