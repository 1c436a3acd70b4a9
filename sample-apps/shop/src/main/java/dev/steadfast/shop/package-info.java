/**
 * Steadfast Shop: its REST application (/api) and one package per feature: catalog, cart, order, payment,
 * giftnote, admin. Cross-cutting needs (audit trail, problem+json errors, health endpoints, the node header) come
 * from steadfast-runtime, not from here.
 */
package dev.steadfast.shop;
