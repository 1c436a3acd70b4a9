package dev.steadfast.shop.cluster;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import dev.steadfast.shop.Shopper;

/**
 * A few {@link VirtualShopper}s, each on a thread of its own, shopping from the moment they arrive until the shop
 * closes: the load of a test that changes the cluster under it. Few and paced, so that the two cores of a build
 * machine are left to the domain; what counts is that none of their requests fails, not how many there are.
 */
final class ShoppingCrowd implements AutoCloseable {

    private final List<VirtualShopper> shoppers = new ArrayList<>();
    private final List<Future<?>> shopping = new ArrayList<>();
    private final ExecutorService threads;
    private volatile boolean open = true;

    private ShoppingCrowd(int size, Supplier<Shopper> arrival, List<Long> products, Predicate<HttpResponse<String>> upstreamRace) {
        // Everyone arrives before anyone shops: an arrival that fails leaves no shopper running.
        for (int i = 1; i <= size; i++) {
            shoppers.add(new VirtualShopper("shopper " + i, arrival.get(), products, () -> open, upstreamRace));
        }
        threads = Executors.newFixedThreadPool(size);
        shoppers.forEach(shopper -> shopping.add(threads.submit(shopper)));
    }

    /**
     * The crowd arrives and starts shopping, each shopper with a session of its own from {@code arrival}; failures
     * that {@code upstreamRace} recognises as WildFly's own ({@link UpstreamSessionRace}) are counted apart.
     */
    static ShoppingCrowd arrive(int size, Supplier<Shopper> arrival, List<Long> products, Predicate<HttpResponse<String>> upstreamRace) {
        return new ShoppingCrowd(size, arrival, products, upstreamRace);
    }

    /** Closes the shop, waits for each shopper to end its round, and adds up what they saw. */
    Tally closeTheShop() {
        close();
        for (Future<?> one : shopping) {
            try {
                one.get(2, TimeUnit.MINUTES);
            } catch (ExecutionException | TimeoutException e) {
                throw new AssertionError("A shopper did not end its round", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        List<String> forgotten = all(VirtualShopper::ordersItsSessionForgot);
        return new Tally(shoppers.stream().mapToInt(VirtualShopper::requests).sum(), all(VirtualShopper::failures),
                all(VirtualShopper::upstreamRaces),
                all(VirtualShopper::cartsThatLostAnItem), forgotten,
                shoppers.stream().flatMap(s -> s.orders().stream()).collect(Collectors.toCollection(TreeSet::new)),
                shoppers.stream().collect(Collectors.toMap(VirtualShopper::name, VirtualShopper::servedBy)));
    }

    private List<String> all(Function<VirtualShopper, List<String>> seen) {
        return shoppers.stream().flatMap(s -> seen.apply(s).stream()).toList();
    }

    /** Closes the shop: the shoppers end their rounds and go home; one still out after a minute is stopped. */
    @Override
    public void close() {
        open = false;
        threads.shutdown();
        try {
            if (!threads.awaitTermination(1, TimeUnit.MINUTES)) {
                threads.shutdownNow();
            }
        } catch (InterruptedException e) {
            threads.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * What the crowd saw: its requests, those that failed, each cart that did not hold what its shopper put in, each
     * session whose orders were not the ones its shopper placed, the orders it was told were placed, and the servers
     * that answered each shopper.
     */
    record Tally(int requests, List<String> failures, List<String> upstreamRaces, List<String> cartsThatLostAnItem,
                 List<String> sessionsThatForgotAnOrder, Set<Long> orders, Map<String, Set<String>> servedBy) {
    }
}
