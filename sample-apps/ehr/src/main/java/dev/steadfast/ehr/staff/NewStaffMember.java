package dev.steadfast.ehr.staff;

import java.util.Set;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.steadfast.runtime.text.Printable;

/**
 * An account to open: a lower-case name, the roles, the care team (required of clinicians and nurses) and a first
 * password of 12 to 128 characters, which is hashed at once and never stored or answered as it is.
 */
public record NewStaffMember(
        @NotNull @Pattern(regexp = "[a-z][a-z0-9.-]{1,30}") String username,
        @NotBlank @Size(max = 100) @Printable String displayName,
        @NotEmpty @Size(max = 5) Set<@NotNull @Pattern(regexp = Role.PATTERN) String> roles,
        @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,39}") String careTeam,
        @NotNull @Size(min = 12, max = 128) String password) {

    @AssertTrue(message = "clinicians and nurses need a care team")
    public boolean isCareTeamGivenWhereNeeded() {
        return roles == null || careTeam != null || roles.stream().map(Role::of).flatMap(java.util.Optional::stream).noneMatch(Role::inCareTeam);
    }

    @Override
    public String toString() {
        return "NewStaffMember[" + username + ", " + roles + ", " + careTeam + "]";
    }
}
