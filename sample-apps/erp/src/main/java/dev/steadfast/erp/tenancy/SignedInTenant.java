package dev.steadfast.erp.tenancy;

import java.io.IOException;
import java.security.Principal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sets the tenant of each API request from its signed-in user, for the length of the request, before any resource
 * runs; a request nobody signed in to gets none (and is refused before it reads anything: accounts/AccountGate).
 * The name comes from the server's authentication (the FORM sign-in kept in the replicated session), so a request
 * cannot choose its tenant, and a user whose server died keeps theirs on the next.
 */
@WebFilter(urlPatterns = "/api/*")
public class SignedInTenant extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal user = request.getUserPrincipal();
        String tenant = user == null ? null : Tenants.ofSignedIn(user.getName()).orElse(null);
        if (tenant == null) {
            chain.doFilter(request, response);
            return;
        }
        try {
            TenantContext.runAsSignedIn(tenant, () -> {
                chain.doFilter(request, response);
                return null;
            });
        } catch (IOException | ServletException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
