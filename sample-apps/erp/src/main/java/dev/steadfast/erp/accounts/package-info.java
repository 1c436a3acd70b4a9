/**
 * Who signs in, and for which company: {@link dev.steadfast.erp.accounts.User} accounts in the ERP's own tables
 * (bcrypt, checked by the server's jdbc-realm: WEB-INF/steadfast/profile/010-erp-sign-in.cli), named
 * {@code NAME@COMPANY}; {@link dev.steadfast.erp.accounts.AccountGate} admits a request by its
 * {@code @RolesAllowed} roles and records every refusal.
 */
package dev.steadfast.erp.accounts;
