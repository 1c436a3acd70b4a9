package dev.steadfast.ops.command;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.crypto.SecretKey;

import org.jgroups.JChannel;
import org.jgroups.PhysicalAddress;
import org.jgroups.auth.AuthToken;
import org.jgroups.conf.ClassConfigurator;
import org.jgroups.protocols.AUTH;
import org.jgroups.protocols.FD_ALL3;
import org.jgroups.protocols.FRAG4;
import org.jgroups.protocols.MERGE3;
import org.jgroups.protocols.NAKACK4;
import org.jgroups.protocols.SYM_ENCRYPT;
import org.jgroups.protocols.TCP;
import org.jgroups.protocols.TCPPING;
import org.jgroups.protocols.UNICAST4;
import org.jgroups.protocols.VERIFY_SUSPECT2;
import org.jgroups.protocols.pbcast.GMS;
import org.jgroups.stack.IpAddress;
import org.jgroups.stack.Protocol;
import org.jgroups.util.ExtendedUUID;

/**
 * A JGroups channel built as an attacker on the private network would build it: the cluster's own stack (TCP,
 * TCPPING to the workers, the same failure detection, NAKACK4, UNICAST4, GMS, FRAG4) from the JGroups the server
 * ships, with or without the cluster's key (SYM_ENCRYPT under NAKACK4, as cli-scripts/profile/085 puts it) and with
 * or without the join token (AUTH under GMS, as profile/086 puts it).
 */
final class ClusterChannel {

    private static final short WILDFLY_BINARY_AUTH_TOKEN = 1100;
    private static Class<?> binaryAuthToken;

    private ClusterChannel() {}

    /**
     * A channel on {@code address}:{@code port} that asks the given members; with the key when {@code key} is not
     * null, and with the join token when {@code token} is not null.
     */
    static JChannel of(String address, int port, List<String> members, int memberPort, SecretKey key, AuthToken token)
            throws Exception {
        List<PhysicalAddress> initial = new ArrayList<>();
        for (String member : members) {
            initial.add(new IpAddress(member, memberPort));
        }
        TCP tcp = new TCP();
        tcp.setBindAddress(InetAddress.getByName(address));
        tcp.setBindPort(port);
        List<Protocol> stack = new ArrayList<>(List.of(tcp, new TCPPING().setInitialHosts2(initial).setPortRange(0), new MERGE3(),
                new FD_ALL3(), new VERIFY_SUSPECT2()));
        if (key != null) {
            stack.add(new SYM_ENCRYPT().setSecretKey(key).symAlgorithm("AES/CBC/PKCS5Padding").symIvLength(16));
        }
        // Two join attempts of 2 s each: a member of the group answers within milliseconds.
        stack.addAll(List.of(new NAKACK4(), new UNICAST4()));
        if (token != null) {
            stack.add(new AUTH().setAuthToken(token));
        }
        stack.addAll(List.of(new GMS().setJoinTimeout(2_000).setMaxJoinAttempts(2), new FRAG4()));
        JChannel channel = new JChannel(stack).name("intruder-" + port);
        // Infinispan's members carry its version in their address (ExtendedUUID, key "v"); a member's GMS refuses a
        // joiner without it. An attacker copies it as easily: only the key may make the difference.
        byte[] version = System.getProperty("steadfast.infinispan.version").getBytes(StandardCharsets.UTF_8);
        channel.addAddressGenerator(() -> ExtendedUUID.randomUUID().put("v", version));
        return channel;
    }

    /** The cluster's key, read from the key store the domain's hosts use (secrets/steadfast-cluster.p12). */
    static SecretKey key(Path secrets) throws Exception {
        char[] password = Files.readString(secrets.resolve("cluster.password")).trim().toCharArray();
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(secrets.resolve("steadfast-cluster.p12"))) {
            store.load(in, password);
        }
        return ((KeyStore.SecretKeyEntry) store.getEntry("cluster", new KeyStore.PasswordProtection(password))).getSecretKey();
    }

    /**
     * The join token the servers send: WildFly's own token class (from the WildFly this test's domain runs, so the
     * members read it as their own) holding the SHA-512 digest of {@code secret}. WildFly sends the class as its
     * magic number, 1100 (its AUTH resource registers it so); a joiner that sent the class name instead would be
     * dropped before any check, since the members' JGroups cannot load WildFly's class by name. One class, loaded
     * once, for every token of a run: a second copy would have no magic number and be dropped the same way.
     */
    static synchronized AuthToken token(Path state, String secret) throws Exception {
        if (binaryAuthToken == null) {
            Path jar;
            try (Stream<Path> files = Files.walk(state, 12)) {
                jar = files.filter(f -> f.getFileName().toString().startsWith("wildfly-clustering-jgroups-extension-")
                                && f.getFileName().toString().endsWith(".jar"))
                        .findFirst().orElseThrow(() -> new IllegalStateException("No WildFly JGroups extension under " + state));
            }
            URLClassLoader wildfly = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClusterChannel.class.getClassLoader());
            binaryAuthToken = wildfly.loadClass("org.jboss.as.clustering.jgroups.auth.BinaryAuthToken");
            ClassConfigurator.add(WILDFLY_BINARY_AUTH_TOKEN, binaryAuthToken);
        }
        byte[] digest = MessageDigest.getInstance("SHA-512").digest(secret.getBytes(StandardCharsets.UTF_8));
        return (AuthToken) binaryAuthToken.getConstructor(byte[].class).newInstance((Object) digest);
    }
}
