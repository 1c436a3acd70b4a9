package dev.steadfast.ops.domain;

import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;

import org.jboss.as.controller.client.OperationBuilder;
import org.jboss.dmr.ModelNode;

import dev.steadfast.ops.ContentHash;
import dev.steadfast.ops.UserError;
import dev.steadfast.ops.management.Management;
import dev.steadfast.ops.topology.Group;
import dev.steadfast.ops.topology.Server;

/**
 * Deploys an archive to a server group through the domain controller with a rollout plan that updates one
 * server at a time ({@code rolling-to-servers}): a plain {@code deploy --force} redeploys every server at once
 * and loses sessions (docs/reasons.md#rolling-deployments). What the operation is, for new content, replaced content
 * and content another group already has, is {@link DeploymentPlan}'s. It deploys to whichever twin of the group holds
 * its servers ({@link Twins}). It returns once every server of the group runs the new content, or fails naming the
 * first that does not. {@link Rollout} is the other way, one server at a time with a health gate between servers.
 */
final class Deployer {

    private final Management management;

    Deployer(Management management) {
        this.management = management;
    }

    /**
     * Deploys to the twin of the group that holds its servers, under the name a rollout gave the archive's runtime name
     * there, if one did, else under the archive's file name.
     *
     * @return false when the group already ran this content on every server, so nothing was done
     */
    boolean deploy(Path archive, Group group) {
        String runtimeName = archive.getFileName().toString();
        Twins twins = new Twins(management, group);
        String active = twins.active();
        String name = twins.runningAs(active, runtimeName).map(Twins.Content::name).orElse(runtimeName);
        ModelNode root = new ModelNode().setEmptyList();
        boolean inDomain = management.childrenNames(root, "deployment").contains(name);
        List<String> groupsWithIt = inDomain ? Twins.groupsWith(management, name) : List.of();
        boolean sameContent = inDomain && ContentHash.sha1(archive).equals(
                HexFormat.of().formatHex(management.readAttribute(Management.address("deployment", name), "content").get(0).get("hash").asBytes()));
        if (inDomain && !sameContent && Twins.isReleaseName(name)) {
            throw new UserError(runtimeName + " runs in " + group.name() + " as " + name + ", a release a rollout gave it, which names "
                    + "that content for good: roll this one out with 'steadfast rollout'.");
        }
        List<String> elsewhere = groupsWithIt.stream().filter(g -> !group.domainGroups().contains(g)).toList();
        if (inDomain && !sameContent && !elsewhere.isEmpty() && !groupsWithIt.contains(active)) {
            throw new UserError(runtimeName + " runs in " + elsewhere + " with other content; deploying it to " + group.name()
                    + " would replace it there too: deploy it under another name, or to " + elsewhere + " first.");
        }
        DeploymentPlan plan = new DeploymentPlan(name, runtimeName, inDomain, sameContent, groupsWithIt, active);
        if (plan.unchanged()) {
            requireRunningEverywhere(name, group);
            return false;
        }
        OperationBuilder op = OperationBuilder.create(plan.operation());
        if (plan.carriesContent()) {
            op.addFileAsAttachment(archive.toFile());
        }
        management.execute(op.build());
        requireRunningEverywhere(name, group);
        return true;
    }

    /** Fails naming the first server of the group where the deployment is not running (disabled, failed, absent). */
    private void requireRunningEverywhere(String name, Group group) {
        for (Server s : group.servers()) {
            ModelNode status = management.readAttribute(
                    Management.address("host", s.host().name(), "server", s.name(), "deployment", name), "status");
            if (!"OK".equals(status.asString())) {
                throw new IllegalStateException(name + " is " + status.asString() + " on " + s.name() + "; see its server.log.");
            }
        }
    }
}
