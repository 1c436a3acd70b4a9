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
 * The client's address is the request's remote address as the server gives it, never a header the client
 * sent: a forwarded address is the server's business, which can tell the balancer's connections from others.
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
        origin.set(new RequestOrigin(principal == null ? RequestOrigin.ANONYMOUS : principal.getName(), roles, requestId,
                request.getRemoteAddr(), principal == null));
        chain.doFilter(request, response);
    }
}
