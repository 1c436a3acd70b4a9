package dev.steadfast.ops.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.Test;

/** The deploy operation for new content, replaced content, and content another group already runs. */
class DeploymentPlanTest {

    @Test
    void newContentIsAddedAndAssignedToTheGroupRolledOneServerAtATime() {
        ModelNode op = new DeploymentPlan("shop.war", "shop.war", false, false, List.of(), "apps").operation();

        assertEquals(List.of("add /deployment=shop.war", "add /server-group=apps/deployment=shop.war"), steps(op));
        assertEquals(List.of("apps"), groups(op));
    }

    @Test
    void contentTheGroupHasIsReplacedWithoutAssigningItAgain() {
        ModelNode op = new DeploymentPlan("shop.war", "shop.war", true, false, List.of("apps"), "apps").operation();

        assertEquals(List.of("full-replace-deployment /"), steps(op));
        assertEquals(List.of("apps"), groups(op));
    }

    @Test
    void newContentForAGroupThatHasItIsReplacedInEveryGroupThatRunsIt() {
        ModelNode op = new DeploymentPlan("shop.war", "shop.war", true, false, List.of("apps", "reports"), "apps").operation();

        assertEquals(List.of("full-replace-deployment /"), steps(op));
        assertEquals(List.of("reports", "apps"), groups(op), "every group whose servers change, the target last");
        assertEquals(true, op.get("operation-headers", "rollout-plan", "rollback-across-groups").asBoolean());
    }

    @Test
    void theSameContentAnotherGroupRunsIsOnlyAssignedToTheTargetGroupWithoutUploadOrReplacement() {
        DeploymentPlan plan = new DeploymentPlan("shop.war", "shop.war", true, true, List.of("apps"), "canary");

        assertEquals(List.of("add /server-group=canary/deployment=shop.war"), steps(plan.operation()));
        assertEquals(List.of("canary"), groups(plan.operation()), "the other group's servers are not touched");
        assertEquals(false, plan.carriesContent());
    }

    @Test
    void theSameContentTheGroupAlreadyRunsNeedsNoOperation() {
        DeploymentPlan plan = new DeploymentPlan("shop.war", "shop.war", true, true, List.of("apps"), "apps");

        assertEquals(true, plan.unchanged());
        assertThrows(IllegalStateException.class, plan::operation, "a composite without steps, which the domain refuses");
        assertEquals(false, new DeploymentPlan("shop.war", "shop.war", true, true, List.of("apps"), "canary").unchanged());
        assertEquals(false, new DeploymentPlan("shop.war", "shop.war", true, false, List.of("apps"), "apps").unchanged());
    }

    @Test
    void contentARolloutNamedApartIsReplacedUnderItsNameAndRunsUnderTheArchivesName() {
        ModelNode op = new DeploymentPlan("shop.war@0123456789ab", "shop.war", true, false, List.of("apps-twin"), "apps-twin").operation();

        assertEquals(List.of("full-replace-deployment /"), steps(op));
        assertEquals("shop.war@0123456789ab", op.get("steps").get(0).get("name").asString());
        assertEquals("shop.war", op.get("steps").get(0).get("runtime-name").asString(), "the session cache and module keep their name");
    }

    private static List<String> steps(ModelNode op) {
        return op.get("steps").asList().stream().map(s -> s.get("operation").asString() + " /" + String.join("/",
                s.get("address").asList().stream().map(p -> p.asProperty().getName() + "=" + p.asProperty().getValue().asString()).toList()))
                .toList();
    }

    private static List<String> groups(ModelNode op) {
        return op.get("operation-headers", "rollout-plan", "in-series").asList().stream().map(g -> {
            ModelNode group = g.get("server-group");
            String name = group.keys().iterator().next();
            assertEquals(true, group.get(name, "rolling-to-servers").asBoolean(), name + " one server at a time");
            return name;
        }).toList();
    }
}
