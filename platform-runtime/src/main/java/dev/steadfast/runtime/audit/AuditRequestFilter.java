package dev.steadfast.runtime.audit;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.security.Principal;
import java.util.stream.Collectors;

/**
 * Fills the request's {@link RequestOrigin} for the audit trail and echoes the request id in
 * {@value RequestOrigin#REQUEST_ID_HEADER} (set before the chain proceeds, so error responses carry it too).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class AuditRequestFilter extends HttpFilter {

    @Inject
    RequestOriginHolder origin;

    @Inject
    AuditSettings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String requestId = RequestOrigin.requestId(request.getHeader(RequestOrigin.REQUEST_ID_HEADER));
        response.setHeader(RequestOrigin.REQUEST_ID_HEADER, requestId);
        Principal principal = request.getUserPrincipal();
        String roles = settings.roles().stream()
                .map(String::strip)
                .filter(role -> !role.isEmpty() && request.isUserInRole(role))
                .collect(Collectors.joining(","));
        origin.set(new RequestOrigin(principal == null ? "anonymous" : principal.getName(), roles, requestId,
                clientAddress(request)));
        chain.doFilter(request, response);
    }

    /** The first X-Forwarded-For hop (the original client) when trusted, else the connection's peer. */
    private String clientAddress(HttpServletRequest request) {
        String forwarded = settings.trustForwardedFor() ? request.getHeader("X-Forwarded-For") : null;
        if (forwarded != null && !forwarded.isBlank()) {
            return forwarded.split(",", 2)[0].strip();
        }
        return request.getRemoteAddr();
    }
}
