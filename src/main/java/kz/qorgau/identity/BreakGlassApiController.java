package kz.qorgau.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import kz.qorgau.shared.PageResponse;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;

/** Break-the-glass grants over the API: every grant with its reason, for auditors. */
@RestController
@Tag(name = "Audit trail")
@Requires(Permission.AUDIT)
class BreakGlassApiController {

    private final BreakGlass breakGlass;

    BreakGlassApiController(BreakGlass breakGlass) {
        this.breakGlass = breakGlass;
    }

    @Operation(summary = "Every break-the-glass grant with its stated reason, newest first (viewing is audited)")
    @GetMapping("/api/v1/audit/break-glass")
    PageResponse<BreakGlassGrant> grants(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(breakGlass.all(PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, 200))));
    }
}
