/**
 * Making hosts and servers match the curated configuration, with no server running: the WildFly installation
 * unpacked from the build's distribution, the state directory, generated secrets, the realms' users, and the
 * scripts of {@code cli-scripts/} rendered with a topology's parameters and applied with JBoss CLI, offline to
 * the hosts' files or online through the domain controller. Also the standalone server of an application's tests.
 */
package dev.steadfast.ops.provision;
