package dev.steadfast.runtime.admission;

import java.io.IOException;
import java.util.logging.Logger;

import dev.steadfast.runtime.problem.ServletProblems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Sheds what is over the application's capacity ({@link Admission}), as MicroProfile Config sets it:
 * {@value #MAX_CONCURRENT_KEY} requests at once (none, or 0: no limit, every request passes; a Steadfast domain sets it
 * per server group from its environment, below the worker's request threads so that the requests turned away still
 * find a thread) and {@value #MAX_WAIT_KEY} ms of waiting for a place (default {@value #DEFAULT_MAX_WAIT_MILLIS}). A
 * request turned away is answered 503 with {@code Retry-After: 1} and a problem body. The application's own
 * {@code /health} pages are never shed: a worker at capacity is busy, not unready, and must not be taken out of the
 * balancer for it. The limit is on request threads: a request that goes asynchronous gives its place back as soon as
 * its thread is free (a long poll or an event stream holds no thread while it waits). The limit is per application:
 * the applications of a worker that may peak together share its threads.
 */
public class AdmissionFilter extends HttpFilter {

    public static final String MAX_CONCURRENT_KEY = "steadfast.admission.max-concurrent";
    public static final String MAX_WAIT_KEY = "steadfast.admission.max-wait-millis";
    /**
     * A request waits at most this long for a place: enough for a burst to pass, short enough that the few threads
     * over the limit turn away hundreds of requests a second (each wait holds a thread).
     */
    static final long DEFAULT_MAX_WAIT_MILLIS = 5;

    private static final Logger LOG = Logger.getLogger(AdmissionFilter.class.getName());

    /** None when there is no limit. */
    private Admission admission;

    @Override
    public void init() {
        // Read as text: a filter that fails to start fails every request, health pages too, and a wrong setting must not
        // do that. A limit that is no whole number is no limit; a wait that is none is the default; both are logged.
        long maxConcurrent = setting(MAX_CONCURRENT_KEY, 0);
        if (maxConcurrent > 0) {
            admission = new Admission((int) Math.min(maxConcurrent, Integer.MAX_VALUE), setting(MAX_WAIT_KEY, DEFAULT_MAX_WAIT_MILLIS));
        }
    }

    private static long setting(String key, long otherwise) {
        String value = ConfigProvider.getConfig().getOptionalValue(key, String.class).orElse(null);
        if (value == null) {
            return otherwise;
        }
        try {
            long parsed = Long.parseLong(value.trim());
            if (parsed >= 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // logged below
        }
        LOG.warning(key + " is '" + value + "', which is not a whole number of at least 0; " + otherwise + " instead");
        return otherwise;
    }

    /** For tests: a filter with its admission given. */
    void admitWith(Admission given) {
        admission = given;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath();
        if (admission == null || "/health".equals(path) || path.startsWith("/health/")) {
            chain.doFilter(request, response);
            return;
        }
        if (!admission.enter()) {
            response.setHeader("Retry-After", "1");
            ServletProblems.send(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "The server is serving as many requests as it can; retry in a second.");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            admission.leave();
        }
    }
}
