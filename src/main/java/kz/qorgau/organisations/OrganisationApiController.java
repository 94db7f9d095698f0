package kz.qorgau.organisations;

import java.util.List;
import java.util.Locale;

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

import kz.qorgau.shared.PageResponse;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;

/** Organisations and regions over the API: reading for every user, changes for administrators. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Organisations")
@Requires(Permission.OWN_ACCOUNT)
class OrganisationApiController {

    private final OrganisationRegistry registry;
    private final Regions regions;

    OrganisationApiController(OrganisationRegistry registry, Regions regions) {
        this.registry = registry;
        this.regions = regions;
    }

    @Operation(summary = "Search organisations")
    @GetMapping("/organisations")
    PageResponse<OrganisationSummary> search(@RequestParam(required = false) String q,
            @RequestParam(required = false) OrganisationType type, @RequestParam(required = false) String region,
            @RequestParam(required = false) Boolean active, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(registry.search(new OrganisationSearch(q, type, region, active),
                PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, 100))));
    }

    @Operation(summary = "One organisation")
    @GetMapping("/organisations/{id}")
    OrganisationSummary get(@PathVariable long id) {
        return registry.get(id);
    }

    @Requires(Permission.ADMINISTER_ORGANISATIONS)
    @Operation(summary = "Register an organisation (administrators)")
    @PostMapping("/organisations")
    @ResponseStatus(HttpStatus.CREATED)
    OrganisationSummary create(@Valid @RequestBody OrganisationForm organisation) {
        return registry.register(organisation.details());
    }

    @Requires(Permission.ADMINISTER_ORGANISATIONS)
    @Operation(summary = "Change an organisation (administrators)")
    @PutMapping("/organisations/{id}")
    OrganisationSummary update(@PathVariable long id, @Valid @RequestBody OrganisationForm organisation) {
        return registry.update(id, organisation.details());
    }

    @Operation(summary = "Regions valid today, named in the requested language")
    @GetMapping("/regions")
    List<Region> regions(Locale locale) {
        return regions.current(locale);
    }
}
