package dev.steadfast.ehr.staff;

import java.util.Set;

/** A staff account as the API answers it: never its password. */
public record StaffView(String username, String displayName, Set<String> roles, String careTeam, boolean active) {

    static StaffView of(StaffMember member) {
        return new StaffView(member.username(), member.displayName(), member.roles(), member.careTeam(), member.active());
    }
}
