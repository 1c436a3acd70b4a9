/**
 * Which cluster member is answering: the node name every other feature stamps on what it produces
 * (audit records, problem bodies) and the {@code X-Steadfast-Node} response header, so a request can be
 * traced to a server behind the load balancer.
 */
package dev.steadfast.runtime.node;
