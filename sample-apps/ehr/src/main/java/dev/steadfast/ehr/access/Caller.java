package dev.steadfast.ehr.access;

import java.util.Arrays;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import dev.steadfast.ehr.staff.Role;
import dev.steadfast.ehr.staff.StaffDirectory;

/** Who is asking, for the length of one request: the signed-in name, the roles, the care team. */
@RequestScoped
public class Caller {

    @Inject
    HttpServletRequest request;

    @Inject
    StaffDirectory staff;

    private Optional<String> careTeam;

    public Optional<String> name() {
        return Optional.ofNullable(request.getUserPrincipal()).map(java.security.Principal::getName);
    }

    public boolean has(Role role) {
        return request.getUserPrincipal() != null && request.isUserInRole(role.role());
    }

    public boolean hasAny(Role... roles) {
        return Arrays.stream(roles).anyMatch(this::has);
    }

    /** The care team of a clinician or nurse; none for other accounts. Read once a request. */
    public Optional<String> careTeam() {
        if (careTeam == null) {
            careTeam = name().flatMap(staff::careTeamOf);
        }
        return careTeam;
    }
}
