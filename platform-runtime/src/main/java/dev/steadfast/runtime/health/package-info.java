/**
 * MicroProfile Health over HTTP without WildFly's health subsystem, which cannot run on domain-managed
 * servers (WFLYCTL0362): {@link dev.steadfast.runtime.health.HealthServlet} serves {@code /health},
 * {@code /health/live}, {@code /health/ready} and {@code /health/started} under the application's context,
 * from the application's {@code @Liveness}, {@code @Readiness} and {@code @Startup} checks, in the MicroProfile
 * Health 4 JSON format. It also supplies the {@code HealthCheckResponse} builder that the API otherwise expects
 * from the server, and a readiness check of the application's datasource, marked as a
 * {@link dev.steadfast.runtime.health.SharedDependency} that a deployment may leave out of readiness.
 */
package dev.steadfast.runtime.health;
