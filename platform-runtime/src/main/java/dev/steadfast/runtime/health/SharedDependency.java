package dev.steadfast.runtime.health;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A readiness check of something every server of the application shares (its database). It counts in
 * {@code /health/ready} unless {@value #COUNTED} is {@code false}: where readiness decides which servers get traffic
 * (Kubernetes), a shared dependency that fails would make every server not ready at once and leave visitors nothing,
 * not even the pages and answers that need no database (docs/reasons.md#readiness-and-shared-dependencies). The
 * check still runs in {@code /health}, so that its failure is seen.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SharedDependency {

    /** The MicroProfile Config key: whether shared dependencies count in readiness (default {@code true}). */
    String COUNTED = "steadfast.health.ready.shared-dependencies";
}
