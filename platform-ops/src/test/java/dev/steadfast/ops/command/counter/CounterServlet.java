package dev.steadfast.ops.command.counter;

import java.io.IOException;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Test-only distributable app: counts the requests of a session and says which server answered, as
 * "count=N node=NAME". With stickiness the node stays the same; with replication the count survives failover.
 */
@WebServlet("/count")
public class CounterServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession();
        Integer count = (Integer) session.getAttribute("count");
        int next = count == null ? 1 : count + 1;
        session.setAttribute("count", next);
        response.setContentType("text/plain");
        response.getWriter().print("count=" + next + " node=" + System.getProperty("jboss.node.name"));
    }
}
