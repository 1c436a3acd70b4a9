/**
 * Purchasing with segregation of duties: {@link dev.steadfast.erp.purchasing.PurchaseOrder}s raised by buyers,
 * approved by others (two above {@link dev.steadfast.erp.purchasing.ApprovalPolicy}'s limit), and received into stock
 * by someone other than their buyer ({@link dev.steadfast.erp.purchasing.Purchasing}).
 */
package dev.steadfast.erp.purchasing;
