package kz.qorgau.identity;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import kz.qorgau.shared.RegionCode;

/**
 * The administrator's user form. The user name is fixed once created. Roles that do not fit the organisation's type
 * are chosen only with the reason for the override.
 */
record UserForm(
        String username,
        @NotBlank(message = "{user.error.full-name-required}") @Size(max = 200,
                message = "{validation.too-long}") String fullName,
        @Email(message = "{validation.email}") @Size(max = 200, message = "{validation.too-long}") String email,
        @NotNull(message = "{user.error.organisation-required}") Long organisationId,
        @NotEmpty(message = "{user.error.no-role}") Set<Role> roles,
        Boolean nationalScope,
        Set<String> regions,
        @Size(max = Accounts.OVERRIDE_REASON_LENGTH, message = "{validation.too-long}") String roleOverrideReason) {

    static UserForm empty() {
        return new UserForm("", "", "", null, Set.of(), false, Set.of(), "");
    }

    static UserForm of(UserSummary user) {
        return new UserForm(user.username(), user.fullName(), user.email(), user.organisationId(), user.roles(),
                user.nationalScope(), user.regions().stream().map(RegionCode::value).collect(Collectors.toSet()), "");
    }

    UserProfile profile() {
        Set<RegionCode> regionCodes = regions == null ? Set.of()
                : regions.stream().filter(RegionCode::isValid).map(RegionCode::of).collect(Collectors.toSet());
        return new UserProfile(fullName, email, organisationId, roles, Boolean.TRUE.equals(nationalScope), regionCodes);
    }
}
