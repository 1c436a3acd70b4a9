package dev.steadfast.shop.cluster;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import dev.steadfast.shop.Shopper;
import dev.steadfast.testing.TestClient;
import jakarta.json.JsonObject;

/**
 * One shopper of a {@link ShoppingCrowd}, with a session of its own, shopping round after round while the shop is
 * open: a unit of the next product into the cart, the cart read back and compared with what this shopper put in (a
 * session lost or reset shows as a cart that lost an item), and every few rounds a checkout under an Idempotency-Key
 * of its own. Any answer but a 2xx, or none, is a failed request; after one the shopper goes home, since what its
 * cart should hold is no longer known.
 */
final class VirtualShopper implements Runnable {

    private static final int ROUNDS_PER_CHECKOUT = 4;
    private static final long PACE_MILLIS = 200;

    private final String name;
    private final Shopper shopper;
    private final List<Long> products;
    private final BooleanSupplier open;
    private final Map<Long, Integer> putInCart = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private final Predicate<HttpResponse<String>> upstreamRace;
    private final List<String> upstreamRaces = new ArrayList<>();
    private final List<String> cartsThatLostAnItem = new ArrayList<>();
    private final Set<Long> orders = new TreeSet<>();
    private final Set<String> servedBy = new TreeSet<>();
    private int requests;

    VirtualShopper(String name, Shopper shopper, List<Long> products, BooleanSupplier open,
                   Predicate<HttpResponse<String>> upstreamRace) {
        this.name = name;
        this.upstreamRace = upstreamRace;
        this.shopper = shopper;
        this.products = List.copyOf(products);
        this.open = open;
    }

    @Override
    public void run() {
        for (int round = 1; open.getAsBoolean() && failures.isEmpty(); round++) {
            long product = products.get(round % products.size());
            if (send("add product " + product, () -> shopper.add(product, 1)).isEmpty()) {
                continue; // a failure ends the loop; WildFly's own race (counted apart) added nothing: the next round
            }
            putInCart.merge(product, 1, Integer::sum);
            send("read the cart", () -> shopper.client().get("api/cart")).ifPresent(this::compareCart);
            if (round % ROUNDS_PER_CHECKOUT == 0 && failures.isEmpty()) {
                String key = UUID.randomUUID().toString();
                send("check out under " + key, () -> shopper.checkout(key)).ifPresent(placed -> {
                    orders.add(TestClient.json(placed).getJsonNumber("id").longValue());
                    putInCart.clear();
                });
            }
            try {
                Thread.sleep(PACE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Once it went home: what its session lists as its orders, when that is not the orders it placed (asking
     * counts as one more request).
     */
    List<String> ordersItsSessionForgot() {
        return send("list its orders", () -> shopper.client().get("api/orders")).map(listed -> {
            Set<Long> known = TestClient.jsonArray(listed).getValuesAs(JsonObject.class).stream()
                    .map(o -> o.getJsonNumber("id").longValue()).collect(Collectors.toCollection(TreeSet::new));
            return known.equals(orders) ? List.<String>of() : List.of(name + " placed " + orders + ", its session lists " + known);
        }).orElse(List.of());
    }

    String name() {
        return name;
    }

    int requests() {
        return requests;
    }

    List<String> failures() {
        return failures;
    }

    /** Requests that failed by WildFly's own session race ({@link UpstreamSessionRace}), counted apart. */
    List<String> upstreamRaces() {
        return upstreamRaces;
    }

    List<String> cartsThatLostAnItem() {
        return cartsThatLostAnItem;
    }

    Set<Long> orders() {
        return orders;
    }

    /** The servers that answered this shopper, by their X-Steadfast-Node. */
    Set<String> servedBy() {
        return servedBy;
    }

    private void compareCart(HttpResponse<String> shown) {
        Map<Long, Integer> inCart = TestClient.json(shown).getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(l -> l.getJsonNumber("productId").longValue(), l -> l.getInt("quantity"), Integer::sum, TreeMap::new));
        if (!inCart.equals(putInCart)) {
            cartsThatLostAnItem.add(name + " put in " + putInCart + ", " + node(shown) + " shows " + inCart);
        }
    }

    /** The answer when it is a 2xx; else none, and the request counted as failed. */
    private Optional<HttpResponse<String>> send(String what, Supplier<HttpResponse<String>> request) {
        requests++;
        try {
            HttpResponse<String> answer = request.get();
            servedBy.add(node(answer));
            if (answer.statusCode() / 100 == 2) {
                return Optional.of(answer);
            }
            (upstreamRace.test(answer) ? upstreamRaces : failures)
                    .add(name + " " + what + ": " + answer.statusCode() + " from " + node(answer) + " " + answer.body());
        } catch (UncheckedIOException e) {
            failures.add(name + " " + what + ": no answer, " + e.getCause());
        }
        return Optional.empty();
    }

    private static String node(HttpResponse<String> answer) {
        return answer.headers().firstValue("X-Steadfast-Node").orElse("no node");
    }
}
