package dev.steadfast.shop.catalog;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import dev.steadfast.runtime.problem.ProblemMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

/**
 * What shoppers see of the catalog: the catalog itself while the database answers; while it cannot be reached, the
 * products as this node last read them, said to be stale ({@link Shown#staleSince()}, which the answers carry as
 * {@value #STALE_HEADER}). So shoppers keep browsing and filling their carts through a database outage, and only
 * checkout, which must write, answers 503 until the database is back. Any other failure is not hidden. A product this
 * node never read is not shown during an outage (503), and a node that starts during one has read none.
 */
@ApplicationScoped
public class ShopWindow {

    /** The header of an answer made from the last products read, with the moment they were read (ISO-8601). */
    public static final String STALE_HEADER = "X-Steadfast-Stale-Since";

    /** What was shown, and since when it is the last one read rather than the database's current one. */
    public record Shown<T>(T value, Optional<Instant> staleSince) {

        /** 200 with the value, and {@value #STALE_HEADER} when it is stale. */
        public Response answer() {
            Response.ResponseBuilder ok = Response.ok(value);
            staleSince.ifPresent(since -> ok.header(STALE_HEADER, since.toString()));
            return ok.build();
        }
    }

    private record Read(Product product, Instant at) {
    }

    @Inject
    Catalog catalog;

    /** The products last read, by id, in the catalog's order. Replaced whole, never changed in place. */
    private final AtomicReference<Map<Long, Read>> lastRead = new AtomicReference<>(Map.of());

    public Shown<List<Product>> all() {
        try {
            List<Product> all = catalog.all();
            Instant now = Instant.now();
            Map<Long, Read> read = new LinkedHashMap<>();
            all.forEach(p -> read.put(p.getId(), new Read(p, now)));
            lastRead.set(read);
            return new Shown<>(all, Optional.empty());
        } catch (RuntimeException e) {
            Map<Long, Read> known = lastRead.get();
            return stale(e, known.isEmpty(), () -> new Shown<>(known.values().stream().map(Read::product).toList(),
                    known.values().stream().map(Read::at).min(Instant::compareTo)));
        }
    }

    public Shown<Product> get(long id) {
        try {
            Product product = catalog.get(id);
            Read read = new Read(product, Instant.now());
            lastRead.updateAndGet(known -> {
                Map<Long, Read> updated = new LinkedHashMap<>(known);
                updated.put(id, read);
                return updated;
            });
            return new Shown<>(product, Optional.empty());
        } catch (RuntimeException e) {
            Read known = lastRead.get().get(id);
            return stale(e, known == null, () -> new Shown<>(known.product(), Optional.of(known.at())));
        }
    }

    /** The last products read when the database cannot be reached and some were read; else the failure as it was. */
    private static <T> Shown<T> stale(RuntimeException failure, boolean nothingRead, Supplier<Shown<T>> lastShown) {
        if (nothingRead || !ProblemMapper.databaseUnreachable(failure)) {
            throw failure;
        }
        return lastShown.get();
    }
}
