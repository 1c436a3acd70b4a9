package dev.steadfast.ops.domain;

import java.nio.file.Path;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.jboss.as.controller.client.OperationBuilder;
import org.jboss.dmr.ModelNode;

import dev.steadfast.ops.UserError;
import dev.steadfast.ops.management.Management;
import dev.steadfast.ops.topology.Group;
import dev.steadfast.ops.topology.Server;

/**
 * An application group as the domain holds it: two server groups, the group and its twin, on one profile and one
 * cluster (docs/reasons.md#twin-server-groups). Where each of its servers runs now, which twin is active (holds every
 * server), and what each twin deploys, read from the domain controller's model.
 */
record Twins(Management management, Group group) {

    /** A deployment of the domain: its management name, the name it runs under and its content's SHA-1 in hex. */
    record Content(String name, String runtimeName, String sha1) {}

    /** The management name a rollout gives a release: its runtime name, {@code @}, the first 12 hex digits of its SHA-1. */
    static String releaseName(String runtimeName, String sha1) {
        return runtimeName + "@" + sha1.substring(0, 12);
    }

    /** Whether a management name is one a rollout gave, bound to one content for good. */
    static boolean isReleaseName(String name) {
        return name.matches(".+@[0-9a-f]{12}");
    }

    /** The server group each server of the group is in now, in the topology's order; refused when the twin is missing. */
    Map<Server, String> placement() {
        if (!management.childrenNames(new ModelNode().setEmptyList(), "server-group").containsAll(group.domainGroups())) {
            throw new UserError("The domain has no server group " + group.twin() + " yet, which this release of steadfast rolls "
                    + group.name() + " through: run 'steadfast apply' first.");
        }
        Map<Server, String> placement = new LinkedHashMap<>();
        for (Server s : group.servers()) {
            placement.put(s, management.readAttribute(Management.address("host", s.host().name(), "server-config", s.name()), "group").asString());
        }
        return placement;
    }

    /** The twin that holds every server of the group; refused when a rollout that did not end left them split. */
    String active() {
        Set<String> inUse = new TreeSet<>(placement().values());
        if (inUse.size() != 1) {
            throw new UserError(group.name() + "'s servers are split between " + inUse + ", as a rollout that did not end leaves "
                    + "them: run 'steadfast rollout' again with the archive one of them runs, then try again.");
        }
        return inUse.iterator().next();
    }

    /** The other twin of a server group of this group. */
    String other(String domainGroup) {
        return group.domainGroups().stream().filter(g -> !g.equals(domainGroup)).findFirst().orElseThrow();
    }

    /** Management names of the deployments of a server group. */
    List<String> deployments(String domainGroup) {
        return management.childrenNames(Management.address("server-group", domainGroup), "deployment");
    }

    /**
     * Whether no server group but this group's twins has the deployment: only such a name may a rollout take over, for
     * a later deploy under it replaces it wherever it is assigned.
     */
    boolean onlyOurs(String name) {
        return group.domainGroups().containsAll(groupsWith(management, name));
    }

    /** The server groups of the domain that have the deployment. */
    static List<String> groupsWith(Management management, String name) {
        return management.childrenNames(new ModelNode().setEmptyList(), "server-group").stream()
                .filter(g -> management.childrenNames(Management.address("server-group", g), "deployment").contains(name)).toList();
    }

    /** Every deployment of the domain, by management name. */
    Map<String, Content> domainContent() {
        ModelNode op = Management.op("read-children-resources", new ModelNode().setEmptyList());
        op.get("child-type").set("deployment");
        Map<String, Content> all = new LinkedHashMap<>();
        for (var d : management.execute(op).asPropertyList()) {
            ModelNode content = d.getValue().get("content");
            String sha1 = content.isDefined() && content.get(0).hasDefined("hash") ? HexFormat.of().formatHex(content.get(0).get("hash").asBytes()) : "";
            all.put(d.getName(), new Content(d.getName(), d.getValue().get("runtime-name").asString(d.getName()), sha1));
        }
        return all;
    }

    /** The deployment of a server group that runs under this runtime name, if any (a group runs one per name). */
    Optional<Content> runningAs(String domainGroup, String runtimeName) {
        Map<String, Content> all = domainContent();
        return deployments(domainGroup).stream().map(all::get).filter(c -> c != null && c.runtimeName().equals(runtimeName)).findFirst();
    }

    /**
     * The target twin gets every deployment of the other one, except that under this runtime name, which it gets with
     * the new content under its own name; what it held that the other no longer does, it loses. The target holds no
     * running server (or, taking up a rollout that did not end, those already moved), so this changes no server that
     * has not been moved.
     */
    void prepare(String from, String target, String runtimeName, String name, Path archive) {
        Map<String, Twins.Content> content = domainContent();
        List<String> fromHas = deployments(from);
        List<String> targetHas = deployments(target);
        ModelNode composite = Management.op("composite", new ModelNode().setEmptyList());
        ModelNode steps = composite.get("steps").setEmptyList();
        boolean upload = !content.containsKey(name);
        if (upload) {
            ModelNode add = Management.op("add", Management.address("deployment", name));
            add.get("runtime-name").set(runtimeName);
            add.get("content").add().get("input-stream-index").set(0);
            steps.add(add);
        }
        for (String d : targetHas) {
            boolean sameRuntimeName = content.containsKey(d) && content.get(d).runtimeName().equals(runtimeName);
            if (!d.equals(name) && (sameRuntimeName || !fromHas.contains(d))) {
                steps.add(Management.op("remove", Management.address("server-group", target, "deployment", d)));
            }
        }
        for (String d : fromHas) {
            if (!targetHas.contains(d) && !content.get(d).runtimeName().equals(runtimeName)) {
                ModelNode assign = Management.op("add", Management.address("server-group", target, "deployment", d));
                assign.get("enabled").set(true);
                steps.add(assign);
            }
        }
        if (!targetHas.contains(name)) {
            ModelNode assign = Management.op("add", Management.address("server-group", target, "deployment", name));
            assign.get("enabled").set(true);
            steps.add(assign);
        }
        if (steps.asList().isEmpty()) {
            return;
        }
        OperationBuilder op = OperationBuilder.create(composite);
        if (upload) {
            op.addFileAsAttachment(archive.toFile());
        }
        management.execute(op.build());
    }

    /** After a rollout, the twin left behind no longer holds the old version, and content no group uses is removed. */
    void retire(String from, String runtimeName) {
        runningAs(from, runtimeName).ifPresent(old -> {
            management.execute(Management.op("remove", Management.address("server-group", from, "deployment", old.name())));
            removeWhenUnused(old.name());
        });
    }

    /** After a rollback, the new version leaves the twin it was meant for, and the domain when no group uses it. */
    void discard(String target, String name) {
        if (deployments(target).contains(name)) {
            management.execute(Management.op("remove", Management.address("server-group", target, "deployment", name)));
        }
        removeWhenUnused(name);
    }

    private void removeWhenUnused(String name) {
        if (groupsWith(management, name).isEmpty()) {
            management.execute(Management.op("remove", Management.address("deployment", name)));
        }
    }
}
