package dev.steadfast.ops.domain;

import java.nio.file.Path;

import org.jboss.as.controller.client.Operation;
import org.jboss.as.controller.client.OperationBuilder;
import org.jboss.dmr.ModelNode;

import dev.steadfast.ops.management.Management;
import dev.steadfast.ops.topology.Group;
import dev.steadfast.ops.topology.Server;

/**
 * Deploys an archive to a server group through the domain controller with a rollout plan that updates one
 * server at a time ({@code rolling-to-servers}): a plain {@code deploy --force} redeploys every server at once
 * and loses sessions (docs/reasons.md#rolling-deployments). A new deployment is added; an existing one is fully
 * replaced. It returns once every server of the group runs the new content, or fails naming the first that does not.
 */
final class Deployer {

    private final Management management;

    Deployer(Management management) {
        this.management = management;
    }

    void deploy(Path archive, Group group) {
        String name = archive.getFileName().toString();
        boolean exists = management.childrenNames(new ModelNode().setEmptyList(), "deployment").contains(name);
        ModelNode op;
        if (exists) {
            op = Management.op("full-replace-deployment", new ModelNode().setEmptyList());
            op.get("name").set(name);
            op.get("content").add().get("input-stream-index").set(0);
            op.get("enabled").set(true);
        } else {
            op = Management.op("composite", new ModelNode().setEmptyList());
            ModelNode add = Management.op("add", Management.address("deployment", name));
            add.get("content").add().get("input-stream-index").set(0);
            op.get("steps").add(add);
            ModelNode assign = Management.op("add", Management.address("server-group", group.name(), "deployment", name));
            assign.get("enabled").set(true);
            op.get("steps").add(assign);
        }
        ModelNode plan = op.get("operation-headers", "rollout-plan");
        plan.get("in-series").add().get("server-group", group.name(), "rolling-to-servers").set(true);
        plan.get("rollback-across-groups").set(true);
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
