/** The places a company keeps stock: {@link dev.steadfast.erp.warehouses.Warehouse}s, opened by its storekeepers. */
package dev.steadfast.erp.warehouses;
