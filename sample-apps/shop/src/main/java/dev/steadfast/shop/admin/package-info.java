/**
 * What only an authenticated admin may do: create products, change prices and stock, switch the simulated payment
 * provider, settle the charges and refunds orders still owe, verify the audit trail. Every refused attempt is in
 * the audit trail as DENIED, with who tried and from where: a signed-in caller's on its own, anonymous ones as a
 * count per address every few seconds.
 */
package dev.steadfast.shop.admin;
