package dev.steadfast.runtime.crosssite;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import dev.steadfast.runtime.node.NodeIdentity;
import dev.steadfast.runtime.problem.Problem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses, before the application sees it, a state-changing request another site could have made a browser send
 * ({@link CrossSitePolicy}): 403, {@code application/problem+json}, nothing changed.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class CrossSiteRequestFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<String> refusal = CrossSitePolicy.refusal(new CrossSitePolicy.Request(request.getMethod(),
                request.getContentType(), request.getHeader(CrossSitePolicy.REQUESTED_WITH), request.getHeader("Sec-Fetch-Site"),
                request.getHeader("Origin"), request.getScheme(), request.getHeader("Host")));
        if (refusal.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Problem problem = new Problem(URI.create("about:blank"), "Forbidden", HttpServletResponse.SC_FORBIDDEN,
                refusal.get(), instance(request), null, List.of(), NodeIdentity.current());
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(problem.toJson());
    }

    /** The request path as the problem's instance; none when it is not a valid URI reference. */
    private static URI instance(HttpServletRequest request) {
        try {
            return URI.create(request.getRequestURI());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
