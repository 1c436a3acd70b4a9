/**
 * The {@code steadfast} command: provisions a WildFly managed domain from a topology, applies the curated
 * JBoss CLI scripts to it, starts it, waits until it is really ready, reports its status, deploys to it and
 * stops it gracefully. It talks to WildFly only through JBoss CLI and the management API.
 */
package dev.steadfast.ops;
