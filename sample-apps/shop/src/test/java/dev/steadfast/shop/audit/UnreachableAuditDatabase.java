package dev.steadfast.shop.audit;

import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import dev.steadfast.runtime.audit.AuditDataSource;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

/**
 * The audit trail's datasource, which a test can take down: while down, every connection it is asked for fails
 * as a database that does not answer would. Only in the test's own deployment.
 */
@Alternative
@Priority(1000)
@ApplicationScoped
public class UnreachableAuditDatabase extends AuditDataSource {

    private volatile boolean down;
    private final Map<Long, AtomicInteger> refusedByThread = new ConcurrentHashMap<>();

    public void takeDown() {
        down = true;
    }

    public void bringBack() {
        down = false;
    }

    /** @return how many connections the calling thread asked for while down (not the chainer's, in the background) */
    public int refusedConnectionsOfThisThread() {
        AtomicInteger refused = refusedByThread.get(Thread.currentThread().getId());
        return refused == null ? 0 : refused.get();
    }

    @Override
    public DataSource get() {
        if (!down) {
            return super.get();
        }
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        refusedByThread.computeIfAbsent(Thread.currentThread().getId(), id -> new AtomicInteger()).incrementAndGet();
                        throw new SQLException("Connection refused: the audit database is down (test)", "08001");
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
