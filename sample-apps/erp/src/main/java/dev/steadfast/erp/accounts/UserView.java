package dev.steadfast.erp.accounts;

import java.util.Set;

/** A user as the API shows it: never the password. */
public record UserView(String username, String tenant, String displayName, Set<String> roles, boolean active) {

    static UserView of(User user) {
        return new UserView(user.username(), user.tenant(), user.displayName(), user.roles(), user.active());
    }
}
