package dev.steadfast.ops.supervision;

import java.time.Instant;

import org.jboss.dmr.ModelNode;

/**
 * One thing the supervisor did or saw, as one line of its event log: when, on which host, for which server (empty for
 * the supervisor itself), what, and why in words.
 *
 * <p>Kinds: {@code watching} (the supervisor started), {@code fenced} (killed and started: it did not answer),
 * {@code restarted} (started: it had crashed), {@code crash-loop} (given up on, left stopped), {@code recovered} (a
 * server given up on runs and answers again), {@code unreachable} and {@code reachable} (the domain controller did
 * not answer, then did), {@code jvm-not-found} (a fence fell back to WildFly's slower {@code :kill}),
 * {@code start-failed}, {@code not-started} (killed while the supervisor stopped), {@code stopped} (the supervisor
 * ended); {@code link-cut} and {@code link-back} (this host's cluster link to the domain controller's side), {@code
 * isolated} (killed and kept stopped while the link is cut) and {@code rejoined} (started once it was back).
 */
public record SupervisorEvent(Instant at, String host, String server, String kind, String detail) {

    public static final String FENCED = "fenced";
    public static final String RESTARTED = "restarted";
    public static final String CRASH_LOOP = "crash-loop";
    public static final String RECOVERED = "recovered";
    public static final String ISOLATED = "isolated";
    public static final String REJOINED = "rejoined";
    public static final String LINK_CUT = "link-cut";
    public static final String LINK_BACK = "link-back";

    String toJson() {
        ModelNode n = new ModelNode();
        n.get("at").set(at.toString());
        n.get("host").set(host);
        n.get("server").set(server);
        n.get("kind").set(kind);
        n.get("detail").set(detail);
        return n.toJSONString(true);
    }

    static SupervisorEvent parse(String line) {
        ModelNode n = ModelNode.fromJSONString(line);
        return new SupervisorEvent(Instant.parse(n.get("at").asString()), n.get("host").asString(""), n.get("server").asString(""),
                n.get("kind").asString(""), n.get("detail").asString(""));
    }
}
