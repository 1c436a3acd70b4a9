package dev.steadfast.ops.probe;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The counter of steadfast-drill.war, which {@code steadfast drill} writes through the balancer while it injects a
 * fault: POST /steadfast-drill/counter adds one to a count kept in the HTTP session, GET reads it. Both answer
 * {@code count=N node=NODE new=true|false request=ID}, new saying that this very request created the session: a client
 * that already had a session and is told new=true has lost it, and with it every write it was acknowledged. The request
 * id is the client's {@value #REQUEST_HEADER} header echoed, when it is a plain word (letters, digits, dashes, at most 64): a
 * client that is handed an answer with another request's id got an answer that was not its own, which a correct
 * balancer never does.
 */
@WebServlet("/counter")
public class SessionCounter extends HttpServlet {

    static final String REQUEST_HEADER = "X-Steadfast-Request";
    private static final String COUNT = "count";
    private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z0-9-]{1,64}");

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(request, response, 1);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(request, response, 0);
    }

    /**
     * The session's count, from what it holds: a {@link SessionCount}, or an Integer, which releases before it kept
     * (their sessions may still live while this release runs beside them: a type is never changed in place), or nothing.
     */
    private static SessionCount counted(Object held) {
        return held instanceof SessionCount count ? count : new SessionCount(held instanceof Integer before ? before : 0);
    }

    private static void answer(HttpServletRequest request, HttpServletResponse response, int add) throws IOException {
        boolean created = request.getSession(false) == null;
        HttpSession session = request.getSession(true);
        int count;
        // One request of a session at a time on this server: a write the client gave up on (its answer timed out) may
        // still run when the client's next one arrives, and two read-modify-writes would lose one increment, which the
        // load would count against the platform.
        synchronized (("steadfast-drill:" + session.getId()).intern()) {
            SessionCount after = counted(session.getAttribute(COUNT)).plus(add);
            // Set again even when unchanged: a distributable session replicates what is set, and a new one holds count=0.
            session.setAttribute(COUNT, after);
            count = after.count();
        }
        response.setContentType("text/plain");
        response.setHeader("Cache-Control", "no-store");
        String id = request.getHeader(REQUEST_HEADER);
        response.getWriter().print("count=" + count + " node=" + System.getProperty("jboss.node.name") + " new=" + created
                + (id != null && PLAIN_WORD.matcher(id).matches() ? " request=" + id : ""));
    }
}
