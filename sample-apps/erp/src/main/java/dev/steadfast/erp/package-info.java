/**
 * Steadfast ERP: a manufacturing ERP that many companies (tenants) share, each seeing only its own items, warehouses,
 * stock and purchase orders. Packages by feature: {@code tenancy} (whose data a request may touch), {@code accounts}
 * (who signs in, and as which tenant), {@code items}, {@code warehouses}, {@code stock}, {@code purchasing}.
 */
package dev.steadfast.erp;
