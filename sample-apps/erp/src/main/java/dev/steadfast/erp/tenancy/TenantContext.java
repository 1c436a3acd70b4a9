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

    /**
     * Runs the work for the company, then restores what this thread worked for before. For work no request runs
     * (a batch step, a timer): it cannot name the operator (the root tenant, which Hibernate does not filter), and it
     * cannot switch a thread that already works for another company, since Hibernate gives a session its tenant when
     * it opens, once per transaction: a second company inside the first's transaction would read and write as the
     * first. One company, one transaction.
     *
     * @throws IllegalArgumentException for a name that is no company's
     * @throws IllegalStateException    when the thread already works for another company
     */
    public static <T> T runAs(String company, Callable<T> work) throws Exception {
        if (company == null || !Tenants.isCompany(company)) {
            throw new IllegalArgumentException("Not a company: " + company);
        }
        String before = CURRENT.get();
        if (before != null && !before.equals(company)) {
            throw new IllegalStateException("This thread works for another company already");
        }
        return within(company, work);
    }

    /** The same for the tenant of a signed-in name, the operator's included (tenancy/SignedInTenant only). */
    static <T> T runAsSignedIn(String tenant, Callable<T> work) throws Exception {
        return within(tenant, work);
    }

    private static <T> T within(String tenant, Callable<T> work) throws Exception {
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
