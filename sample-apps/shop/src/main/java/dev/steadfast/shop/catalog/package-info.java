/**
 * The catalog: products with their price and stock. Stock is what checkouts compete for, so every change to a
 * product goes through its version (optimistic locking) and never oversells. Admins change prices and stock,
 * and each change is in the audit trail. While the database cannot be reached, the shop window shows shoppers the
 * products as their node last read them, so browsing and filling carts go on through an outage.
 */
package dev.steadfast.shop.catalog;
