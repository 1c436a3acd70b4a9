package dev.steadfast.ops.cli;

import dev.steadfast.ops.Versions;
import picocli.CommandLine.IVersionProvider;

/** {@code steadfast --version}: this release and the WildFly it ships. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"steadfast " + Versions.steadfast() + " (WildFly " + Versions.wildfly() + ")"};
    }
}
