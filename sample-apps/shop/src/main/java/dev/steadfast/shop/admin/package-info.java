/**
 * What only an authenticated admin may do: create products, change prices and stock, switch the simulated payment
 * provider, settle the charges and refunds orders still owe, verify the audit trail. Every refused attempt is in
 * the audit trail as DENIED, with who tried (or "anonymous") and from where.
 */
package dev.steadfast.shop.admin;
