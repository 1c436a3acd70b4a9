package dev.steadfast.erp.planning;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Material requirements planning over one snapshot of a company, every level of its bills at once. For an item:
 * <pre>
 * gross     = sum over the parents it goes into of (units per parent) x (parent's released work orders + parent's planned quantity)
 * scheduled = units on purchase orders not received + units of its own released work orders
 * planned   = max(0, gross + safety stock - on hand - scheduled)
 * </pre>
 * made if it has a bill, bought otherwise. A parent's planned quantity is computed first (memoised), so an item is
 * planned with everything above it; the answer depends on the snapshot alone, so a run restarted from a checkpoint
 * plans each remaining item exactly as an uninterrupted one would have, as long as the company's data did not change
 * in between (if it did, the restart plans the rest from the newer data: a plan is of the data it read). A cycle in the bills (which bom/BillsOfMaterial refuses, but two
 * concurrent changes could close) stops the run with the item's name; arithmetic beyond a long stops it too.
 */
final class Requirements {

    /** What the planning reads of a company: keyed by item id. */
    record Snapshot(Map<Long, Long> safetyStock, List<Edge> bills, Map<Long, Long> onHand, Map<Long, Long> onOrder,
                    Map<Long, Long> toCome) {
    }

    /** A bill line: {@code quantityPer} units of {@code component} go into one unit of {@code parent}. */
    record Edge(long parent, long component, long quantityPer) {
    }

    private final Snapshot snapshot;
    private final Map<Long, List<Edge>> usedIn;
    private final Set<Long> made;
    private final Map<Long, Need> needs = new HashMap<>();
    private final Set<Long> inProgress = new HashSet<>();

    Requirements(Snapshot snapshot) {
        this.snapshot = snapshot;
        this.usedIn = snapshot.bills().stream().collect(Collectors.groupingBy(Edge::component));
        this.made = snapshot.bills().stream().map(Edge::parent).collect(Collectors.toSet());
    }

    /** The need of an item of the snapshot. */
    Need of(long item) {
        Need known = needs.get(item);
        if (known != null) {
            return known;
        }
        if (!inProgress.add(item)) {
            throw new IllegalStateException("Item " + item + " is a component of itself through its bills of material: no plan.");
        }
        long gross = 0;
        for (Edge edge : usedIn.getOrDefault(item, List.of())) {
            long parentDemand = Math.addExact(count(snapshot.toCome(), edge.parent()), of(edge.parent()).quantity());
            gross = Math.addExact(gross, Math.multiplyExact(edge.quantityPer(), parentDemand));
        }
        long onHand = count(snapshot.onHand(), item);
        long scheduled = Math.addExact(count(snapshot.onOrder(), item), count(snapshot.toCome(), item));
        long wanted = Math.addExact(gross, count(snapshot.safetyStock(), item));
        long planned = Math.max(0, Math.subtractExact(wanted, Math.addExact(onHand, scheduled)));
        Need need = new Need(item, made.contains(item) ? PlanKind.MAKE : PlanKind.BUY, gross, onHand, scheduled, planned);
        inProgress.remove(item);
        needs.put(item, need);
        return need;
    }

    private static long count(Map<Long, Long> counts, long item) {
        return counts.getOrDefault(item, 0L);
    }
}
