package kz.qorgau.victims;

import java.util.List;
import java.util.Map;

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

import kz.qorgau.cases.CaseViews;
import kz.qorgau.shared.AgeGroup;
import kz.qorgau.shared.ExploitationForm;
import kz.qorgau.shared.PageResponse;
import kz.qorgau.shared.PlausibleYear;
import kz.qorgau.shared.Sex;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;

/**
 * Victim records over the API: the same operations as the pages, with the same rules and scope.
 * Pseudonymous: a person's data is revealed only through {@code /api/v1/persons/{id}/reveal}.
 */
@RestController
@RequestMapping("/api/v1/victims")
@Tag(name = "Victims")
@Requires(Permission.VICTIMS)
class VictimApiController {

    private final VictimRegistry registry;
    private final VictimDetails details;
    private final VictimList list;

    VictimApiController(VictimRegistry registry, VictimDetails details, VictimList list) {
        this.registry = registry;
        this.details = details;
        this.list = list;
    }

    /** Answers to the ILO-EC indicators, for the rule's suggestion. */
    record SuggestionRequest(Map<DelphiIndicator, Answer> answers, Boolean child) {
    }

    @Operation(
            summary = "Victim records in the caller's scope, filtered, most recently identified first (pseudonymous)")
    @GetMapping
    PageResponse<VictimViews.VictimListItem> search(@RequestParam(required = false) String region,
            @RequestParam(required = false) @PlausibleYear Integer year, @RequestParam(
                    required = false) TraffickingStatus status,
            @RequestParam(required = false) ExploitationForm form, @RequestParam(required = false) Boolean foreign,
            @RequestParam(required = false) Sex sex, @RequestParam(required = false) AgeGroup ageGroup,
            @RequestParam(required = false) Boolean child, @RequestParam(required = false) String reference,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size) {
        return list.search(new VictimCommands.Search(region, year, status, form, foreign, sex, ageGroup, child,
                reference), PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, 200)));
    }

    @Operation(summary = "One victim record with its tabs' content (404 outside the caller's scope)")
    @GetMapping("/{id}")
    VictimViews.VictimView get(@PathVariable long id) {
        return details.get(id);
    }

    @Operation(summary = "The ILO-EC rule's suggestion for screening answers (nothing is stored)")
    @PostMapping("/suggestion")
    DelphiRule.Suggestion suggest(@RequestBody SuggestionRequest request) {
        return registry.suggest(request.answers() == null ? Map.of() : request.answers(),
                Boolean.TRUE.equals(request.child()));
    }

    @Operation(
            summary = "Identify a victim from a first screening (of a registry person, or anonymous for an adult who refuses)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    VictimViews.VictimView register(@RequestBody VictimCommands.Registration registration) {
        return registry.register(registration);
    }

    @Operation(summary = "A further screening; a decision other than the current status becomes a status change")
    @PostMapping("/{id}/screenings")
    @ResponseStatus(HttpStatus.CREATED)
    VictimViews.VictimView screen(@PathVariable long id, @RequestBody VictimCommands.Screening screening) {
        return registry.screen(id, screening);
    }

    @Operation(summary = "Replace what is known of the victim and the situation (HTCDS 2.0 vocabularies)")
    @PutMapping("/{id}/situation")
    VictimViews.VictimView describe(@PathVariable long id, @RequestBody VictimCommands.Situation situation) {
        return registry.describe(id, situation);
    }

    @Operation(summary = "Record a dated decision on the trafficking status by the caller's organisation")
    @PostMapping("/{id}/status")
    VictimViews.VictimView decideStatus(@PathVariable long id, @RequestBody VictimCommands.StatusDecision decision) {
        return registry.decideStatus(id, decision);
    }

    @Operation(summary = "Record consent given, refused or withdrawn for a scope (refusing processing anonymises)")
    @PostMapping("/{id}/consents")
    VictimViews.VictimView recordConsent(@PathVariable long id, @RequestBody VictimCommands.ConsentAnswer answer) {
        return registry.recordConsent(id, answer);
    }

    @Operation(summary = "Record that the victim was told of a right")
    @PostMapping("/{id}/rights")
    VictimViews.VictimView informOfRight(@PathVariable long id, @RequestBody VictimCommands.RightInformedOf informed) {
        return registry.informOfRight(id, informed);
    }

    @Operation(summary = "Start the reflection period of a foreign victim (six months from identification)")
    @PostMapping("/{id}/reflection")
    VictimViews.VictimView startReflection(@PathVariable long id) {
        return registry.startReflectionPeriod(id);
    }

    @Operation(summary = "Extend the reflection period to the expected end of the trial of a linked case")
    @PostMapping("/{id}/reflection/extension")
    VictimViews.VictimView extendReflection(@PathVariable long id,
            @RequestBody VictimCommands.ReflectionExtension extension) {
        return registry.extendReflectionPeriod(id, extension);
    }

    @Operation(summary = "Record an application for a temporary residence or work permit")
    @PostMapping("/{id}/permits")
    VictimViews.VictimView applyForPermit(@PathVariable long id,
            @RequestBody VictimCommands.PermitApplication application) {
        return registry.applyForPermit(id, application);
    }

    @Operation(summary = "Record the decision on a permit application (seq: from 0)")
    @PostMapping("/{id}/permits/decision")
    VictimViews.VictimView decidePermit(@PathVariable long id, @RequestBody VictimCommands.PermitDecision decision) {
        return registry.decidePermit(id, decision);
    }

    @Operation(summary = "Record non-punishment screening before deportation or prosecution")
    @PostMapping("/{id}/non-punishment")
    VictimViews.VictimView recordNonPunishment(@PathVariable long id,
            @RequestBody VictimCommands.NonPunishment screening) {
        return registry.recordNonPunishment(id, screening);
    }

    @Operation(summary = "Record testimony in proceedings")
    @PostMapping("/{id}/testimonies")
    VictimViews.VictimView recordTestimony(@PathVariable long id, @RequestBody VictimCommands.Testimony testimony) {
        return registry.recordTestimony(id, testimony);
    }

    @Requires(Permission.VICTIMS_OF_CASES)
    @Operation(summary = "Record a period in the state protection programme with its cost in KZT (police, prosecutors)")
    @PostMapping("/{id}/protection")
    VictimViews.VictimView recordProtection(@PathVariable long id, @RequestBody VictimCommands.Protection protection) {
        return registry.recordProtection(id, protection);
    }

    @Operation(summary = "Record a compensation claim filed")
    @PostMapping("/{id}/compensation")
    VictimViews.VictimView fileCompensation(@PathVariable long id,
            @RequestBody VictimCommands.CompensationFiling filing) {
        return registry.fileCompensation(id, filing);
    }

    @Operation(summary = "Record the amount awarded on a claim (seq: from 0)")
    @PostMapping("/{id}/compensation/award")
    VictimViews.VictimView awardCompensation(@PathVariable long id,
            @RequestBody VictimCommands.CompensationStep award) {
        return registry.awardCompensation(id, award);
    }

    @Operation(summary = "Record the amount paid on an award (seq: from 0)")
    @PostMapping("/{id}/compensation/payment")
    VictimViews.VictimView payCompensation(@PathVariable long id,
            @RequestBody VictimCommands.CompensationStep payment) {
        return registry.payCompensation(id, payment);
    }

    @Operation(
            summary = "Link a victim record, by its reference, to a case in the caller's scope (with the victim's consent)")
    @PostMapping("/case-links")
    @ResponseStatus(HttpStatus.CREATED)
    @Requires(Permission.VICTIMS_OF_CASES)
    CaseViews.VictimLink link(@RequestBody VictimCommands.CaseLink link) {
        return registry.linkToCase(link);
    }

    @Operation(summary = "Deadlines of foreign victims of the caller's organisation: next 30 days and overdue")
    @GetMapping("/deadlines")
    List<VictimViews.DeadlineItem> deadlines() {
        return list.deadlines();
    }

    record BreakGlassRequest(String reference, String reason) {
    }

    record Opened(long victimId) {
    }

    @Operation(summary = "Open a victim record outside one's scope by its reference, for a stated reason (law "
            + "enforcement; read only, pseudonymous, for a limited time; audited, the supervisors are told)")
    @Requires(Permission.VICTIMS_OF_CASES)
    @PostMapping("/break-glass")
    Opened breakGlass(@RequestBody BreakGlassRequest request) {
        return new Opened(registry.breakGlass(request.reference(), request.reason()));
    }
}
