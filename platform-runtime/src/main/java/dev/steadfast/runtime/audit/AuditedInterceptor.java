package dev.steadfast.runtime.audit;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import java.lang.annotation.Annotation;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes the audit record of an {@link Audited} method.
 * <p>
 * Priority: interceptors run outermost-first in ascending priority, and {@code @Transactional}'s interceptor
 * is at {@code PLATFORM_BEFORE + 200} (200). At {@code LIBRARY_BEFORE + 100} (1100) this one runs <em>inside</em>
 * the transaction that {@code @Transactional} opens, so a SUCCESS is written in the business transaction and
 * commits or rolls back with it; and it sees an exception before that interceptor rolls back, which does not
 * matter since DENIED and FAILED are written in a transaction of their own. The {@code @Priority} also enables
 * it for the whole application without beans.xml. A method with no transaction at all gets one for its record
 * ({@link AuditTrail#record} joins or opens one).
 * <p>
 * A commit that fails after the method returned leaves no record, as it leaves no change.
 */
@Audited(action = "", entityType = "")
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE + 100)
public class AuditedInterceptor {

    private static final Logger LOG = Logger.getLogger(AuditedInterceptor.class.getName());

    @Inject
    AuditTrail trail;

    @AroundInvoke
    public Object audit(InvocationContext invocation) throws Exception {
        Audited audited = binding(invocation);
        Object result;
        try {
            result = invocation.proceed();
        } catch (Exception failure) {
            recordFailure(audited, idParameter(invocation), failure);
            throw failure;
        }
        String entityId = result instanceof AuditedEntity entity ? entity.auditId() : idParameter(invocation);
        trail.record(audited.action(), audited.entityType(), entityId, AuditOutcome.SUCCESS, null);
        return result;
    }

    /** Records DENIED or FAILED without ever hiding the method's own exception behind an audit failure. */
    private void recordFailure(Audited audited, String entityId, Exception failure) {
        try {
            trail.record(audited.action(), audited.entityType(), entityId, AuditOutcome.of(failure),
                    failure.getClass().getSimpleName());
        } catch (RuntimeException auditFailure) {
            LOG.log(Level.SEVERE, "Could not record the failure of " + audited.action(), auditFailure);
            failure.addSuppressed(auditFailure);
        }
    }

    /** The method's annotation, else its class's (Jakarta Interceptors 2.1 has no portable way to ask). */
    private static Audited binding(InvocationContext invocation) {
        Audited onMethod = invocation.getMethod().getAnnotation(Audited.class);
        return onMethod != null ? onMethod : invocation.getMethod().getDeclaringClass().getAnnotation(Audited.class);
    }

    private static String idParameter(InvocationContext invocation) {
        Annotation[][] annotations = invocation.getMethod().getParameterAnnotations();
        for (int i = 0; i < annotations.length; i++) {
            for (Annotation annotation : annotations[i]) {
                if (annotation instanceof AuditId) {
                    Object id = invocation.getParameters()[i];
                    return id == null ? null : String.valueOf(id);
                }
            }
        }
        return null;
    }
}
