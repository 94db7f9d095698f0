package kz.qorgau.shelters;

import java.time.LocalDate;
import java.util.List;

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
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.Requires;

/** The shelters over the API: the same operations as the pages, with the same rules and scope. */
@RestController
@RequestMapping("/api/v1/shelters")
@Tag(name = "Shelters")
class ShelterApiController {

    private final ShelterDirectory directory;
    private final ShelterRegister register;
    private final ShelterStays stays;
    private final ShelterFunding funding;
    private final FundingReports reports;

    ShelterApiController(ShelterDirectory directory, ShelterRegister register, ShelterStays stays,
            ShelterFunding funding, FundingReports reports) {
        this.reports = reports;
        this.directory = directory;
        this.register = register;
        this.stays = stays;
        this.funding = funding;
    }

    @Operation(summary = "The funding model of a year: each shelter's state money beside its parts had the same total "
            + "been shared by the cases of its region, by the victims it served and by its bed-nights; each region's "
            + "cases, victims identified and beds")
    @GetMapping("/funding")
    @Requires(Permission.SHELTERS_OVERSEE)
    FundingModel fundingReport(@RequestParam @PlausibleYear int year) {
        return reports.report(year);
    }

    @Operation(summary = "A shelter's allocations, latest year first, each marked when a correction replaced it")
    @GetMapping("/{id}/allocations")
    @Requires(Permission.SHELTERS)
    List<ShelterViews.AllocationView> listAllocations(@PathVariable long id) {
        return funding.allocations(id);
    }

    @Operation(summary = "Enter an allocation to a shelter for a year, with its source document; answers its id")
    @PostMapping("/{id}/allocations")
    @ResponseStatus(HttpStatus.CREATED)
    @Requires(Permission.SHELTERS_OVERSEE)
    long allocate(@PathVariable long id, @RequestBody ShelterCommands.AllocationEntry entry) {
        return funding.allocate(id, entry);
    }

    @Operation(summary = "Enter the allocation that replaces one (a correction is a new entry); answers its id")
    @PostMapping("/{id}/allocations/{allocationId}/correction")
    @ResponseStatus(HttpStatus.CREATED)
    @Requires(Permission.SHELTERS_OVERSEE)
    long correctAllocation(@PathVariable long id, @PathVariable long allocationId,
            @RequestBody ShelterCommands.AllocationEntry entry) {
        return funding.correct(id, allocationId, entry);
    }

    @Operation(summary = "The shelters the caller reaches (never an address), by name, a page at a time")
    @GetMapping
    @Requires(Permission.SHELTERS)
    PageResponse<ShelterViews.ShelterListItem> list(@RequestParam(required = false) String q,
            @RequestParam(required = false) String region, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "25") int size) {
        return directory.list(q, RegionCode.isValid(region) ? RegionCode.of(region) : null, PageRequest.of(Math.max(
                page, 0), Math.clamp(size, 1, 200)));
    }

    @Operation(
            summary = "One shelter with its beds tonight (the address only for its operator's staff and administrators)")
    @GetMapping("/{id}")
    @Requires(Permission.SHELTERS)
    ShelterViews.ShelterView get(@PathVariable long id) {
        return directory.get(id);
    }

    @Operation(
            summary = "A shelter's nights between two days (at most a year): beds taken and beds there were, by group")
    @GetMapping("/{id}/occupancy")
    @Requires(Permission.SHELTERS)
    ShelterViews.CalendarView occupancy(@PathVariable long id, @RequestParam LocalDate from,
            @RequestParam LocalDate to) {
        return directory.calendar(id, from, to);
    }

    @Operation(summary = "A shelter's stays (its operator's staff only; empty for anyone else)")
    @GetMapping("/{id}/stays")
    @Requires(Permission.SHELTERS)
    List<ShelterViews.StayView> listStays(@PathVariable long id) {
        return directory.stays(id);
    }

    @Operation(summary = "Register a shelter run by an organisation, in a region of the caller's scope; answers its id")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Requires(Permission.SHELTERS_OVERSEE)
    long registerShelter(@RequestBody ShelterCommands.Registration registration) {
        return register.register(registration);
    }

    @Operation(summary = "Change the beds of a group from a day on (never below the beds taken since)")
    @PostMapping("/{id}/capacity")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Requires(Permission.SHELTERS)
    void changeCapacity(@PathVariable long id, @RequestBody ShelterCommands.CapacityChange change) {
        register.changeCapacity(id, change);
    }

    @Operation(summary = "Admit a victim (from an accepted referral for shelter, or a walk-in); answers the stay's id")
    @PostMapping("/{id}/stays")
    @ResponseStatus(HttpStatus.CREATED)
    @Requires(Permission.SHELTERS)
    long admitToShelter(@PathVariable long id, @RequestBody ShelterCommands.Admission admission) {
        return stays.admit(id, admission);
    }

    @Operation(summary = "Discharge a victim, ending the stay's shelter service with its cost")
    @PostMapping("/{id}/stays/{stayId}/discharge")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Requires(Permission.SHELTERS)
    void dischargeFromShelter(@PathVariable long id, @PathVariable long stayId,
            @RequestBody ShelterCommands.Discharge discharge) {
        stays.discharge(id, stayId, discharge);
    }

    @Operation(summary = "Extend a stay's special social services period to nine months")
    @PostMapping("/{id}/stays/{stayId}/extension")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Requires(Permission.SHELTERS)
    void extendServicePeriod(@PathVariable long id, @PathVariable long stayId,
            @RequestBody ShelterCommands.Extension extension) {
        stays.extendPeriod(id, stayId, extension);
    }
}
