package kz.qorgau.cases;

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

import kz.qorgau.shared.PageResponse;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.PlausibleYear;
import kz.qorgau.shared.Requires;

/** Special operations over the API. */
@RestController
@RequestMapping("/api/v1/operations")
@Tag(name = "Special operations")
@Requires(Permission.OPERATIONS)
class OperationApiController {

    private final SpecialOperations operations;

    OperationApiController(SpecialOperations operations) {
        this.operations = operations;
    }

    @Operation(summary = "Special operations, newest first")
    @GetMapping
    PageResponse<CaseViews.OperationView> list(@RequestParam(required = false) @PlausibleYear Integer year,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(operations.list(year, PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, 100))));
    }

    @Operation(summary = "One special operation")
    @GetMapping("/{id}")
    CaseViews.OperationView get(@PathVariable long id) {
        return operations.get(id);
    }

    @Requires(Permission.OPERATIONS_RECORD)
    @Operation(summary = "Record a special operation (police); resulting cases by ERDR number")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CaseViews.OperationView plan(@RequestBody SpecialOperations.OperationDetails details) {
        return operations.plan(details);
    }

    @Requires(Permission.OPERATIONS_RECORD)
    @Operation(summary = "Change a special operation (police)")
    @PutMapping("/{id}")
    CaseViews.OperationView update(@PathVariable long id, @RequestBody SpecialOperations.OperationDetails details) {
        return operations.update(id, details);
    }
}
