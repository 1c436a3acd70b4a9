package dev.steadfast.erp.accounts;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import dev.steadfast.erp.tenancy.Tenants;
import dev.steadfast.runtime.audit.AuditOutcome;
import dev.steadfast.runtime.audit.AuditTrail;
import dev.steadfast.runtime.problem.ConflictProblem;
import dev.steadfast.runtime.problem.ForbiddenProblem;
import dev.steadfast.runtime.problem.NotFoundProblem;
import dev.steadfast.runtime.problem.UnprocessableProblem;
import dev.steadfast.runtime.password.PasswordHashing;

/**
 * The user accounts of the caller's company (all companies' for the operator): opened, listed, disabled and enabled
 * again (never deleted: the trail names them), each change audited.
 */
@ApplicationScoped
public class UserDirectory {

    @PersistenceContext(unitName = "erp")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    /**
     * Opens an account in the company its name names: the caller's own, or any company if the caller is the
     * operator (who opens each company's first admin).
     */
    @Transactional
    public UserView open(NewUser draft) {
        String tenant = Tenants.ofUsername(draft.username())
                .orElseThrow(() -> new UnprocessableProblem("A user name is NAME@COMPANY, in lower case."));
        if (Tenants.OPERATOR.equals(tenant)) {
            throw new UnprocessableProblem("No company is called " + Tenants.OPERATOR + ": the name is the operator's.");
        }
        if (!caller.isOperator() && !caller.tenant().equals(Optional.of(tenant))) {
            audit.record("user.open", "User", draft.username(), AuditOutcome.DENIED, "another company's account");
            throw new ForbiddenProblem("You open accounts of your own company only.");
        }
        if (em.find(User.class, draft.username()) != null) {
            throw new ConflictProblem("There is already an account named " + draft.username() + ".");
        }
        User user = new User(draft, tenant, PasswordHashing.hash(draft.password()));
        em.persist(user);
        audit.record("user.open", "User", user.username(), AuditOutcome.SUCCESS, "roles " + user.roles());
        return UserView.of(user);
    }

    public List<UserView> all() {
        return em.createQuery("SELECT u FROM User u ORDER BY u.username", User.class).getResultList()
                .stream().map(UserView::of).toList();
    }

    @Transactional
    public UserView setActive(String username, boolean active) {
        User user = find(username).orElseThrow(() -> new NotFoundProblem("Your company has no such account."));
        user.setActive(active);
        audit.record(active ? "user.enable" : "user.disable", "User", username, AuditOutcome.SUCCESS, null);
        return UserView.of(user);
    }

    /** The account of a name in the caller's company; none for another company's or the operator's. */
    public Optional<User> find(String username) {
        return Optional.ofNullable(em.find(User.class, username));
    }
}
