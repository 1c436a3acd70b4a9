package dev.steadfast.runtime.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the parameter of an {@link Audited} method that identifies the entity, for methods that do not return
 * an {@link AuditedEntity} (deletes, or any call that throws). Its {@code String.valueOf} is recorded.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface AuditId {
}
