package kz.qorgau.inspections;

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

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.qorgau.shared.PageResponse;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.PlausibleYear;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.Requires;

/** Labour inspections over the API: the same operations as the pages, with the same rules and reach. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Inspections")
class InspectionApiController {

    private final InspectionDirectory directory;
    private final InspectionRegister register;
    private final InspectionNotifications notifications;

    InspectionApiController(InspectionDirectory directory, InspectionRegister register,
            InspectionNotifications notifications) {
        this.directory = directory;
        this.register = register;
        this.notifications = notifications;
    }

    @Operation(summary = "The inspectorate's inspections, latest first: by a reference, BIN or part of the employer's "
            + "name, a year, a region, those with forced-labour indicators")
    @GetMapping("/inspections")
    @Requires(Permission.INSPECTIONS)
    PageResponse<InspectionViews.InspectionListItem> list(@RequestParam(required = false) String q,
            @RequestParam(required = false) @PlausibleYear Integer year,
            @RequestParam(required = false) RegionCode region,
            @RequestParam(defaultValue = "false") boolean indicators, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "25") int size) {
        return directory.list(new InspectionCommands.Search(q, year, region, indicators), PageRequest.of(Math.max(page,
                0), Math.clamp(size, 1, 100)));
    }

    @Operation(summary = "An inspection of the inspectorate, with its notification to the police and the case's stages")
    @GetMapping("/inspections/{id}")
    @Requires(Permission.INSPECTIONS)
    InspectionViews.InspectionView get(@PathVariable long id) {
        return directory.get(id);
    }

    @Operation(summary = "Record an inspection; answers it (the one recorded before, when its clientId was sent "
            + "already)")
    @PostMapping("/inspections")
    @ResponseStatus(HttpStatus.CREATED)
    @Requires(Permission.INSPECTIONS)
    InspectionViews.InspectionView record(@RequestBody InspectionCommands.Recording recording) {
        return directory.get(register.record(recording));
    }

    @Operation(summary = "Notify the police unit of the inspection's region of the forced-labour indicators found; "
            + "answers the inspection with its notification")
    @PostMapping("/inspections/{id}/notification")
    @ResponseStatus(HttpStatus.CREATED)
    @Requires(Permission.INSPECTIONS)
    InspectionViews.InspectionView notifyPolice(@PathVariable long id,
            @RequestBody InspectionCommands.Notification notification) {
        notifications.notifyPolice(id, notification);
        return directory.get(id);
    }

    @Operation(summary = "The notifications addressed to the user's police unit (a supervisor: of the inspections in "
            + "their regions), those awaiting an answer first")
    @GetMapping("/inspection-notifications")
    @Requires(Permission.INSPECTION_NOTIFICATIONS)
    PageResponse<InspectionViews.NotificationListItem> notifications(
            @RequestParam(defaultValue = "AWAITING") InspectionDirectory.NotificationFilter filter,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size) {
        return directory.notifications(filter, PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, 100)));
    }

    @Operation(summary = "A notification with the inspection it is about")
    @GetMapping("/inspection-notifications/{id}")
    @Requires(Permission.INSPECTION_NOTIFICATIONS)
    InspectionViews.NotificationPage notification(@PathVariable long id) {
        return directory.notification(id);
    }

    @Operation(summary = "Answer a notification: registered in ERDR as the case under the number given")
    @PostMapping("/inspection-notifications/{id}/registration")
    @Requires(Permission.INSPECTION_NOTIFICATIONS)
    InspectionViews.NotificationPage registered(@PathVariable long id,
            @RequestBody InspectionCommands.Registration registration) {
        notifications.registered(id, registration);
        return directory.notification(id);
    }

    @Operation(summary = "Answer a notification: refused, with the reason")
    @PostMapping("/inspection-notifications/{id}/refusal")
    @Requires(Permission.INSPECTION_NOTIFICATIONS)
    InspectionViews.NotificationPage refused(@PathVariable long id, @RequestBody InspectionCommands.Refusal refusal) {
        notifications.refused(id, refusal);
        return directory.notification(id);
    }
}
