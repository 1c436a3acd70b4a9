package dev.steadfast.runtime.bodylimit;

import java.io.IOException;

import dev.steadfast.runtime.problem.ServletProblems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Bodies of at most {@code steadfast.request.max-bytes} (MicroProfile Config; default 1 MiB, room for any JSON
 * document an API of this kind takes). A longer announced {@code Content-Length} is answered 413 at once; a body
 * sent without one (chunked) is counted as it is read, and reading past the limit fails with
 * {@link dev.steadfast.runtime.problem.RequestTooLargeException}, which the problem mappers answer 413. A limit of
 * zero or less is taken for the default.
 */
public class RequestBodyLimitFilter extends HttpFilter {

    /**
     * The MicroProfile Config key of the limit, in bytes. Public, with {@link #DEFAULT_LIMIT} and {@link #limit}, so
     * that steadfast-testing's fuzz harness sends a body one byte over the very limit the filter applies.
     */
    public static final String LIMIT_KEY = "steadfast.request.max-bytes";
    /** The limit when none is configured, or a configured one is zero or less: 1 MiB. */
    public static final long DEFAULT_LIMIT = 1024 * 1024;
    private long limit;

    @Override
    public void init() {
        limit = limit(ConfigProvider.getConfig().getOptionalValue(LIMIT_KEY, Long.class).orElse(null));
    }

    /** @return the limit a configured value stands for: the value itself, or the default if none, zero or less */
    public static long limit(Long configured) {
        return configured == null || configured <= 0 ? DEFAULT_LIMIT : configured;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getContentLengthLong() > limit) {
            ServletProblems.send(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "The request body is larger than this application accepts (" + limit + " bytes)");
            return;
        }
        chain.doFilter(new LimitedRequest(request, response, limit), response);
    }
}
