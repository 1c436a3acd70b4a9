package dev.steadfast.ops.domain;

import java.util.ArrayList;
import java.util.List;

import org.jboss.dmr.ModelNode;

import dev.steadfast.ops.management.Management;

/**
 * The one management operation that deploys an archive (attached as input stream 0 when it carries content) to a
 * server group under a management name and the name it runs under (the archive's file name; a rollout names its
 * content apart, docs/reasons.md#twin-server-groups), whatever the domain already holds: new content is added and assigned to the group; the same content
 * is only assigned; other content of that name is replaced, and assigned to the group when it is not yet. The
 * domain's content is one per name, so a replacement reaches every group that has it: the rollout plan takes each of
 * them, in series, one server at a time ({@code rolling-to-servers}), the target group last, and rolls all of them
 * back if one fails. The same content for a group that already runs it needs no operation at all. {@link Deployer} refuses a replacement that would reach groups the user did not name.
 */
record DeploymentPlan(String name, String runtimeName, boolean inDomain, boolean sameContent, List<String> groupsWithIt, String group) {

    /** Whether the group already runs exactly this content: then there is nothing to do (and no operation to run). */
    boolean unchanged() {
        return inDomain && sameContent && groupsWithIt.contains(group);
    }

    /** Whether the operation uploads the archive (new or other content) rather than only assigning what is there. */
    boolean carriesContent() {
        return !inDomain || !sameContent;
    }

    /** @throws IllegalStateException when {@link #unchanged()}: the domain refuses a composite without steps */
    ModelNode operation() {
        if (unchanged()) {
            throw new IllegalStateException(name + " already runs in " + group + " with this content");
        }
        ModelNode op = Management.op("composite", new ModelNode().setEmptyList());
        if (inDomain && !sameContent) {
            ModelNode replace = Management.op("full-replace-deployment", new ModelNode().setEmptyList());
            replace.get("name").set(name);
            replace.get("runtime-name").set(runtimeName);
            replace.get("content").add().get("input-stream-index").set(0);
            replace.get("enabled").set(true);
            op.get("steps").add(replace);
        } else if (!inDomain) {
            ModelNode add = Management.op("add", Management.address("deployment", name));
            add.get("runtime-name").set(runtimeName);
            add.get("content").add().get("input-stream-index").set(0);
            op.get("steps").add(add);
        }
        if (!groupsWithIt.contains(group)) {
            ModelNode assign = Management.op("add", Management.address("server-group", group, "deployment", name));
            assign.get("enabled").set(true);
            op.get("steps").add(assign);
        }
        ModelNode plan = op.get("operation-headers", "rollout-plan");
        for (String g : rolledOut()) {
            plan.get("in-series").add().get("server-group", g, "rolling-to-servers").set(true);
        }
        plan.get("rollback-across-groups").set(true);
        return op;
    }

    /** The groups whose servers the operation changes: those that have replaced content, then the target group. */
    List<String> rolledOut() {
        List<String> groups = new ArrayList<>(carriesContent() ? groupsWithIt.stream().filter(g -> !g.equals(group)).toList() : List.of());
        groups.add(group);
        return groups;
    }
}
