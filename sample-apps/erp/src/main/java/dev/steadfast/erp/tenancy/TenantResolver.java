package dev.steadfast.erp.tenancy;

import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/**
 * Hibernate's source of the tenant (persistence.xml, {@code hibernate.tenant_identifier_resolver}): asked when a
 * session opens, which for the container's EntityManager is at its first use in each transaction. Hibernate then
 * adds {@code tenant = ?} to every query and load of an entity with {@code @TenantId}, and fills the column on
 * insert. A thread with no tenant gets no session at all: the resolver fails rather than guess, so a forgotten
 * {@link TenantContext#runAs} is an error, never another tenant's data. Only the operator is root (no filter), and
 * only the account resources let an operator in.
 */
public final class TenantResolver implements CurrentTenantIdentifierResolver<String> {

    @Override
    public String resolveCurrentTenantIdentifier() {
        return TenantContext.current().orElseThrow(() -> new IllegalStateException("No tenant on this thread: a request"
                + " that nobody signed in to, or work that did not name its tenant with TenantContext.runAs"));
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return true;
    }

    @Override
    public boolean isRoot(String tenant) {
        return Tenants.OPERATOR.equals(tenant);
    }
}
