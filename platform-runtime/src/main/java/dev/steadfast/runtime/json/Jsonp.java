package dev.steadfast.runtime.json;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P provider, looked up once. {@code jakarta.json.Json}'s factory methods look it up through the service
 * loader on every call (a scan of the deployment's class loaders), which on a request path is measurable CPU; the
 * runtime library's own JSON (audit records, problems, health) goes through this instead.
 */
public final class Jsonp {

    public static final JsonProvider PROVIDER = JsonProvider.provider();

    private Jsonp() {
    }
}
