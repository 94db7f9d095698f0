package kz.qorgau.referrals;

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
import kz.qorgau.shared.Requires;

/** The referral mechanism over the API: the same operations as the pages, with the same rules. */
@RestController
@RequestMapping("/api/v1/referrals")
@Tag(name = "Referrals")
class ReferralApiController {

    private final ReferralMechanism mechanism;
    private final ReferralList list;
    private final ReferralDetails details;
    private final ReferralNotices notices;

    ReferralApiController(ReferralMechanism mechanism, ReferralList list, ReferralDetails details,
            ReferralNotices notices) {
        this.mechanism = mechanism;
        this.list = list;
        this.details = details;
        this.notices = notices;
    }

    @Operation(summary = "Referrals to the caller's organisation, newest first (overdue ones marked), a page at a time")
    @GetMapping("/inbox")
    @Requires(Permission.REFERRALS)
    PageResponse<ReferralViews.ReferralListItem> inbox(@RequestParam(required = false) ReferralStatus status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size) {
        return list.inbox(status, PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, 200)));
    }

    @Operation(summary = "Referrals from the caller's organisation, newest first, a page at a time")
    @GetMapping("/outbox")
    @Requires(Permission.REFERRALS)
    PageResponse<ReferralViews.ReferralListItem> outbox(@RequestParam(required = false) ReferralStatus status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size) {
        return list.outbox(status, PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, 200)));
    }

    @Operation(summary = "One referral with its steps (404 unless the caller's organisation sent or received it)")
    @GetMapping("/{id}")
    @Requires(Permission.REFERRALS)
    ReferralViews.ReferralView get(@PathVariable long id) {
        return details.get(id);
    }

    @Operation(
            summary = "Refer a victim (consent gate: an identified person needs consent; anonymous records go without identity)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Requires(Permission.REFERRALS)
    ReferralViews.ReferralView send(@RequestBody ReferralCommands.NewReferral referral) {
        return mechanism.send(referral);
    }

    @Operation(summary = "Accept a pending referral (receiver); a transfer hands over the case")
    @PostMapping("/{id}/accept")
    @Requires(Permission.REFERRALS)
    ReferralViews.ReferralView accept(@PathVariable long id) {
        return mechanism.accept(id);
    }

    @Operation(summary = "Decline a pending referral with a reason (receiver)")
    @PostMapping("/{id}/decline")
    @Requires(Permission.REFERRALS)
    ReferralViews.ReferralView decline(@PathVariable long id, @RequestBody ReferralCommands.Decline decline) {
        return mechanism.decline(id, decline);
    }

    @Operation(summary = "Complete an accepted referral (receiver)")
    @PostMapping("/{id}/complete")
    @Requires(Permission.REFERRALS)
    ReferralViews.ReferralView complete(@PathVariable long id,
            @RequestBody(required = false) ReferralCommands.Note note) {
        return mechanism.complete(id, note);
    }

    @Operation(summary = "Revoke a referral while it is pending (sender)")
    @PostMapping("/{id}/revoke")
    @Requires(Permission.REFERRALS)
    ReferralViews.ReferralView revoke(@PathVariable long id,
            @RequestBody(required = false) ReferralCommands.Note note) {
        return mechanism.revoke(id, note);
    }

    @Operation(
            summary = "Record a service the caller's organisation delivered (from / to, cost in KZT, funding source)")
    @PostMapping("/services")
    @ResponseStatus(HttpStatus.CREATED)
    @Requires(Permission.REFERRALS)
    ReferralViews.EpisodeView recordService(@RequestBody ReferralCommands.NewEpisode episode) {
        return mechanism.recordService(episode);
    }

    @Operation(summary = "Notifications of the caller's organisation, unread first")
    @GetMapping("/notifications")
    @Requires(Permission.REFERRALS)
    List<ReferralViews.NotificationView> notifications() {
        return notices.notifications();
    }

    @Operation(summary = "Mark the notifications of the caller's organisation read")
    @PostMapping("/notifications/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Requires(Permission.REFERRALS)
    void markRead() {
        notices.markNotificationsRead();
    }
}
