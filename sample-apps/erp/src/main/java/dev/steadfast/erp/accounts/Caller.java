package dev.steadfast.erp.accounts;

import java.security.Principal;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import dev.steadfast.erp.tenancy.TenantContext;
import dev.steadfast.erp.tenancy.Tenants;
import dev.steadfast.runtime.signin.SignOut;

/** Who is asking, for the length of one request: the signed-in name, the company it works for, the roles. */
@RequestScoped
public class Caller {

    @Inject
    HttpServletRequest request;

    @Inject
    UserDirectory users;

    private Optional<User> account;

    public Optional<String> name() {
        return Optional.ofNullable(request.getUserPrincipal()).map(Principal::getName);
    }

    /** The company of the signed-in user, as tenancy/SignedInTenant set it for this request. */
    public Optional<String> tenant() {
        return TenantContext.current();
    }

    /** The operator's application administrator, who opens companies' first accounts and works for none. */
    public boolean isOperator() {
        return tenant().filter(Tenants.OPERATOR::equals).isPresent() && has(Role.ADMIN_ROLE);
    }

    public boolean has(String role) {
        return request.getUserPrincipal() != null && request.isUserInRole(role);
    }

    /**
     * The signed-in user's account in their company, read once a request: the session's identity outlives the realm's
     * check at sign-in, so each request looks again (an account disabled since is refused). Empty for the operator,
     * whose name is no ERP account.
     */
    public Optional<User> account() {
        if (account == null) {
            account = isOperator() ? Optional.empty() : name().flatMap(users::find);
        }
        return account;
    }

    /** Ends this session's sign-in, here and, through the replicated session, on every node. */
    public void signOut() {
        SignOut.everywhere(request);
    }
}
