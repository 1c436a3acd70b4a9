package dev.steadfast.ops.health;

import org.jboss.dmr.ModelNode;

/**
 * What a live worker's {@code /steadfast-probe/health} said: its node name, its JGroups view as JGroups prints it,
 * Infinispan's health of the web cache container (HEALTHY, HEALTHY_REBALANCING, DEGRADED; empty while it boots) and
 * the number of nodes the container sees.
 */
public record ProbeAnswer(String node, String view, String health, int nodes) {

    /** Infinispan's word for "every cache available, no rebalance in progress". */
    public static final String HEALTHY = "HEALTHY";

    static ProbeAnswer parse(String json) {
        ModelNode n = ModelNode.fromJSONString(json);
        String nodes = n.get("nodes").asString("");
        return new ProbeAnswer(n.get("node").asString(""), n.get("view").asString(""), n.get("health").asString(""),
                nodes.matches("\\d+") ? Integer.parseInt(nodes) : 0);
    }

    /** Every cache of the web container is available and none is rebalancing. */
    public boolean healthy() {
        return HEALTHY.equals(health);
    }
}
