package dev.steadfast.ehr.staff;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import dev.steadfast.runtime.audit.AuditOutcome;
import dev.steadfast.runtime.audit.AuditTrail;
import dev.steadfast.runtime.password.PasswordHashing;
import dev.steadfast.runtime.problem.ConflictProblem;
import dev.steadfast.runtime.problem.NotFoundProblem;

/** The staff accounts: opened, listed, disabled and enabled again (never deleted: the trail names them), each change audited. */
@ApplicationScoped
public class StaffDirectory {

    @PersistenceContext(unitName = "ehr")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Transactional
    public StaffView open(NewStaffMember draft) {
        if (em.find(StaffMember.class, draft.username()) != null) {
            throw new ConflictProblem("There is already an account named " + draft.username() + ".");
        }
        StaffMember member = new StaffMember(draft, PasswordHashing.hash(draft.password()));
        em.persist(member);
        audit.record("staff.open", "StaffMember", member.username(), AuditOutcome.SUCCESS, "roles " + member.roles());
        return StaffView.of(member);
    }

    public List<StaffView> all() {
        return em.createQuery("SELECT s FROM StaffMember s ORDER BY s.username", StaffMember.class).getResultList()
                .stream().map(StaffView::of).toList();
    }

    @Transactional
    public StaffView setActive(String username, boolean active) {
        StaffMember member = Optional.ofNullable(em.find(StaffMember.class, username))
                .orElseThrow(() -> new NotFoundProblem("There is no account named " + username + "."));
        member.setActive(active);
        audit.record(active ? "staff.enable" : "staff.disable", "StaffMember", username, AuditOutcome.SUCCESS, null);
        return StaffView.of(member);
    }

    /** The staff account of a name; none for a name that is not staff's (an operator's). */
    public Optional<StaffMember> find(String username) {
        return Optional.ofNullable(em.find(StaffMember.class, username));
    }
}
