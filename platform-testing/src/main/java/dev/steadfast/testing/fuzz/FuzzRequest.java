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
 * @param body        the body; null for none
 * @param contentType the Content-Type of the body; null for none
 * @param chunked     whether the body is sent without announcing its length
 * @param expect      what the answer must be
 */
record FuzzRequest(Endpoint endpoint, InputClass kind, String what, String path, Map<String, String> headers,
                   byte[] body, String contentType, boolean chunked, Variant.Expect expect) {

    static final String JSON = "application/json";

    private static final int SHOWN = 160;

    FuzzRequest {
        headers = Map.copyOf(headers);
    }

    /** Whether this is the very request another one is: same path, headers, body and content type. */
    boolean sameAs(FuzzRequest other) {
        return path.equals(other.path) && headers.equals(other.headers) && java.util.Arrays.equals(body, other.body)
                && java.util.Objects.equals(body == null ? null : contentType, other.body == null ? null : other.contentType);
    }

    /**
     * As the application's own page sends it ({@link TestClient#request}: JSON accepted, {@code X-Requested-With}),
     * with its content type (JSON but for the content-type variants), and the cross-site request guard lets it
     * through to the resource.
     */
    HttpRequest.Builder build(TestClient caller) {
        HttpRequest.Builder request = caller.request(path);
        headers.forEach(request::header);
        if (body == null) {
            return request.method(endpoint.httpMethod(), BodyPublishers.noBody());
        }
        BodyPublisher publisher = chunked
                ? BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)) : BodyPublishers.ofByteArray(body);
        request.method(endpoint.httpMethod(), publisher);
        return contentType == null ? request : request.header("Content-Type", contentType);
    }

    /** The request as a report shows it: long bodies cut short, control characters escaped. */
    @Override
    public String toString() {
        String shown = "";
        if (body != null) {
            String text = new String(body, StandardCharsets.UTF_8);
            shown = " " + shorten(text) + (chunked ? " (chunked)" : "");
        }
        String type = body == null || JSON.equals(contentType) ? "" : " Content-Type: " + contentType;
        return endpoint + " " + kind + " [" + what + "]: " + endpoint.httpMethod() + " " + shorten(path) + " " + headers
                + type + shown;
    }

    static String shorten(String text) {
        String escaped = text.chars().mapToObj(c -> c < 0x20 ? String.format("\\u%04x", c) : String.valueOf((char) c))
                .reduce(new StringBuilder(), StringBuilder::append, StringBuilder::append).toString();
        return escaped.length() <= SHOWN ? escaped : escaped.substring(0, SHOWN) + "... (" + text.length() + " characters)";
    }
}
