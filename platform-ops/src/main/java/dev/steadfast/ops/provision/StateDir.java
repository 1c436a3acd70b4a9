package dev.steadfast.ops.provision;

import java.nio.file.Path;

/**
 * Where a domain lives on this machine, outside the git checkout: {@code $STEADFAST_STATE}, by default
 * {@code ~/.local/state/steadfast}. Holds the WildFly installation, one base directory per host, the
 * generated secrets (mode 0700/0600), the database files, logs and the pid files of what {@code up} started.
 */
public record StateDir(Path root) {

    public Path wildflyHome(String version) {
        return root.resolve("wildfly-" + version);
    }

    public Path host(String host) {
        return root.resolve("hosts").resolve(host);
    }

    public Path hostConfig(String host) {
        return host(host).resolve("configuration");
    }

    public Path hosts() {
        return root.resolve("hosts");
    }

    public Path secrets() {
        return root.resolve("secrets");
    }

    public Path run() {
        return root.resolve("run");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    public Path database() {
        return root.resolve("h2");
    }

    /** Podman's settings and the build contexts of the images, for a domain in containers. */
    public Path containers() {
        return root.resolve("containers");
    }

    public Path apps() {
        return root.resolve("apps");
    }
}
