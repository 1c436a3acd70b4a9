package dev.steadfast.ops.domain;

import java.nio.file.Path;

/**
 * Where the command finds what it works with, as the launcher ({@code bin/steadfast}) hands it over: the project
 * (topologies and environments in {@code wildfly-config/}), the state directory, the WildFly distribution the build
 * resolved and the PostgreSQL JDBC driver. The command never looks into a build directory by itself.
 */
public record Workspace(Path projectRoot, Path stateRoot, Path wildflyDistribution, Path postgresqlDriver) {}
