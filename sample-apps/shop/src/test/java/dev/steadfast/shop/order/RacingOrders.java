package dev.steadfast.shop.order;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * For ChargeRecordingIT's deployment only: the order's transactions, with two mishaps a test can arm for one order.
 * A cancel that commits while the charge is being recorded (after the recording read the order, before it wrote
 * it), which makes the recording lose the race on the order's version; and an order that cannot be read at all.
 * Unarmed, it is {@link Orders}.
 */
@Alternative
@Priority(1)
@ApplicationScoped
@Transactional
public class RacingOrders extends Orders {

    @PersistenceContext
    EntityManager em;

    @Inject
    Cashier cashier;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    private final Set<Long> cancelWhileRecording = ConcurrentHashMap.newKeySet();
    private final Set<Long> unreadable = ConcurrentHashMap.newKeySet();
    private final AtomicInteger races = new AtomicInteger();

    void cancelWhileRecordingTheCharge(long id) {
        cancelWhileRecording.add(id);
    }

    void unreadable(long id, boolean broken) {
        if (broken) {
            unreadable.add(id);
        } else {
            unreadable.remove(id);
        }
    }

    int races() {
        return races.get();
    }

    @Override
    CustomerOrder charged(ChargeClaim claim, String reference) {
        long id = claim.orderId();
        if (cancelWhileRecording.remove(id)) {
            em.find(CustomerOrder.class, id); // this transaction has read the order, at its current version
            try {
                executor.submit(() -> cashier.cancel(id)).get(); // and another commits a cancel of it meanwhile
            } catch (Exception e) {
                throw new IllegalStateException("The racing cancel failed", e);
            }
            races.incrementAndGet();
        }
        return super.charged(claim, reference);
    }

    @Override
    public CustomerOrder get(long id) {
        if (unreadable.contains(id)) {
            throw new IllegalStateException("Order " + id + " cannot be read (a test's mishap)");
        }
        return super.get(id);
    }
}
