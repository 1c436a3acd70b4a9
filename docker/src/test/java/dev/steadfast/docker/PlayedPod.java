package dev.steadfast.docker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.steadfast.ops.provision.CloudServer;
import dev.steadfast.ops.system.PrivateFiles;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/**
 * One pod of the shop's StatefulSet (docker/kubernetes/shop-statefulset.yaml), written as a Pod for {@code podman
 * kube play}: the template's container, image, security contexts, memory limit and mounts as they are, and
 * what Podman 4.3 cannot do, or does otherwise, replaced by what Kubernetes would have given the pod:
 * <ul>
 * <li>the Secret volume, by a host directory holding the same files, readable by the server's user alone: Podman
 * 4.3.1 crashes on a secret volume (a nil pointer in its {@code VolumeFromSecret}; Podman 4.4 mends it);</li>
 * <li>the variables taken from the pod's own fields ({@code status.podIP}, {@code metadata.namespace}), which Podman
 * 4.3 refuses, by their values: no {@code POD_IP} (start-server then takes the container's own address), and the DNS
 * query naming the network alias that stands in for the headless Service;</li>
 * <li>no probes: Podman would make healthchecks of its own of them; the test asks their paths as kubelet would;</li>
 * <li>no ports: Podman 4.3.1 publishes every container port that names no host port on the same port of every
 * address of the machine (measured: conmon listening on 0.0.0.0:8443, 7600 and 57600), which a kubelet never does;
 * the pod's own address serves them all on the test's network.</li>
 * </ul>
 * Any other variable from the pod, or any other volume, fails here by name instead of being dropped. What Podman
 * ignores silently (the spread constraints, the preStop wait, {@code fsGroup}, the CPU request) is not played.
 */
final class PlayedPod {

    private static final Path STATEFUL_SET = Path.of(System.getProperty("steadfast.root", ".."), "docker", "kubernetes",
            "shop-statefulset.yaml");
    private static final Set<String> FROM_THE_POD = Set.of("POD_IP", "POD_NAMESPACE");
    private static final String SECRETS_VOLUME = "secrets";
    /** The server's user in the image (docker/server/Containerfile). */
    private static final String SERVER_USER = "185";

    private PlayedPod() {}

    /**
     * Writes the Pod named {@code name} to {@code yaml}, its secrets copied into {@code secretsCopy}; fails unless the
     * StatefulSet's image is {@code image}, the one the test built.
     */
    static Path write(String name, String image, String alias, Map<String, Path> secrets, Path secretsCopy, Path yaml) {
        KubernetesSerialization serialization = new KubernetesSerialization();
        StatefulSet set;
        try {
            set = serialization.unmarshal(Files.readString(STATEFUL_SET), StatefulSet.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Pod pod = new PodBuilder().withNewMetadata().withName(name).withLabels(set.getSpec().getTemplate().getMetadata().getLabels())
                .endMetadata().withSpec(set.getSpec().getTemplate().getSpec()).build();
        PodSpec spec = pod.getSpec();
        Container server = spec.getContainers().get(0);
        if (spec.getContainers().size() != 1 || !image.equals(server.getImage())) {
            throw new AssertionError("the StatefulSet runs one container of the image the build makes (" + image + "): " + spec.getContainers());
        }
        server.setStartupProbe(null);
        server.setReadinessProbe(null);
        server.setLivenessProbe(null);
        server.setPorts(List.of());
        server.setEnv(server.getEnv().stream().filter(e -> !FROM_THE_POD.contains(e.getName())).map(e -> {
            if (e.getValueFrom() != null) {
                throw new AssertionError("a variable from the pod Podman 4.3 cannot give: " + e);
            }
            return CloudServer.DNS_QUERY_VARIABLE.equals(e.getName()) ? new EnvVar(e.getName(), alias, null) : e;
        }).toList());
        List<Volume> volumes = spec.getVolumes();
        if (volumes.size() != 1 || !SECRETS_VOLUME.equals(volumes.get(0).getName()) || volumes.get(0).getSecret() == null) {
            throw new AssertionError("the pod's one volume is its secrets: " + volumes);
        }
        spec.setVolumes(List.of(new VolumeBuilder().withName(SECRETS_VOLUME).withNewHostPath()
                .withPath(copyForTheServer(secrets, secretsCopy).toString()).withType("Directory").endHostPath().build()));
        try {
            Files.writeString(yaml, serialization.asYaml(pod));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return yaml;
    }

    /**
     * What kubelet makes of the Secret: its files, owned by the server's user and readable by it alone, in a directory
     * that only root can reach on this side.
     */
    private static Path copyForTheServer(Map<String, Path> secrets, Path directory) {
        try {
            Files.createDirectories(PrivateFiles.directory(directory.getParent()).resolve(directory.getFileName()));
            UserPrincipalLookupService users = directory.getFileSystem().getUserPrincipalLookupService();
            for (Map.Entry<String, Path> secret : secrets.entrySet()) {
                Path copy = directory.resolve(secret.getKey());
                Files.deleteIfExists(copy);
                Files.copy(secret.getValue(), copy);
                Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("r--------"));
                Files.getFileAttributeView(copy, PosixFileAttributeView.class).setOwner(users.lookupPrincipalByName(SERVER_USER));
            }
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("r-x------"));
            Files.getFileAttributeView(directory, PosixFileAttributeView.class).setOwner(users.lookupPrincipalByName(SERVER_USER));
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
