package kz.qorgau.referrals;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;

/**
 * The referrals of one victim, and the providers' profiles, at paths of their own: under {@code /api/v1/referrals}
 * they would be ambiguous with {@code /api/v1/referrals/{id}/accept} and its siblings.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Referrals")
class ReferralDirectoryApiController {

    private final ReferralDetails details;
    private final ReferralProviders providers;

    ReferralDirectoryApiController(ReferralDetails details, ReferralProviders providers) {
        this.details = details;
        this.providers = providers;
    }

    @Operation(summary = "The referrals and services of a victim the caller sees")
    @GetMapping("/victims/{victimId}/referrals")
    @Requires(Permission.REFERRALS)
    ReferralViews.VictimSection forVictim(@PathVariable long victimId) {
        return details.forVictim(victimId);
    }

    @Operation(summary = "Providers' profiles (administrators)")
    @GetMapping("/referral-providers")
    @Requires(Permission.ADMINISTER_ORGANISATIONS)
    List<ReferralViews.ProviderView> providers() {
        return providers.providers();
    }

    @Operation(summary = "Set whether an organisation takes unaccompanied children (administrators)")
    @PutMapping("/referral-providers/{organisationId}")
    @Requires(Permission.ADMINISTER_ORGANISATIONS)
    ReferralViews.ProviderView setProfile(@PathVariable long organisationId,
            @RequestBody ReferralCommands.ProviderProfile profile) {
        return providers.setProfile(organisationId, profile);
    }
}
