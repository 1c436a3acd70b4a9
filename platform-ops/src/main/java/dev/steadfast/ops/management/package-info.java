/**
 * WildFly's own management interfaces, the only way {@code steadfast} reads or changes a domain: the management
 * API over HTTPS ({@link dev.steadfast.ops.management.Management}) and JBoss CLI for the curated scripts
 * ({@link dev.steadfast.ops.management.JbossCli}), whose responses are counted, never its text.
 */
package dev.steadfast.ops.management;
