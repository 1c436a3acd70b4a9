package dev.steadfast.runtime.json;

import jakarta.annotation.Priority;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for every request body and response of the application. Without a resolver, WildFly's RESTEasy
 * builds a new one for each body it reads or writes and closes it after: a service-loader lookup of the JSON-B and
 * JSON-P providers through the deployment's class loaders and Yasson's introspection of the type, again each time.
 * Measured with JFR on the shop under load: with the module lookups it causes, about a quarter of a worker's samples
 * (docs/benchmarks.md#where-the-cpu-goes). A {@link Jsonb} is thread-safe; RESTEasy uses one that a resolver gives
 * without closing it (closing would only release adapters and serializers created through CDI, which the default
 * configuration has none of). Its priority is below an
 * application's own resolver's (the default, {@link Priorities#USER}), so that an application that wants another
 * JSON-B configuration provides its resolver and is asked first.
 */
@Provider
@Priority(Priorities.USER + 1000)
public class SharedJsonb implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }
}
