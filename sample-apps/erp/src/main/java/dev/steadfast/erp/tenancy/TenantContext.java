package dev.steadfast.erp.tenancy;

import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The tenant the current thread works for, which {@link TenantResolver} gives every Hibernate session it opens. A
 * request's is set from its signed-in user ({@link SignedInTenant}); a thread no request runs on (a batch step, a
 * timer) has none until it names one with {@link #runAs}. Kept on the thread, not in CDI: Hibernate 6.6 creates the
 * resolver itself and asks it outside any bean.
 */
public final class TenantContext {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private TenantContext() {
    }

    /** The tenant of this thread, if one was set. */
    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Runs the work for the tenant, then restores what this thread worked for before. */
    public static <T> T runAs(String tenant, Callable<T> work) throws Exception {
        if (tenant == null || tenant.isBlank()) {
            throw new IllegalArgumentException("A tenant is required");
        }
        String before = CURRENT.get();
        CURRENT.set(tenant);
        try {
            return work.call();
        } finally {
            if (before == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(before);
            }
        }
    }
}
