package dev.steadfast.runtime.problem;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.net.URI;
import java.util.List;

import dev.steadfast.runtime.json.Jsonp;

/**
 * An RFC 9457 problem details body. Absent members are left out of the JSON.
 *
 * @param type       the problem type; {@code about:blank} (the title is then the status's reason phrase)
 * @param title      short summary of the type
 * @param status     the HTTP status
 * @param detail     what went wrong this time, for the client; null when nothing safe can be said
 * @param instance   the request path, or null
 * @param errorId    extension: for 5xx, the id under which the exception was logged; else null
 * @param violations extension: the failed constraints of a validation problem; empty otherwise
 * @param node       extension: the server that answered
 */
public record Problem(URI type, String title, int status, String detail, URI instance, String errorId,
                      List<Violation> violations, String node) {

    /** The media type of the body. */
    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        violations = List.copyOf(violations);
    }

    /** @return the body as JSON text */
    public String toJson() {
        JsonObjectBuilder json = Jsonp.PROVIDER.createObjectBuilder()
                .add("type", type.toString())
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            json.add("detail", detail);
        }
        if (instance != null) {
            json.add("instance", instance.toString());
        }
        if (errorId != null) {
            json.add("errorId", errorId);
        }
        if (!violations.isEmpty()) {
            JsonArrayBuilder list = Jsonp.PROVIDER.createArrayBuilder();
            violations.forEach(v -> list.add(Jsonp.PROVIDER.createObjectBuilder()
                    .add("field", v.field())
                    .add("message", v.message())));
            json.add("violations", list);
        }
        if (node != null) {
            json.add("node", node);
        }
        return json.build().toString();
    }
}
