package dev.steadfast.ops.domain;

import java.nio.file.Path;
import java.util.List;

import org.jboss.as.controller.client.Operation;
import org.jboss.as.controller.client.OperationBuilder;
import org.jboss.dmr.ModelNode;

import dev.steadfast.ops.management.Management;
import dev.steadfast.ops.topology.Group;
import dev.steadfast.ops.topology.Server;

/**
 * Deploys an archive to a server group through the domain controller with a rollout plan that updates one
 * server at a time ({@code rolling-to-servers}): a plain {@code deploy --force} redeploys every server at once
 * and loses sessions (docs/reasons.md#rolling-deployments). What the operation is, for new content, replaced content
 * and content another group already has, is {@link DeploymentPlan}'s. It returns once every server of the group runs
 * the new content, or fails naming the first that does not.
 */
final class Deployer {

    private final Management management;

    Deployer(Management management) {
        this.management = management;
    }

    void deploy(Path archive, Group group) {
        String name = archive.getFileName().toString();
        ModelNode root = new ModelNode().setEmptyList();
        boolean inDomain = management.childrenNames(root, "deployment").contains(name);
        List<String> groupsWithIt = inDomain ? management.childrenNames(root, "server-group").stream()
                .filter(g -> management.childrenNames(Management.address("server-group", g), "deployment").contains(name)).toList()
                : List.of();
        ModelNode op = new DeploymentPlan(name, inDomain, groupsWithIt, group.name()).operation();
        Operation withContent = OperationBuilder.create(op).addFileAsAttachment(archive.toFile()).build();
        management.execute(withContent);
        for (Server s : group.servers()) {
            ModelNode status = management.readAttribute(
                    Management.address("host", s.host().name(), "server", s.name(), "deployment", name), "status");
            if (!"OK".equals(status.asString())) {
                throw new IllegalStateException(name + " is " + status.asString() + " on " + s.name() + "; see its server.log.");
            }
        }
    }
}
