/**
 * Bills of material: which components, and how many of each, go into one unit of an item a company makes
 * ({@link dev.steadfast.erp.bom.BillsOfMaterial}). One level per item; the levels chain into a tree, never a cycle.
 * Production consumes them when a work order completes, the MRP explodes them to plan what to make and buy.
 */
package dev.steadfast.erp.bom;
