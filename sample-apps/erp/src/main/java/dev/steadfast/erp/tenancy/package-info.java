/**
 * Multi-tenancy by construction: every entity of tenant data has a {@code @TenantId} column, Hibernate opens each
 * session for one tenant ({@link dev.steadfast.erp.tenancy.TenantResolver}) and filters every query and load by
 * it, so no developer has to remember a {@code where}. The tenant of a request is its signed-in user's
 * ({@link dev.steadfast.erp.tenancy.SignedInTenant}, {@link dev.steadfast.erp.tenancy.Tenants}); work outside a
 * request names its own ({@link dev.steadfast.erp.tenancy.TenantContext#runAs}). What Hibernate does not filter
 * (native SQL, plain JDBC, SQL in mapping annotations, a session opened or unwrapped by hand) is allowed in one
 * reviewed class only (ArchitectureTest).
 */
package dev.steadfast.erp.tenancy;
