package kz.qorgau.audit;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
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

    /**
     * The page of each kind of record the trail names, by its target type, with the permission that page asks for:
     * an entry links to its record for those who may open such pages (the page still checks the record's scope).
     */
    static final Map<String, RecordPage> RECORD_PAGES = Map.ofEntries(
            Map.entry("case", new RecordPage("/cases/", Permission.CASES)),
            Map.entry("victim", new RecordPage("/victims/", Permission.VICTIMS)),
            Map.entry("person", new RecordPage("/persons/", Permission.PERSONS)),
            Map.entry("referral", new RecordPage("/referrals/", Permission.REFERRALS)),
            Map.entry("shelter", new RecordPage("/shelters/", Permission.SHELTERS)),
            Map.entry("removal", new RecordPage("/removals/", Permission.REMOVALS)),
            Map.entry("agency", new RecordPage("/agencies/", Permission.AGENCIES)),
            Map.entry("intermediary", new RecordPage("/agencies/intermediaries/", Permission.AGENCIES)),
            Map.entry("call", new RecordPage("/hotline/calls/", Permission.HOTLINE)),
            Map.entry("operation", new RecordPage("/operations/", Permission.OPERATIONS)),
            Map.entry("cooperation", new RecordPage("/cooperation/", Permission.OPERATIONS)),
            Map.entry("coordination", new RecordPage("/prevention/coordination/", Permission.PREVENTION)),
            Map.entry("action-plan", new RecordPage("/prevention/plans/", Permission.PREVENTION)),
            Map.entry("user", new RecordPage("/admin/users/", Permission.ADMINISTER_USERS)),
            Map.entry("organisation", new RecordPage("/admin/organisations/", Permission.ADMINISTER_ORGANISATIONS)));

    /** The kinds of record the trail names (its target types), each labelled {@code audit.record.<type>}. */
    static final List<String> TARGET_TYPES = List.of("case", "victim", "person", "duplicate", "referral",
            "service-episode",
            "shelter", "shelter-stay", "inspection", "removal", "agency", "intermediary", "call", "operation",
            "cooperation", "coordination", "action-plan", "training", "campaign", "milestone",
            "user",
            "organisation",
            "token",
            "statistics",
            "exchange",
            "break-glass", "audit");

    record RecordPage(String path, Permission permission) {
    }

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
        model.addAttribute("targetTypes", TARGET_TYPES);
        model.addAttribute("recordPages", recordPages(SecurityContextHolder.getContext().getAuthentication()));
        return htmx != null ? "audit/trail :: results" : "audit/trail";
    }

    /** The address of each kind of record's page that the user may open, by target type. */
    static Map<String, String> recordPages(Authentication authentication) {
        Set<String> authorities = authentication == null ? Set.of()
                : authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                        .collect(Collectors.toSet());
        Map<String, String> pages = new HashMap<>();
        RECORD_PAGES.forEach((type, page) -> {
            if (authorities.contains(page.permission().authority())) {
                pages.put(type, page.path());
            }
        });
        return pages;
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
