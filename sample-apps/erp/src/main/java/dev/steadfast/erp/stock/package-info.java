/**
 * Stock: {@link dev.steadfast.erp.stock.StockMovement}s in and out, each audited, and the
 * {@link dev.steadfast.erp.stock.StockLevel} on hand they add up to, per item and warehouse.
 */
package dev.steadfast.erp.stock;
