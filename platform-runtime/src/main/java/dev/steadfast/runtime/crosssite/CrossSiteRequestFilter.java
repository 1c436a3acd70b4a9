package dev.steadfast.runtime.crosssite;

import java.io.IOException;
import java.util.Optional;

import dev.steadfast.runtime.problem.ServletProblems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses, before the application sees it, a state-changing request another site could have made a browser send
 * ({@link CrossSitePolicy}): 403, {@code application/problem+json}, nothing changed. Registered by
 * {@link SecurityFilters}, first of all filters.
 */
public class CrossSiteRequestFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<String> refusal = CrossSitePolicy.refusal(new CrossSitePolicy.Request(request.getMethod(),
                request.getContentType(), request.getHeader(CrossSitePolicy.REQUESTED_WITH), request.getHeader("Sec-Fetch-Site"),
                request.getHeader("Origin"), request.getScheme(), request.getHeader("Host")));
        if (refusal.isPresent()) {
            ServletProblems.send(request, response, HttpServletResponse.SC_FORBIDDEN, refusal.get());
            return;
        }
        chain.doFilter(request, response);
    }
}
