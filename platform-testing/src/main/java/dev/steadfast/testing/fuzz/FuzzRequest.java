package dev.steadfast.testing.fuzz;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import dev.steadfast.testing.TestClient;

/**
 * One request the harness sends.
 *
 * @param endpoint the resource method it is meant for
 * @param kind     the input class it stands for
 * @param what     the wrong input, in words
 * @param path     the path from the deployment's root, query included, already encoded
 * @param headers  the headers of the method's header parameters
 * @param body     the body; null for none
 * @param chunked  whether the body is sent without announcing its length
 */
record FuzzRequest(Endpoint endpoint, InputClass kind, String what, String path, Map<String, String> headers,
                   byte[] body, boolean chunked) {

    private static final int SHOWN = 160;

    FuzzRequest {
        headers = Map.copyOf(headers);
    }

    /**
     * As the application's own page sends it ({@link TestClient#request}: JSON accepted, {@code X-Requested-With}),
     * with a JSON content type on any body, so that the cross-site request guard lets it through to the resource.
     */
    HttpRequest.Builder build(TestClient caller) {
        HttpRequest.Builder request = caller.request(path);
        headers.forEach(request::header);
        if (body == null) {
            return request.method(endpoint.httpMethod(), BodyPublishers.noBody());
        }
        BodyPublisher publisher = chunked
                ? BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)) : BodyPublishers.ofByteArray(body);
        return request.method(endpoint.httpMethod(), publisher).header("Content-Type", "application/json");
    }

    /** The request as a report shows it: long bodies cut short, control characters escaped. */
    @Override
    public String toString() {
        String shown = "";
        if (body != null) {
            String text = new String(body, StandardCharsets.UTF_8);
            shown = " " + shorten(text) + (chunked ? " (chunked)" : "");
        }
        return endpoint + " " + kind + " [" + what + "]: " + endpoint.httpMethod() + " " + shorten(path) + " " + headers + shown;
    }

    static String shorten(String text) {
        String escaped = text.chars().mapToObj(c -> c < 0x20 ? String.format("\\u%04x", c) : String.valueOf((char) c))
                .reduce(new StringBuilder(), StringBuilder::append, StringBuilder::append).toString();
        return escaped.length() <= SHOWN ? escaped : escaped.substring(0, SHOWN) + "... (" + text.length() + " characters)";
    }
}
