/**
 * Production: {@link dev.steadfast.erp.production.WorkOrder}s a planner releases to make an item in a warehouse, and
 * a storekeeper completes, which issues the item's components (its bill of material times the quantity) and books the
 * made units in, as stock movements of one transaction: all of them, or none when a component is short.
 */
package dev.steadfast.erp.production;
