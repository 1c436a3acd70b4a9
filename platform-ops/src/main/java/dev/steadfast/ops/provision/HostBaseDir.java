package dev.steadfast.ops.provision;

import java.nio.file.Path;

import dev.steadfast.ops.system.PrivateFiles;
import dev.steadfast.ops.topology.Host;
import dev.steadfast.ops.topology.Topology;

/**
 * A host's base directory: a fresh copy of the distribution's domain/ folder the first time a topology is
 * provisioned, with the key material and, on the domain controller, the management users (the administrator and
 * one account per secondary host); and, every time, the applications' administrator in its ApplicationRealm.
 */
record HostBaseDir(StateDir state, Installation installation, Secrets secrets, Topology topology) {

    /** Puts what a host's configuration needs beside it: the secret key of the expressions and the TLS stores. */
    static void copyKeys(Secrets secrets, Path configDir) {
        secrets.hostKeys().forEach(key -> PrivateFiles.copy(key, configDir.resolve(key.getFileName())));
    }

    /** Names the topology (its source) the directory was made for; another topology makes it anew. */
    static Path marker(StateDir state, Host h) {
        return state.host(h.name()).resolve(".steadfast-topology");
    }

    /**
     * Makes or completes the base directory, and copies the key material in every time (a few small files): a copy a
     * crash cut short, or key material made anew (a key pair that names new addresses, a renewed or new key), is then
     * never left behind.
     */
    void prepare(Host h, ConfigApplier applier) {
        Path marker = marker(state, h);
        Path config = state.hostConfig(h.name());
        boolean fresh = !PrivateFiles.read(marker).equals(topology.source());
        if (fresh) {
            installation.newHostBaseDir(state.host(h.name()));
            applier.nameDomainController(h);
        }
        copyKeys(secrets, config);
        if (fresh) {
            if (h.domainController()) {
                RealmUsers.domainAccounts(config, topology, secrets);
            }
            PrivateFiles.write(marker, topology.source());
        }
        // Every host's servers authenticate application users against its own ApplicationRealm files.
        RealmUsers.applicationAdmin(config, secrets);
    }
}
