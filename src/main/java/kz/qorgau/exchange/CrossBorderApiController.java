package kz.qorgau.exchange;

import java.time.LocalDate;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import kz.qorgau.referrals.ServiceType;
import kz.qorgau.shared.InvalidFieldException;
import kz.qorgau.shared.PageResponse;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;

/** The referrals between countries over the API: the same operations as the pages, with the same rules. */
@RestController
@RequestMapping("/api/v1/exchange/referrals")
@Tag(name = "Referrals between countries")
@Requires(Permission.REFER_ABROAD)
class CrossBorderApiController {

    /** A referral to another country, as the form takes it. */
    record NewReferral(String victimReference, Long peerId, String purpose, LocalDate consentOn,
            boolean consentConfirmed, boolean followUpConsent, Set<ServiceType> needs) {
    }

    /** A step of the caller's side: its name, its date and its detail's code (if the step has one). */
    record NewStep(String step, LocalDate occurredOn, String detail) {
    }

    /**
     * The person of a received referral registered here: the day of identification here, the status ({@code POSSIBLE}
     * or {@code PRESUMED}) and the person's consent to the processing of their data here.
     */
    record NewRecord(LocalDate identifiedOn, String status, Boolean consentConfirmed) {
    }

    private final CrossBorderReferrals referrals;

    CrossBorderApiController(CrossBorderReferrals referrals) {
        this.referrals = referrals;
    }

    @Operation(
            summary = "Referrals the caller's organisation sent (OUT) or received, unanswered or answered by it (IN), "
                    + "newest first; of a status, or only those with a follow-up due")
    @GetMapping
    PageResponse<CrossBorderReferrals.Item> list(@RequestParam(defaultValue = "OUT") String direction,
            @RequestParam(required = false) CrossBorderReferral.Status status,
            @RequestParam(defaultValue = "false") boolean due, @RequestParam(defaultValue = "0") int page) {
        return referrals.list(direction, status, due, page);
    }

    @Operation(summary = "One referral with what it transferred, its timeline, the follow-ups due and the steps the "
            + "caller's side may record now (404 outside the caller's organisation)")
    @GetMapping("/{id}")
    CrossBorderReferrals.View get(@PathVariable long id) {
        return referrals.view(id);
    }

    @Operation(summary = "Refer a victim record of the caller's scope to a peer, with the victim's consent to this "
            + "transfer to this country; only the purpose's fields are sent")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CrossBorderReferrals.View send(@RequestBody NewReferral referral) {
        return referrals.view(referrals.send(new CrossBorderReferrals.NewReferral(referral.victimReference(), referral
                .peerId(), referral.purpose(), referral.consentOn(), referral.consentConfirmed(), referral
                        .followUpConsent(), referral.needs())));
    }

    @Operation(summary = "Record a step of the caller's side (accepted, declined, departed, arrived, service, "
            + "completed, follow-ups); told to the other side")
    @PostMapping("/{id}/steps")
    CrossBorderReferrals.View step(@PathVariable long id, @RequestBody NewStep step) {
        CrossBorderStep kind = CrossBorderStep.of(step.step());
        if (kind == null) {
            throw new InvalidFieldException("step", "exchange.referral.error.step");
        }
        referrals.record(id, kind, step.occurredOn(), step.detail());
        return referrals.view(id);
    }

    @Operation(summary = "Open a victim record of the caller's organisation for the person of a received referral it "
            + "accepted, once (anonymous for a purpose that names no one); nothing is sent to the other side")
    @PostMapping("/{id}/victim")
    @ResponseStatus(HttpStatus.CREATED)
    CrossBorderReferrals.View register(@PathVariable long id, @RequestBody NewRecord record) {
        referrals.register(id, new CrossBorderReferrals.LocalRecord(record.identifiedOn(), record.status(),
                Boolean.TRUE.equals(record.consentConfirmed())));
        return referrals.view(id);
    }
}
