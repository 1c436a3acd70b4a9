/**
 * What an application measures of itself, for Prometheus: every request's status class and duration
 * ({@link RequestMetricsFilter}), and its audit trail's sealed records and last verification ({@link AuditStatistics}).
 * The figures are MBeans of the platform MBean server, named {@code dev.steadfast:type=...,application=NAME}; the
 * worker's steadfast-probe.war renders every such MBean with the server's own figures on one scrape page, so a worker
 * is one scrape target whatever it runs, and no application serves a metrics page a user could reach through the
 * balancer.
 */
package dev.steadfast.runtime.metrics;
