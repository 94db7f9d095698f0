package kz.qorgau.cases;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import kz.qorgau.shared.ExploitationForm;
import kz.qorgau.shared.PageResponse;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.PlausibleYear;
import kz.qorgau.shared.Requires;

/** Criminal cases over the API: the same operations as the pages, with the same rules and scope. */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Criminal cases")
@Requires(Permission.CASES)
class CaseApiController {

    private final CriminalCases cases;
    private final CaseList caseList;
    private final CaseDetails details;

    CaseApiController(CriminalCases cases, CaseList caseList, CaseDetails details) {
        this.cases = cases;
        this.caseList = caseList;
        this.details = details;
    }

    @Operation(
            summary = "Cases in the caller's scope, filtered, newest first unless sorted (registered, erdr, -erdr, region, status)",
            description = "Matches are counted up to 10 000 (or to the end of the page asked for); beyond that "
                    + "totalExact is false and totalItems and totalPages are lower bounds.")
    @GetMapping
    PageResponse<CaseViews.CaseListItem> search(@RequestParam(required = false) String erdr,
            @RequestParam(required = false) String region, @RequestParam(required = false) @PlausibleYear Integer year,
            @RequestParam(required = false) CaseStatus status, @RequestParam(required = false) String article,
            @RequestParam(required = false) ExploitationForm form, @RequestParam(required = false) CaseFlag flag,
            @RequestParam(required = false) Long unit, @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size) {
        return caseList.search(new CaseCommands.Search(erdr, region, year, status, article, form, flag, unit, sort),
                PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, 200)));
    }

    @Operation(summary = "One case with its charges, defendants and timeline (404 outside the caller's scope)")
    @GetMapping("/{id}")
    CaseViews.CaseView get(@PathVariable long id) {
        return details.get(id);
    }

    @Requires(Permission.CASES_INVESTIGATE)
    @Operation(summary = "Register a case (police)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CaseViews.CaseView register(@Valid @RequestBody CaseCommands.Registration registration) {
        return cases.register(registration);
    }

    @Requires(Permission.CASES_QUALIFY)
    @Operation(summary = "Requalify a case: new charges, forms and flags in force from a date",
            description = "Records a dated requalification on the case's timeline (type REQUALIFIED). qualifiedOn is "
                    + "the date of the decision: not in the future, not before the registration or the qualification "
                    + "it replaces. Statistics count a case by the qualification in force on the date they count it, "
                    + "so that figures of earlier dates stay as they were. Refused once the case is decided.")
    @PutMapping("/{id}/qualification")
    CaseViews.CaseView requalify(@PathVariable long id, @RequestBody CaseCommands.Requalification requalification) {
        return cases.requalify(id, requalification);
    }

    @Requires(Permission.CASES_INVESTIGATE)
    @Operation(summary = "Add a suspect (police)")
    @PostMapping("/{id}/defendants")
    @ResponseStatus(HttpStatus.CREATED)
    CaseViews.CaseView addDefendant(@PathVariable long id, @RequestBody CaseCommands.NewDefendant defendant) {
        return cases.addDefendant(id, defendant);
    }

    @Operation(summary = "Record a procedural event; refused (409) if the resulting history is impossible")
    @PostMapping("/{id}/events")
    @ResponseStatus(HttpStatus.CREATED)
    CaseViews.CaseView record(@PathVariable long id, @RequestBody CaseCommands.Event event) {
        return cases.record(id, event);
    }

    @Operation(
            summary = "Correct the entry number seq (0-based) with the right data; the wrong entry stays in the history")
    @PostMapping("/{id}/events/{seq}/correction")
    @ResponseStatus(HttpStatus.CREATED)
    CaseViews.CaseView correct(@PathVariable long id, @PathVariable int seq, @RequestBody CaseCommands.Event event) {
        return cases.correct(id, seq, event);
    }

    @Operation(summary = "Withdraw the entry number seq (0-based) as made in error; it stays in the history")
    @PostMapping("/{id}/events/{seq}/retraction")
    @ResponseStatus(HttpStatus.CREATED)
    CaseViews.CaseView retract(@PathVariable long id, @PathVariable int seq) {
        return cases.retract(id, seq);
    }

    record BreakGlassRequest(String erdrNumber, String reason) {
    }

    record Opened(long caseId) {
    }

    @Operation(summary = "Open a case outside one's scope by its ERDR number, for a stated reason (read only, for a "
            + "limited time; audited, the supervisors are told)")
    @Requires(Permission.BREAK_GLASS)
    @PostMapping("/break-glass")
    Opened breakGlass(@RequestBody BreakGlassRequest request) {
        return new Opened(cases.breakGlass(request.erdrNumber(), request.reason()));
    }
}
