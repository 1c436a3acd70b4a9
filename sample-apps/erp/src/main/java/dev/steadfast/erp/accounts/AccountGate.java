package dev.steadfast.erp.accounts;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import dev.steadfast.erp.tenancy.Tenants;
import dev.steadfast.runtime.audit.AuditOutcome;
import dev.steadfast.runtime.audit.AuditTrail;
import dev.steadfast.runtime.problem.ForbiddenProblem;

/**
 * The door of the ERP's API, before any method reads its input: a caller who has not signed in is refused (401); one
 * whose account has been disabled is signed out and refused (401); a method lets in only the roles its
 * {@code @RolesAllowed} names (403), and a method that names none lets in nobody, so a new endpoint is closed until
 * someone decides who may use it. Every refusal of a signed-in user is recorded as DENIED. The operator (a name
 * {@code NAME@operator} of the server's application realm, with {@code admin}) works for no company: it reaches the
 * account resources and nothing of any company's business, whatever other roles it has.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AccountGate implements ContainerRequestFilter {

    /**
     * What the operator may call: the accounts, to open each company's first admin, and who it is. Hibernate treats
     * the operator as the root tenant (no filter), so every other resource is closed to it whatever its roles.
     */
    private static final Set<Class<?>> OPERATOR_MAY_USE = Set.of(UserResource.class, SignedInResource.class);

    /** What a 401 asks for: the FORM sign-in (sign-in.html). */
    public static final String CHALLENGE = "FormBased realm=\"Steadfast ERP\"";

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        String action = resource.getResourceClass().getSimpleName() + "." + method.getName();
        if (caller.name().isEmpty() || caller.tenant().isEmpty()) {
            audit.record(action, null, null, AuditOutcome.DENIED, "not signed in");
            throw new NotAuthorizedException("Sign in first.", CHALLENGE);
        }
        if (caller.tenant().filter(Tenants.OPERATOR::equals).isPresent()) {
            if (!caller.isOperator()) {
                audit.record(action, null, null, AuditOutcome.DENIED, "an application-realm user without admin");
                throw new ForbiddenProblem("Only the operator's administrators sign in as NAME@" + Tenants.OPERATOR + ".");
            }
            if (!OPERATOR_MAY_USE.contains(resource.getResourceClass())) {
                audit.record(action, null, null, AuditOutcome.DENIED, "the operator works for no company");
                throw new ForbiddenProblem("The operator opens companies' accounts and reaches nothing of their business.");
            }
        } else if (caller.account().isEmpty()) {
            audit.record(action, null, null, AuditOutcome.DENIED, "no account of that name in its company; signed out");
            caller.signOut();
            throw new NotAuthorizedException("Sign in first.", CHALLENGE);
        } else if (!caller.account().get().active()) {
            audit.record(action, null, null, AuditOutcome.DENIED, "account disabled; signed out");
            caller.signOut();
            throw new NotAuthorizedException("Your account is disabled.", CHALLENGE);
        }
        if (method.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        if (allowed == null || Arrays.stream(allowed.value()).noneMatch(caller::has)) {
            audit.record(action, null, null, AuditOutcome.DENIED,
                    allowed == null ? "no role may" : "not one of " + Arrays.toString(allowed.value()));
            throw new ForbiddenProblem("Your role may not do this.");
        }
    }
}
