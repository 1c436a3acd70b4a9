package dev.steadfast.testing.fuzz;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.steadfast.runtime.bodylimit.RequestBodyLimitFilter;
import jakarta.json.JsonValue;

/**
 * Every request one endpoint gets: its plain request (each value plain, {@link ValueInputs#plain} or the one the
 * test gave, and the plain body, {@link JsonSamples}) with one place changed at a time, to each wrong input of that
 * place. Only a method that reads a body gets bodies: malformed ones, wrong ones, oversized ones, and its plain body
 * in a content type it does not read (text/plain, none) or JSON it must refuse as text/json. The plain request
 * itself is never sent, nor any that equals it: it could change the application's data under the other tests.
 */
final class RequestPlan {

    /** A variable of a path template, {@code {name}} or {@code {name: regex}}: group 1 is its name. */
    static final Pattern VARIABLE = Pattern.compile("\\{\\s*([^}:\\s]+)\\s*(?::[^}]*)?}");

    private final Endpoint endpoint;
    private final Map<Parameter, byte[]> plainValues = new LinkedHashMap<>();
    private final JsonValue plainBody;

    private RequestPlan(Endpoint endpoint, Map<String, String> validValues) {
        this.endpoint = endpoint;
        endpoint.parameters().forEach(p -> plainValues.put(p,
                Optional.ofNullable(validValues.get(p.name())).orElseGet(() -> ValueInputs.plain(p)).getBytes(UTF_8)));
        this.plainBody = endpoint.body() == null ? null : JsonSamples.sample(endpoint.body(), endpoint.bodyAnnotations());
    }

    /** @throws Uncoverable if a value or the body of the endpoint cannot be generated */
    static RequestPlan of(Endpoint endpoint) {
        return of(endpoint, Map.of());
    }

    /**
     * @param validValues plain values by parameter name, for parameters whose valid values the harness cannot tell
     * @throws Uncoverable if a value or the body of the endpoint cannot be generated
     */
    static RequestPlan of(Endpoint endpoint, Map<String, String> validValues) {
        return new RequestPlan(endpoint, validValues);
    }

    /** The plain request: never sent, but what each sent request differs from. */
    FuzzRequest plain() {
        byte[] body = plainBody == null ? null : plainBody.toString().getBytes(UTF_8);
        return request(InputClass.MISSING, "the plain request", plainValues, body, FuzzRequest.JSON, false, Variant.Expect.ANY);
    }

    /**
     * @param bodyLimit the application's request body limit: an oversized body is one byte longer (zero or less is
     *                  the runtime's default, as {@link RequestBodyLimitFilter} takes it)
     */
    List<FuzzRequest> requests(long bodyLimit) {
        List<FuzzRequest> requests = new ArrayList<>();
        FuzzRequest plain = plain();
        byte[] body = plain.body();
        for (Parameter parameter : endpoint.parameters()) {
            for (Variant variant : ValueInputs.of(parameter)) {
                Map<Parameter, byte[]> values = new LinkedHashMap<>(plainValues);
                values.put(parameter, variant.value());
                requests.add(request(variant.kind(), parameter.name() + ": " + variant.what(), values, body, FuzzRequest.JSON,
                        false, variant.expect()));
            }
        }
        if (endpoint.takesBody()) {
            List<Variant> bodies = BodyInputs.of(plainBody, endpoint.body());
            bodies.forEach(v -> requests.add(request(v.kind(), v.what(), plainValues, v.value(), FuzzRequest.JSON, false, v.expect())));
            requests.add(request(InputClass.MALFORMED, "the plain body as text/plain", plainValues, body, "text/plain",
                    false, Variant.Expect.UNSUPPORTED));
            requests.add(request(InputClass.MALFORMED, "the plain body without a Content-Type", plainValues, body, null,
                    false, Variant.Expect.UNSUPPORTED));
            Variant wrong = bodies.stream().filter(v -> v.kind() == InputClass.OVERFLOWING && v.expect() == Variant.Expect.REFUSED)
                    .findFirst().or(() -> bodies.stream().filter(v -> v.kind() == InputClass.WRONG_TYPE && v.expect() == Variant.Expect.REFUSED)
                            .findFirst()).orElse(bodies.get(0));
            requests.add(request(InputClass.MALFORMED, "as text/json, " + wrong.what(), plainValues, wrong.value(), "text/json",
                    false, Variant.Expect.UNSUPPORTED));
            long limit = RequestBodyLimitFilter.limit(bodyLimit);
            byte[] oversized = ("\"" + "a".repeat(Math.toIntExact(limit - 1)) + "\"").getBytes(UTF_8);
            requests.add(request(InputClass.OVERSIZED, oversized.length + " bytes, announced", plainValues, oversized,
                    FuzzRequest.JSON, false, Variant.Expect.REFUSED));
            requests.add(request(InputClass.OVERSIZED, oversized.length + " bytes, chunked", plainValues, oversized,
                    FuzzRequest.JSON, true, Variant.Expect.REFUSED));
        }
        requests.removeIf(plain::sameAs);
        return requests;
    }

    private FuzzRequest request(InputClass kind, String what, Map<Parameter, byte[]> values, byte[] body, String contentType,
                                boolean chunked, Variant.Expect expect) {
        Matcher variables = VARIABLE.matcher(endpoint.template());
        StringBuilder path = new StringBuilder();
        while (variables.find()) {
            byte[] value = valueOf(values, Parameter.Source.PATH, variables.group(1));
            variables.appendReplacement(path, Matcher.quoteReplacement(value == null ? "" : percentEncoded(value)));
        }
        variables.appendTail(path);
        String separator = "?";
        Map<String, String> headers = new LinkedHashMap<>();
        for (Map.Entry<Parameter, byte[]> value : values.entrySet()) {
            Parameter parameter = value.getKey();
            if (value.getValue() == null) {
                continue;
            }
            if (parameter.source() == Parameter.Source.QUERY) {
                path.append(separator).append(percentEncoded(parameter.name().getBytes(UTF_8))).append('=')
                        .append(percentEncoded(value.getValue()));
                separator = "&";
            } else if (parameter.source() == Parameter.Source.HEADER) {
                headers.put(parameter.name(), headerValue(value.getValue()));
            }
        }
        return new FuzzRequest(endpoint, kind, what, path.toString(), headers, body, contentType, chunked, expect);
    }

    private static byte[] valueOf(Map<Parameter, byte[]> values, Parameter.Source source, String name) {
        for (Map.Entry<Parameter, byte[]> value : values.entrySet()) {
            if (value.getKey().source() == source && value.getKey().name().equals(name)) {
                return value.getValue();
            }
        }
        return null;
    }

    /** Every byte but the unreserved characters of RFC 3986 as %XX: any value fits in a path segment or a query. */
    static String percentEncoded(byte[] value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", (int) c));
            }
        }
        return encoded.toString();
    }

    /**
     * The value's UTF-8 bytes as they go on the wire (the client writes header values as ISO-8859-1), without the
     * control characters that no HTTP header may hold.
     */
    private static String headerValue(byte[] value) {
        return new String(value, ISO_8859_1).replaceAll("[\\x00-\\x1F\\x7F]", "");
    }
}
