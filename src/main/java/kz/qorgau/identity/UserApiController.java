package kz.qorgau.identity;

import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;
import java.util.List;

/** Users over the API: the caller's own identity for everyone, administration for administrators. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Users")
@Requires(Permission.ADMINISTER_USERS)
class UserApiController {

    private final Accounts accounts;

    UserApiController(Accounts accounts) {
        this.accounts = accounts;
    }

    record Me(long id, String username, String fullName, long organisationId, Set<Role> roles, boolean nationalScope,
            Set<RegionCode> regions, String language) {
    }

    /**
     * A new user; {@code roleOverrideReason} is needed for roles that do not fit the organisation's type, and is
     * ignored otherwise.
     */
    record NewUser(@NotBlank String username, @Valid UserProfile profile,
            @Size(max = Accounts.OVERRIDE_REASON_LENGTH) String roleOverrideReason) {
    }

    /**
     * A user's profile as {@link UserProfile}, with {@code roleOverrideReason} for roles that do not fit the
     * organisation's type and have no override there yet.
     */
    record ProfileChange(@NotNull String fullName, String email, long organisationId, Set<Role> roles,
            boolean nationalScope,
            Set<RegionCode> regions, @Size(max = Accounts.OVERRIDE_REASON_LENGTH) String roleOverrideReason) {

        UserProfile profile() {
            return new UserProfile(fullName, email, organisationId, roles, nationalScope, regions);
        }
    }

    @Requires(Permission.OWN_ACCOUNT)
    @Operation(summary = "The authenticated user")
    @GetMapping("/me")
    Me me(@AuthenticationPrincipal QorgauUser user) {
        return new Me(user.id(), user.getUsername(), user.fullName(), user.organisationId(), user.roles(),
                user.nationalScope(), user.regions(), user.locale());
    }

    @Operation(summary = "Search users (administrators)")
    @GetMapping("/users")
    PageResponse<UserSummary> search(@RequestParam(required = false) String q, @RequestParam(
            required = false) Role role,
            @RequestParam(required = false) Long organisation, @RequestParam(required = false) Boolean enabled,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(accounts.search(new UserSearch(q, role, organisation, enabled),
                PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, 100))));
    }

    @Operation(summary = "One user (administrators)")
    @GetMapping("/users/{id}")
    UserSummary get(@PathVariable long id) {
        return accounts.get(id);
    }

    @Operation(summary = "Create a user; the answer carries the temporary password, once (administrators); roles "
            + "that do not fit the organisation's type need roleOverrideReason (409 without it)")
    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    IssuedPassword create(@Valid @RequestBody NewUser user) {
        return accounts.create(user.username(), user.profile(), user.roleOverrideReason());
    }

    @Operation(summary = "Change a user's profile (administrators); roles that do not fit the organisation's type "
            + "need roleOverrideReason (409 without it)")
    @PutMapping("/users/{id}")
    UserSummary update(@PathVariable long id, @Valid @RequestBody ProfileChange change) {
        return accounts.update(id, change.profile(), change.roleOverrideReason());
    }

    @Operation(summary = "Disable a user (administrators)")
    @PostMapping("/users/{id}/disable")
    UserSummary disable(@PathVariable long id) {
        accounts.disable(id);
        return accounts.get(id);
    }

    @Operation(summary = "Enable a user (administrators)")
    @PostMapping("/users/{id}/enable")
    UserSummary enable(@PathVariable long id) {
        accounts.enable(id);
        return accounts.get(id);
    }

    @Operation(summary = "Reset a user's password to a temporary one, returned once (administrators)")
    @PostMapping("/users/{id}/password-reset")
    IssuedPassword resetPassword(@PathVariable long id) {
        return accounts.resetPassword(id);
    }

    @Operation(summary = "Changes of roles that give an administrator a role reaching data, waiting for a second "
            + "administrator")
    @GetMapping("/users/role-requests")
    List<RoleRequest> roleRequests() {
        return accounts.roleRequests();
    }

    @Operation(summary = "Approve a change of roles (another administrator than the one who asked; ends the user's "
            + "sessions)")
    @PostMapping("/users/role-requests/{requestId}/approval")
    UserSummary approveRoles(@PathVariable long requestId) {
        return accounts.approveRoles(requestId);
    }

    @Operation(summary = "Reject a change of roles")
    @PostMapping("/users/role-requests/{requestId}/rejection")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void rejectRoles(@PathVariable long requestId) {
        accounts.rejectRoles(requestId);
    }

    @Operation(summary = "Forget a user's authenticator: they enrol again at their next sign-in (ends their sessions)")
    @PostMapping("/users/{id}/second-factor-reset")
    UserSummary resetSecondFactor(@PathVariable long id) {
        accounts.resetSecondFactor(id);
        return accounts.get(id);
    }
}
