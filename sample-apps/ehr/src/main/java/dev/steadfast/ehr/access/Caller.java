package dev.steadfast.ehr.access;

import java.util.Arrays;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import dev.steadfast.ehr.staff.Role;
import dev.steadfast.ehr.staff.StaffDirectory;
import dev.steadfast.ehr.staff.StaffMember;
import dev.steadfast.runtime.signin.SignOut;

/** Who is asking, for the length of one request: the signed-in name, the roles, the staff account and its care team. */
@RequestScoped
public class Caller {

    @Inject
    HttpServletRequest request;

    @Inject
    StaffDirectory staff;

    private Optional<StaffMember> member;

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
        return member().flatMap(m -> Optional.ofNullable(m.careTeam()));
    }

    /**
     * Whether the signed-in name is a staff account that has been disabled since it signed in: the session's identity
     * outlives the realm's check at sign-in, so each request checks again. An operator's name is no staff account.
     */
    public boolean isDisabled() {
        return member().map(m -> !m.active()).orElse(false);
    }

    /** Ends this session's sign-in, here and, through the replicated session, on every node. */
    public void signOut() {
        SignOut.everywhere(request);
    }

    private Optional<StaffMember> member() {
        if (member == null) {
            member = name().flatMap(staff::find);
        }
        return member;
    }
}
