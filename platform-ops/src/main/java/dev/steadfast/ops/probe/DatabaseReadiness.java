package dev.steadfast.ops.probe;

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
 * GET /steadfast-drill/health/ready: the drill application's readiness, shaped as MicroProfile Health answers it (200
 * UP, 503 DOWN). steadfast-drill.war stands for an application that needs its database: it is ready only while the
 * domain's datasource SteadfastDS gives a valid connection within a second, so a database outage makes every worker
 * not ready while each stays live (its /steadfast-probe/health answers), which is what the db-outage drill checks:
 * not ready is never a reason to fence (docs/reasons.md#health-vocabulary).
 */
@WebServlet("/health/ready")
public class DatabaseReadiness extends HttpServlet {

    private static final String DATASOURCE = "java:jboss/datasources/SteadfastDS";
    private static final int VALID_WITHIN_SECONDS = 1;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean up = databaseAnswers();
        String status = up ? "UP" : "DOWN";
        response.setStatus(up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().print("{\"status\":\"" + status + "\",\"checks\":[{\"name\":\"database\",\"status\":\"" + status + "\"}]}");
    }

    /** Whether the datasource gives a valid connection; why not is kept out of the answer, which anyone may read. */
    private static boolean databaseAnswers() {
        try (Connection c = ((DataSource) new InitialContext().lookup(DATASOURCE)).getConnection()) {
            return c.isValid(VALID_WITHIN_SECONDS);
        } catch (NamingException | SQLException | RuntimeException e) {
            return false;
        }
    }
}
