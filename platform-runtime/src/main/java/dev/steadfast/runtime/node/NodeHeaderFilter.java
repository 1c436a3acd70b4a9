package dev.steadfast.runtime.node;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Adds {@value NodeIdentity#HEADER} to every response of the application. The header is set before the
 * chain proceeds, so it is there even when the application fails or commits the response early.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class NodeHeaderFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader(NodeIdentity.HEADER, NodeIdentity.current());
        chain.doFilter(request, response);
    }
}
