package dev.steadfast.ops.probe;

import java.io.IOException;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * GET /steadfast-probe/ answers "ready node=NAME" from whichever worker the balancer chose: an HTTP check,
 * through the balancer or straight at a worker, that the worker serves requests.
 */
@WebServlet("/")
public class ReadinessProbe extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().print("ready node=" + System.getProperty("jboss.node.name"));
    }
}
