/** The item master: {@link dev.steadfast.erp.items.Item}s a company makes, buys and stocks, kept by its planners. */
package dev.steadfast.erp.items;
