package dev.steadfast.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.steadfast.ops.provision.CloudServer;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraint;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HPAScalingPolicy;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/**
 * The Kubernetes manifests of docker/kubernetes parse strictly with the Kubernetes model (fabric8): every field is
 * one the API knows, and each object is of a kind it knows. Then the properties the cloud shape relies on, one test
 * each: discovery through a headless Service that publishes not-ready pods, probes on the application's health, a
 * wait before a pod stops, one pod disrupted or scaled away at a time, secrets as files only, the cluster's ports
 * closed to all but the shop's own pods.
 */
class KubernetesManifestsTest {

    private static final Path MANIFESTS = Path.of(System.getProperty("steadfast.root", ".."), "docker", "kubernetes");
    private static final String SHOP = "shop";

    /** The image's HTTPS port (docker/server/Containerfile, the standalone server's https socket binding). */
    private static final int HTTPS_PORT = 8443;
    private static final long SERVER_USER = 185;
    private static final Path GRACEFUL_STOP = Path.of(System.getProperty("steadfast.root", ".."), "cli-scripts", "cloud",
            "008-graceful-stop.cli");
    private static final Pattern SUSPEND_TIMEOUT = Pattern.compile("org\\.wildfly\\.sigterm\\.suspend\\.timeout:add\\(value=(\\d+)\\)");

    private static List<HasMetadata> objects;

    @BeforeAll
    static void parseEveryManifest() throws IOException {
        KubernetesSerialization serialization = new KubernetesSerialization();
        objects = new ArrayList<>();
        try (Stream<Path> files = Files.list(MANIFESTS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                Object parsed = serialization.unmarshal(Files.readString(f));
                assertTrue(parsed instanceof HasMetadata && !(parsed instanceof GenericKubernetesResource),
                        f + " is an object of a kind the Kubernetes model knows: " + parsed.getClass().getName());
                objects.add((HasMetadata) parsed);
            }
        }
        assertTrue(objects.size() >= 7, "the manifests were found in " + MANIFESTS.toAbsolutePath());
    }

    @Test
    void everyFieldOfEveryManifestIsOneTheKubernetesApiKnows() {
        for (HasMetadata o : objects) {
            List<String> unknown = new ArrayList<>();
            unknownFields(o, o.getKind() + "/" + o.getMetadata().getName(), unknown);
            assertEquals(List.of(), unknown, "fields the model does not know (a typo or a field of another version)");
        }
    }

    @Test
    void theServersFindEachOtherThroughAHeadlessServiceThatPublishesPodsBeforeTheyAreReady() {
        Service members = one(Service.class, "shop-members");
        assertEquals("None", members.getSpec().getClusterIP());
        assertEquals(Boolean.TRUE, members.getSpec().getPublishNotReadyAddresses());
        StatefulSet servers = one(StatefulSet.class, SHOP);
        assertEquals("shop-members", servers.getSpec().getServiceName());
        Map<String, String> podLabels = servers.getSpec().getTemplate().getMetadata().getLabels();
        assertTrue(podLabels.entrySet().containsAll(members.getSpec().getSelector().entrySet()), "the Service selects the pods");
        assertTrue(members.getSpec().getPorts().stream().anyMatch(p -> p.getPort() == 7600));
        String query = env(server(), CloudServer.DNS_QUERY_VARIABLE).getValue();
        assertTrue(query.startsWith("shop-members.$(POD_NAMESPACE).svc"), "the servers ask DNS for the headless Service: " + query);
        List<String> names = server().getEnv().stream().map(EnvVar::getName).toList();
        assertTrue(names.indexOf("POD_NAMESPACE") >= 0 && names.indexOf("POD_NAMESPACE") < names.indexOf(CloudServer.DNS_QUERY_VARIABLE),
                "Kubernetes expands $(POD_NAMESPACE) only from a variable defined before: " + names);
        assertEquals("OrderedReady", servers.getSpec().getPodManagementPolicy(), "a new pod joins the cluster of the earlier ones");
    }

    @Test
    void probesAskTheApplicationsOwnHealthOverHttps() {
        Container server = server();
        assertProbe(server.getStartupProbe(), "/shop/health/started");
        assertProbe(server.getReadinessProbe(), "/shop/health/ready");
        assertProbe(server.getLivenessProbe(), "/shop/health/live");
    }

