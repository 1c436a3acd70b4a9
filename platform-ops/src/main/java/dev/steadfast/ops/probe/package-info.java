/**
 * steadfast-probe.war, which {@code steadfast provision} deploys to every application server group. Being
 * distributable, it makes each worker join its group's cluster at boot (WildFly starts the JGroups channel
 * only for a clustered deployment), so {@code up} can wait for complete cluster views; its servlet is an HTTP
 * readiness check served by the application server itself (the health subsystem cannot run on managed
 * servers: docs/reasons.md#health-on-managed-servers).
 */
package dev.steadfast.ops.probe;
