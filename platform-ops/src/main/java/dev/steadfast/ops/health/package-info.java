/**
 * Whether a server is live, asked over HTTPS the way a user's request arrives, with a read time-out: a stopped JVM
 * still has its kernel accept TCP connections, so only an answer proves the process works. A worker's probe
 * (steadfast-probe.war) also says what it knows of its cluster (view and Infinispan's health), from which
 * {@code status} and drills decide whether a group is redundant. Used by the supervisor and the domain lifecycle.
 */
package dev.steadfast.ops.health;
