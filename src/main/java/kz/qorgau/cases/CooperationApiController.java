package kz.qorgau.cases;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import kz.qorgau.shared.PageResponse;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.PlausibleYear;
import kz.qorgau.shared.Requires;

/** International cooperation requests over the API. */
@RestController
@RequestMapping("/api/v1/cooperation")
@Tag(name = "International cooperation")
@Requires(Permission.OPERATIONS)
class CooperationApiController {

    private final InternationalCooperation cooperation;

    CooperationApiController(InternationalCooperation cooperation) {
        this.cooperation = cooperation;
    }

    record StepRequest(@NotNull(message = "{validation.required}") InternationalCooperation.Step step, LocalDate on) {
    }

    @Operation(summary = "Requests of international cooperation, newest first")
    @GetMapping
    PageResponse<CaseViews.CooperationView> search(@RequestParam(required = false) CooperationKind kind,
            @RequestParam(required = false) CooperationDirection direction,
            @RequestParam(required = false) CooperationStatus status,
            @RequestParam(required = false) @PlausibleYear Integer year,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size) {
        return PageResponse.of(cooperation.search(new InternationalCooperation.Search(kind, direction, status, year),
                PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, 100))));
    }

    @Operation(summary = "One request")
    @GetMapping("/{id}")
    CaseViews.CooperationView get(@PathVariable long id) {
        return cooperation.get(id);
    }

    @Requires(Permission.COOPERATION_RECORD)
    @Operation(summary = "Record a new request (OUTGOING: Kazakhstan asks; INCOMING: another state asks)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CaseViews.CooperationView open(@RequestBody InternationalCooperation.NewRequest request) {
        return cooperation.open(request);
    }

    @Requires(Permission.COOPERATION_RECORD)
    @Operation(summary = "Record the next step: GRANTED, REFUSED, WITHDRAWN or EXECUTED, with its date")
    @PostMapping("/{id}/steps")
    CaseViews.CooperationView advance(@PathVariable long id, @Valid @RequestBody StepRequest step) {
        return cooperation.advance(id, step.step(), step.on());
    }
}
