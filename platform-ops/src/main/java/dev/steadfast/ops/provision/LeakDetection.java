package dev.steadfast.ops.provision;

import java.util.Map;

/**
 * The datasource's connection-leak detection (profile/100-datasource.cli), on in a development environment only:
 * IronJacamar's leak-dumper pool and the cached connection manager's debug mode, or its default pool and no debug.
 */
final class LeakDetection {

    private static final String LEAK_DUMPER_POOL = "org.jboss.jca.core.connectionmanager.pool.mcp.LeakDumperManagedConnectionPool";
    private static final String DEFAULT_POOL = "org.jboss.jca.core.connectionmanager.pool.mcp.SemaphoreConcurrentLinkedDequeManagedConnectionPool";

    private LeakDetection() {}

    /** Puts the script parameters for leak detection on or off. */
    static void parameters(Map<String, String> p, boolean on) {
        p.put("steadfast.db.pool-class", on ? LEAK_DUMPER_POOL : DEFAULT_POOL);
        p.put("steadfast.jca.debug", String.valueOf(on));
    }
}
