/**
 * The catalog: products with their price and stock. Stock is what checkouts compete for, so every change to a
 * product goes through its version (optimistic locking) and never oversells. Admins change prices and stock,
 * and each change is in the audit trail.
 */
package dev.steadfast.shop.catalog;
