package dev.steadfast.ehr.access;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.steadfast.ehr.staff.Role;

/**
 * The roles that may call a resource method, checked by {@link AccessGate} before the method reads any input; a
 * refusal is recorded under {@link #action} for the entity named by the path parameter {@link #idParameter}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Allowed {

    /** The roles; a caller with any of them passes. */
    Role[] value();

    /** What the trail calls the call, e.g. {@code chart.read}. */
    String action();

    /** The kind of entity the call is about, e.g. {@code Patient}. */
    String entityType();

    /** The path parameter that holds the entity's id, if the path has one. */
    String idParameter() default "id";
}
