package dev.steadfast.ops.command.counter;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Test-only: GET /counter/hold?seconds=N takes a connection of SteadfastDS, holds it N seconds (at most 30), gives it
 * back and answers "held node=NAME": a connection in use that the pool's figures must show meanwhile.
 */
@WebServlet("/hold")
public class HoldServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long seconds;
        try {
            seconds = Math.min(30, Math.max(0, Long.parseLong(request.getParameter("seconds"))));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "seconds must be a whole number");
            return;
        }
        try (Connection held = ((DataSource) new InitialContext().lookup("java:jboss/datasources/SteadfastDS")).getConnection()) {
            Thread.sleep(seconds * 1000);
        } catch (NamingException | SQLException e) {
            throw new IOException("No connection of SteadfastDS", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        response.setContentType("text/plain");
        response.getWriter().print("held node=" + System.getProperty("jboss.node.name"));
    }
}
