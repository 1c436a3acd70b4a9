/**
 * The Prometheus text exposition format (version 0.0.4), written by hand: the probe inside every worker and the
 * supervisor of every host both serve a page of it, and neither may bring a library along (the probe is a
 * deployment of a few classes, the supervisor a small command). JDK only, so both can carry it.
 */
package dev.steadfast.ops.metrics;
