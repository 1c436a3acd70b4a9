package dev.steadfast.runtime.json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.steadfast.runtime.problem.BadRequestProblem;
import dev.steadfast.runtime.problem.Violation;
import jakarta.annotation.Priority;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

/**
 * Checks every number, text and boolean of a JSON request body against the type of the field it will be bound to
 * ({@link NumberFit}), and answers 400 with one violation per field that cannot hold it (the first 20). An interceptor, not a
 * JSON-B deserializer: it sees where each number sits in the body, so the problem names the field as the client
 * sent it (nested ones as {@code lines[0].quantity}), and it holds whichever JSON provider reads the body next.
 * The body is buffered to be read twice; the request body limit has bounded it already.
 */
@Provider
@Priority(Priorities.USER)
public class JsonNumberGuard implements ReaderInterceptor {

    /** How many fields the detail names. */
    static final int NAMED = 5;

    private static final JsonReaderFactory READERS = Jsonp.PROVIDER.createReaderFactory(Map.of());

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!isJson(context.getMediaType()) || !NumberFit.bindsBoundedNumbers(context.getGenericType())) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        context.setInputStream(new ByteArrayInputStream(body));
        if (body.length > 0) {
            List<Violation> violations = NumberFit.check(parse(body, charset(context.getMediaType())), context.getGenericType());
            if (!violations.isEmpty()) {
                throw new BadRequestProblem(detail(violations), violations);
            }
        }
        return context.proceed();
    }

    /** Names the first {@link #NAMED} fields; the violations (at most {@link NumberFit#MAX_VIOLATIONS}) list them all. */
    static String detail(List<Violation> violations) {
        String named = violations.stream().limit(NAMED).map(Violation::field).collect(Collectors.joining(", "));
        return "A value does not fit its field: " + named
                + (violations.size() > NAMED ? " and " + (violations.size() - NAMED) + " more" : "");
    }

    /** Malformed JSON fails here as it would in the provider: a JSON-P error, which is a 400 problem. */
    private static JsonValue parse(byte[] body, Charset charset) {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        try (JsonReader reader = charset == null ? READERS.createReader(in) : READERS.createReader(in, charset)) {
            return reader.readValue();
        }
    }

    /** The charset the request names, as the provider reads the body in it; null (detect UTF-8, 16 or 32) if none or unknown. */
    private static Charset charset(MediaType type) {
        String name = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        try {
            return name == null ? null : Charset.forName(name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /**
     * Whether the body is JSON as the JSON providers take it: any type whose subtype is {@code json} or ends in
     * {@code +json} ({@code application/json}, {@code text/json}, {@code application/merge-patch+json}), since
     * RESTEasy's JSON-B and JSON-P providers read all of them.
     */
    static boolean isJson(MediaType type) {
        if (type == null || type.getSubtype() == null) {
            return false;
        }
        String subtype = type.getSubtype().toLowerCase(java.util.Locale.ROOT);
        return subtype.equals("json") || subtype.endsWith("+json");
    }
}
