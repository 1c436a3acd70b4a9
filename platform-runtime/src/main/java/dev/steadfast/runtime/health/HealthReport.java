package dev.steadfast.runtime.health;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
        return new HealthCheckResponse(check.getClass().getName(), Status.DOWN, java.util.Optional.empty());
    }

    /** @return 200 when UP, 503 when DOWN */
    public int httpStatus() {
        return status == Status.UP ? 200 : 503;
    }

    /** @return {@code {"status":..., "checks":[{"name":..., "status":..., "data":{...}}]}} */
    public String toJson() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (HealthCheckResponse check : checks) {
            JsonObjectBuilder json = Json.createObjectBuilder()
                    .add("name", check.getName())
                    .add("status", check.getStatus().name());
            check.getData().filter(data -> !data.isEmpty()).ifPresent(data -> json.add("data", data(data)));
            list.add(json);
        }
        return Json.createObjectBuilder()
                .add("status", status.name())
                .add("checks", list)
                .build().toString();
    }

    private static JsonObjectBuilder data(Map<String, Object> data) {
        JsonObjectBuilder json = Json.createObjectBuilder();
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
