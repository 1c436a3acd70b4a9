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

    static final String LIMIT_KEY = "steadfast.request.max-bytes";
    static final long DEFAULT_LIMIT = 1024 * 1024;
    private long limit;

    @Override
    public void init() {
        limit = ConfigProvider.getConfig().getOptionalValue(LIMIT_KEY, Long.class).filter(l -> l > 0).orElse(DEFAULT_LIMIT);
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
