/**
 * The {@code steadfast} command, in layers, each seeing only the layers below it:
 * <ol>
 *   <li>{@link dev.steadfast.ops.cli}: the command line (picocli), and nothing but it;</li>
 *   <li>{@link dev.steadfast.ops.domain}: the life of a running domain: up, status, deploy, apply, down, supervise
 *       and drill, and the cloud shape's image;</li>
 *   <li>{@link dev.steadfast.ops.supervision}: the per-host supervisor, which restarts crashed servers and fences
 *       hung ones;</li>
 *   <li>{@link dev.steadfast.ops.container}: Podman with the project's settings and the images it builds (the
 *       cloud shape's server, a host of the domain);</li>
 *   <li>{@link dev.steadfast.ops.health}: the HTTPS probe that says whether a server is live and what a worker knows
 *       of its cluster (used by the two above);</li>
 *   <li>{@link dev.steadfast.ops.provision}: the installation, the state directory, secrets and the curated
 *       scripts applied to hosts, and the standalone server of an application's tests;</li>
 *   <li>{@link dev.steadfast.ops.management}: WildFly's management API and JBoss CLI;</li>
 *   <li>{@link dev.steadfast.ops.system}: processes and private files.</li>
 * </ol>
 * {@link dev.steadfast.ops.topology} is the model the upper three read; {@link dev.steadfast.ops.drill}, the
 * session-integrity load and the report of {@code steadfast drill}, is a library the domain lifecycle uses and that
 * uses no layer (the JDK, DMR and this package only). {@link dev.steadfast.ops.probe} holds the servlets of the wars the command deploys,
 * compiled here but run by the server, and is used by nothing. This package holds what every layer
 * shares: {@link dev.steadfast.ops.UserError}, {@link dev.steadfast.ops.Versions} and
 * {@link dev.steadfast.ops.DistributableWar}. The rules are tested
 * (ArchitectureTest).
 */
package dev.steadfast.ops;
