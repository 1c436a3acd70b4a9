/**
 * What a domain is made of, read from a topology file of {@code wildfly-config/topologies} and its environment:
 * hosts with their public, private and management addresses, server groups, servers, the ports every topology
 * uses, and which database the applications use. Nothing about {@code local} is wired into the code.
 */
package dev.steadfast.ops.topology;