    @Test
    void aPodWaitsForTheEndpointsToForgetItAndHasTimeToHandItsSessionsOver() throws IOException {
        Container server = server();
        List<String> preStop = server.getLifecycle().getPreStop().getExec().getCommand();
        assertEquals("sleep", preStop.get(0));
        int wait = Integer.parseInt(preStop.get(1));
        Matcher timeout = SUSPEND_TIMEOUT.matcher(Files.readString(GRACEFUL_STOP));
        assertTrue(timeout.find(), "the suspend timeout of " + GRACEFUL_STOP);
        int suspend = Integer.parseInt(timeout.group(1));
        long grace = one(StatefulSet.class, SHOP).getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds();
        assertTrue(wait >= 5 && grace > wait + suspend, "grace " + grace + " s covers the wait " + wait + " s and the suspend " + suspend + " s");
    }

    @Test
    void noMoreThanOnePodIsTakenAwayOnPurposeAtATime() {
        PodDisruptionBudget budget = one(PodDisruptionBudget.class, SHOP);
        assertEquals(1, budget.getSpec().getMaxUnavailable().getIntVal());
        assertEquals(podLabelsOf(SHOP).get("app.kubernetes.io/name"), budget.getSpec().getSelector().getMatchLabels().get("app.kubernetes.io/name"));
    }

    @Test
    void theAutoscalerScalesTheServersDownOnePodAtATimeAndNeverBelowTwo() {
        HorizontalPodAutoscaler autoscaler = one(HorizontalPodAutoscaler.class, SHOP);
        assertEquals("StatefulSet", autoscaler.getSpec().getScaleTargetRef().getKind());
        assertEquals(SHOP, autoscaler.getSpec().getScaleTargetRef().getName());
        assertEquals(2, autoscaler.getSpec().getMinReplicas(), "two owners per session need two pods");
        List<HPAScalingPolicy> down = autoscaler.getSpec().getBehavior().getScaleDown().getPolicies();
        assertFalse(down.isEmpty());
        for (HPAScalingPolicy p : down) {
            assertEquals("Pods", p.getType());
            assertEquals(1, p.getValue());
        }
        assertTrue(autoscaler.getSpec().getBehavior().getScaleDown().getStabilizationWindowSeconds() > 0);
    }

    @Test
    void theAutoscalerAloneSetsTheNumberOfServersAndTheyAreSpreadOverNodesWithoutEverWaitingForIt() {
        StatefulSet servers = one(StatefulSet.class, SHOP);
        assertNull(servers.getSpec().getReplicas(), "every apply of a count would undo the autoscaler's");
        TopologySpreadConstraint byNode = servers.getSpec().getTemplate().getSpec().getTopologySpreadConstraints().stream()
                .filter(c -> c.getTopologyKey().equals("kubernetes.io/hostname")).findFirst().orElseThrow();
        assertEquals(1, byNode.getMaxSkew());
        assertEquals("ScheduleAnyway", byNode.getWhenUnsatisfiable(), "spread, and never a pod left pending for it (OrderedReady would wait on it)");
        assertEquals(podLabelsOf(SHOP).get("app.kubernetes.io/name"), byNode.getLabelSelector().getMatchLabels().get("app.kubernetes.io/name"));
    }

    @Test
    void secretsReachThePodAsReadOnlyFilesOnlyAndThePodHoldsNoApiToken() {
        PodSpec pod = one(StatefulSet.class, SHOP).getSpec().getTemplate().getSpec();
        Container server = server();
        VolumeMount mount = server.getVolumeMounts().stream().filter(m -> m.getMountPath().equals("/run/secrets")).findFirst().orElseThrow();
        assertEquals(Boolean.TRUE, mount.getReadOnly());
        Volume volume = pod.getVolumes().stream().filter(v -> v.getName().equals(mount.getName())).findFirst().orElseThrow();
        assertEquals("steadfast-secrets", volume.getSecret().getSecretName());
        assertEquals(0440, volume.getSecret().getDefaultMode(), "the server's group reads them, no one else");
        for (EnvVar e : server.getEnv()) {
            assertTrue(e.getValueFrom() == null || e.getValueFrom().getSecretKeyRef() == null, "no secret in the environment: " + e.getName());
        }
        assertTrue(server.getEnvFrom() == null || server.getEnvFrom().isEmpty());
        assertEquals(Boolean.FALSE, pod.getAutomountServiceAccountToken(), "DNS_PING needs no API access");
        assertEquals(Boolean.TRUE, pod.getSecurityContext().getRunAsNonRoot());
        assertEquals(SERVER_USER, pod.getSecurityContext().getRunAsUser(), "the image's server user (docker/server/Containerfile)");
        assertEquals(SERVER_USER, pod.getSecurityContext().getRunAsGroup());
        assertEquals(SERVER_USER, pod.getSecurityContext().getFsGroup(), "the group that may read the secrets (0440)");
        assertEquals(Boolean.FALSE, server.getSecurityContext().getAllowPrivilegeEscalation());
    }

