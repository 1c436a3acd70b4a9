package dev.steadfast.runtime.audit;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Who is asking and from where: the part of an audit record the HTTP request supplies.
 *
 * @param principal     the caller's name, {@code anonymous} when not logged in, {@code system} outside HTTP
 * @param roles         the caller's configured roles, comma-separated, possibly empty
 * @param requestId     the request's id, echoed in {@value #REQUEST_ID_HEADER}
 * @param clientAddress the client's address, null outside HTTP
 * @param anonymous     true for an HTTP caller who did not sign in (whatever a realm user may be called); false
 *                      for one who did and outside HTTP
 */
public record RequestOrigin(String principal, String roles, String requestId, String clientAddress, boolean anonymous) {

    /** The principal of a caller who did not sign in. */
    public static final String ANONYMOUS = "anonymous";

    /** Request and response header carrying the request id. */
    public static final String REQUEST_ID_HEADER = "X-Request-Id";

    private static final Pattern SANE_REQUEST_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /** @return the origin of work no HTTP request started (timers, startup): principal {@code system}, a fresh id */
    public static RequestOrigin system() {
        return new RequestOrigin("system", "", UUID.randomUUID().toString(), null, false);
    }

    /**
     * @return {@code incoming} when it is a sane token (1 to 64 of {@code [A-Za-z0-9._-]}), so a caller's id
     *         can be followed across services; else a random UUID, so nothing odd reaches logs or headers
     */
    public static String requestId(String incoming) {
        return incoming != null && SANE_REQUEST_ID.matcher(incoming).matches()
                ? incoming
                : UUID.randomUUID().toString();
    }
}
