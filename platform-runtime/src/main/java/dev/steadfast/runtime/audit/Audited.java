package dev.steadfast.runtime.audit;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Records every call of the method in the audit trail: SUCCESS in the method's transaction when it returns,
 * DENIED or FAILED in a transaction of their own when it throws (see {@link AuditedInterceptor}). The entity
 * id is the returned {@link AuditedEntity}'s, else the parameter marked {@link AuditId}, else none.
 * <p>
 * Meant for methods; on a class it audits every business method under the same action.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Audited {

    /** @return what the method does, e.g. {@code order.cancel} */
    @Nonbinding
    String action();

    /** @return the kind of entity it acts on, e.g. {@code Order} */
    @Nonbinding
    String entityType();
}