    @Test
    void onlyTheShopsOwnPodsReachTheClusterPortsAndEveryoneTheHttpsPort() {
        NetworkPolicy policy = one(NetworkPolicy.class, SHOP);
        assertEquals(List.of("Ingress"), policy.getSpec().getPolicyTypes());
        assertEquals(SHOP, policy.getSpec().getPodSelector().getMatchLabels().get("app.kubernetes.io/name"), "the policy guards the shop's pods");
        for (NetworkPolicyIngressRule rule : policy.getSpec().getIngress()) {
            boolean clusterPorts = rule.getPorts().stream().anyMatch(p -> p.getPort().getIntVal() == 7600 || p.getPort().getIntVal() == 57600);
            if (clusterPorts) {
                assertEquals(1, rule.getFrom().size());
                assertEquals(SHOP, rule.getFrom().get(0).getPodSelector().getMatchLabels().get("app.kubernetes.io/name"));
            } else {
                assertEquals(List.of(8443), rule.getPorts().stream().map(p -> p.getPort().getIntVal()).toList());
            }
        }
    }

    @Test
    void theIngressEndsTlsWithItsOwnCertificateAndSpeaksHttpsToThePods() {
        Ingress ingress = one(Ingress.class, SHOP);
        assertFalse(ingress.getSpec().getTls().isEmpty());
        assertNotNull(ingress.getSpec().getTls().get(0).getSecretName());
        assertEquals("HTTPS", ingress.getMetadata().getAnnotations().get("nginx.ingress.kubernetes.io/backend-protocol"));
        assertEquals(SHOP, ingress.getSpec().getRules().get(0).getHttp().getPaths().get(0).getBackend().getService().getName());
    }

    private static void assertProbe(Probe probe, String path) {
        assertNotNull(probe, path);
        assertEquals(path, probe.getHttpGet().getPath());
        assertEquals("HTTPS", probe.getHttpGet().getScheme());
        String port = probe.getHttpGet().getPort().getStrVal();
        assertEquals(List.of(HTTPS_PORT), server().getPorts().stream().filter(p -> p.getName().equals(port)).map(ContainerPort::getContainerPort).toList(),
                path + " asks the server's HTTPS port");
    }

    private static Container server() {
        return one(StatefulSet.class, SHOP).getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    private static Map<String, String> podLabelsOf(String name) {
        return one(StatefulSet.class, name).getSpec().getTemplate().getMetadata().getLabels();
    }

    private static EnvVar env(Container c, String name) {
        return c.getEnv().stream().filter(e -> e.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + c.getName()));
    }

    private static <T extends HasMetadata> T one(Class<T> kind, String name) {
        List<T> found = objects.stream().filter(kind::isInstance).map(kind::cast)
                .filter(o -> o.getMetadata().getName().equals(name)).toList();
        assertEquals(1, found.size(), kind.getSimpleName() + " " + name);
        return found.get(0);
    }

    /** Every field the model could not map (it keeps them in additionalProperties), by path. */
    private static void unknownFields(Object o, String path, List<String> unknown) {
        if (o == null) {
            return;
        }
        if (o instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                unknownFields(item, path + "[" + i++ + "]", unknown);
            }
            return;
        }
        if (o instanceof Map<?, ?> map) {
            map.forEach((k, v) -> unknownFields(v, path + "." + k, unknown));
            return;
        }
        if (!o.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method m : o.getClass().getMethods()) {
            if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || !m.getName().startsWith("get")
                    || m.getDeclaringClass() == Object.class) {
                continue;
            }
            try {
                Object value = m.invoke(o);
                if (m.getName().equals("getAdditionalProperties")) {
                    ((Map<?, ?>) value).keySet().forEach(k -> unknown.add(path + "." + k));
                } else {
                    unknownFields(value, path + "." + m.getName().substring(3), unknown);
                }
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
