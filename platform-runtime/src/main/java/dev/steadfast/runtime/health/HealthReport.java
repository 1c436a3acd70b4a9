package dev.steadfast.runtime.health;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.steadfast.runtime.json.Jsonp;

/**
 * The outcome of running a set of checks: UP only when every check is UP (and when there is none, as the
 * specification says). A check that throws, or returns nothing, is DOWN under its class name, without the
 * exception: the endpoint is public, the log is not.
 *
 * @param status UP or DOWN
 * @param checks each check's response, in the order run
 */
public record HealthReport(Status status, List<HealthCheckResponse> checks) {

    public HealthReport {
        checks = List.copyOf(checks);
    }

    /** Runs every check once. */
    public static HealthReport of(Iterable<? extends HealthCheck> checks) {
        List<HealthCheckResponse> responses = new ArrayList<>();
        for (HealthCheck check : checks) {
            responses.add(run(check));
        }
        boolean up = responses.stream().allMatch(r -> r.getStatus() == Status.UP);
        return new HealthReport(up ? Status.UP : Status.DOWN, responses);
    }

    private static HealthCheckResponse run(HealthCheck check) {
        try {
            HealthCheckResponse response = check.call();
            if (response != null && response.getName() != null && response.getStatus() != null) {
                return response;
            }
        } catch (RuntimeException e) {
            System.getLogger(HealthReport.class.getName())
                    .log(System.Logger.Level.WARNING, "Health check " + check.getClass().getName() + " failed", e);
        }
        return new HealthCheckResponse(publicName(check), Status.DOWN, java.util.Optional.empty());
    }

    /**
     * The name a failed check is reported under, on a public endpoint: its class's simple name, without the
     * package or a CDI proxy's suffix ({@code CatalogReadiness$Proxy$_$$_WeldClientProxy} is CatalogReadiness).
     */
    static String publicName(HealthCheck check) {
        String name = check.getClass().getSimpleName();
        int proxy = name.indexOf('$');
        return proxy > 0 ? name.substring(0, proxy) : name;
    }

    /** @return 200 when UP, 503 when DOWN */
    public int httpStatus() {
        return status == Status.UP ? 200 : 503;
    }

    /** @return {@code {"status":..., "checks":[{"name":..., "status":..., "data":{...}}]}} */
    public String toJson() {
        JsonArrayBuilder list = Jsonp.PROVIDER.createArrayBuilder();
        for (HealthCheckResponse check : checks) {
            JsonObjectBuilder json = Jsonp.PROVIDER.createObjectBuilder()
                    .add("name", check.getName())
                    .add("status", check.getStatus().name());
            check.getData().filter(data -> !data.isEmpty()).ifPresent(data -> json.add("data", data(data)));
            list.add(json);
        }
        return Jsonp.PROVIDER.createObjectBuilder()
                .add("status", status.name())
                .add("checks", list)
                .build().toString();
    }

    private static JsonObjectBuilder data(Map<String, Object> data) {
        JsonObjectBuilder json = Jsonp.PROVIDER.createObjectBuilder();
        data.forEach((key, value) -> {
            if (value instanceof Boolean b) {
                json.add(key, b);
            } else if (value instanceof Long || value instanceof Integer) {
                json.add(key, ((Number) value).longValue());
            } else {
                json.add(key, String.valueOf(value));
            }
        });
        return json;
    }
}
