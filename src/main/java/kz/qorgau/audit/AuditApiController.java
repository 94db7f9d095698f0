package kz.qorgau.audit;

import java.time.LocalDate;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import kz.qorgau.shared.PageResponse;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;

/** The audit trail over the API, for auditors. */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit trail")
@Requires(Permission.AUDIT)
class AuditApiController {

    private final AuditTrail trail;

    AuditApiController(AuditTrail trail) {
        this.trail = trail;
    }

    @Operation(summary = "Audit entries, newest first, filtered")
    @GetMapping("/entries")
    PageResponse<AuditEntry> entries(@RequestParam(required = false) String actor,
            @RequestParam(required = false) String action, @RequestParam(required = false) String targetType,
            @RequestParam(required = false) String targetId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(trail.search(new AuditQuery(actor, action, targetType, targetId, from, to),
                PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, 500))));
    }

    @Operation(summary = "Open an entry's sealed details (reasons and other free text); audited")
    @PostMapping("/entries/{seq}/unsealed")
    Map<String, String> unseal(@PathVariable long seq) {
        return trail.unseal(seq);
    }

    @Operation(summary = "Verify the hash chain against itself and its checkpoints; reports the first broken link")
    @PostMapping("/verification")
    ChainVerification verify() {
        return trail.verify();
    }
}
