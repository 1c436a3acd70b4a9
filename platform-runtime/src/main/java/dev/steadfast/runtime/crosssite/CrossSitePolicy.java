package dev.steadfast.runtime.crosssite;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which state-changing requests are refused as cross-site. GET, HEAD and OPTIONS change nothing and always pass.
 * Any other method passes only when all three hold:
 * <ol>
 *   <li>its {@code Content-Type} is JSON ({@code application/json} or {@code application/*+json}) or it carries
 *       {@value #REQUESTED_WITH}: another site can make a browser send a form, {@code text/plain} or no body at all,
 *       but a JSON body or a custom header only after a CORS preflight, which this server never allows;</li>
 *   <li>its {@code Sec-Fetch-Site}, when the browser sends one, is {@code same-origin} or {@code none};</li>
 *   <li>its {@code Origin}, when present, is the origin the request was sent to (its scheme and {@code Host}).</li>
 * </ol>
 * The first rule alone stops the attack; the two others refuse what browsers already tell us is cross-site.
 * Clients that are not browsers (scripts, other services) send no {@code Origin} and pass by the first rule.
 */
public final class CrossSitePolicy {

    /** The header a page's script adds to a request without a JSON body (a DELETE, a POST of nothing). */
    public static final String REQUESTED_WITH = "X-Requested-With";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> OWN_FETCH_SITES = Set.of("same-origin", "none");

    private CrossSitePolicy() {
    }

    /**
     * @return why the request is refused, one sentence for the client; empty when it may proceed
     */
    public static Optional<String> refusal(Request request) {
        // Exactly: HTTP methods are case-sensitive (RFC 9110, 9.1), and "get" is no GET.
        if (SAFE_METHODS.contains(request.method())) {
            return Optional.empty();
        }
        if (!isJson(request.contentType()) && isBlank(request.requestedWith())) {
            return Optional.of("A request that changes something must send a JSON body (Content-Type: application/json)"
                    + " or the header " + REQUESTED_WITH + ".");
        }
        if (!isBlank(request.fetchSite()) && !OWN_FETCH_SITES.contains(request.fetchSite().trim().toLowerCase(Locale.ROOT))) {
            return Optional.of("Requests from another site may not change anything here (Sec-Fetch-Site: "
                    + request.fetchSite().trim() + ").");
        }
        if (!isBlank(request.origin()) && !sameOrigin(request)) {
            return Optional.of("Requests from another origin may not change anything here.");
        }
        return Optional.empty();
    }

    private static boolean isJson(String contentType) {
        if (isBlank(contentType)) {
            return false;
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return type.equals("application/json") || (type.startsWith("application/") && type.endsWith("+json"));
    }

    /** The Origin is the scheme and authority the request was sent to; a default port may be left out of either. */
    private static boolean sameOrigin(Request request) {
        String scheme = request.scheme().toLowerCase(Locale.ROOT);
        String defaultPort = scheme.equals("https") ? ":443" : ":80";
        String origin = request.origin().trim().toLowerCase(Locale.ROOT);
        String host = isBlank(request.host()) ? "" : request.host().trim().toLowerCase(Locale.ROOT);
        String expected = scheme + "://" + host;
        return origin.equals(expected) || (origin + defaultPort).equals(expected) || origin.equals(expected + defaultPort);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** What the policy reads of a request: its method, three headers, the scheme it arrived with and its Host. */
    public record Request(String method, String contentType, String requestedWith, String fetchSite, String origin,
                          String scheme, String host) {
    }
}
