package dev.steadfast.erp.accounts;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.steadfast.runtime.text.Printable;

/**
 * An account to open: a name {@code NAME@TENANT} in lower case (the tenant is the company the user works for), the
 * roles, and a first password of 12 to 128 characters, hashed at once and never stored or answered as it is.
 */
public record NewUser(
        @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9._-]{0,62}@[a-z0-9][a-z0-9-]{0,62}") String username,
        @NotBlank @Size(max = 100) @Printable String displayName,
        @NotEmpty @Size(max = 6) Set<@NotNull @Pattern(regexp = Role.PATTERN) String> roles,
        @NotNull @Size(min = 12, max = 128) String password) {

    @Override
    public String toString() {
        return "NewUser[" + username + ", " + roles + "]";
    }
}
