package dev.steadfast.ops.domain;

import java.nio.file.Path;

/**
 * Where the command finds what it works with, as its launcher hands it over: the state directory, the WildFly
 * distribution the build resolved and the PostgreSQL JDBC driver. Topologies, environments and scripts travel in the
 * command's jar. The command never looks into a build directory by itself.
 */
public record Workspace(Path stateRoot, Path wildflyDistribution, Path postgresqlDriver) {}
