package dev.steadfast.ops.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

import dev.steadfast.ops.drill.DrillApp;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The counter's contract, which the drill's load parses and its tests' fake imitates: POST adds one, GET reads, new
 * says whether this request created the session. Driven through stand-ins of the Servlet API (proxies): no server.
 */
class SessionCounterTest {

    private final Map<String, Object> attributes = new HashMap<>();
    private boolean hasSession;
    private final Map<String, String> headers = new HashMap<>();
    private String requestId;

    @AfterEach
    void forgetTheNodeName() {
        System.clearProperty("jboss.node.name");
    }

    @Test
    void aWriteCreatesTheSessionAndAddsOneAndAReadCountsNothing() throws Exception {
        System.setProperty("jboss.node.name", "apps-1");
        SessionCounter counter = new SessionCounter();
        assertEquals("count=1 node=apps-1 new=true", call(counter, true));
        assertEquals("count=1 node=apps-1 new=false", call(counter, false));
        assertEquals("count=2 node=apps-1 new=false", call(counter, true));
        assertEquals("no-store", headers.get("Cache-Control"));
        assertEquals("text/plain", headers.get("Content-Type"));
    }

    @Test
    void theRequestIdIsEchoedWhenItIsAPlainWordAndOnlyThen() throws Exception {
        System.setProperty("jboss.node.name", "apps-1");
        SessionCounter counter = new SessionCounter();
        requestId = "5-24";
        assertEquals("count=1 node=apps-1 new=true request=5-24", call(counter, true));
        requestId = "5-25 new=false";
        assertEquals("count=1 node=apps-1 new=false", call(counter, false), "a space would forge a word of the answer");
        requestId = "x".repeat(65);
        assertEquals("count=1 node=apps-1 new=false", call(counter, false));
        requestId = "5-26=";
        assertEquals("count=1 node=apps-1 new=false", call(counter, false));
        requestId = "5-27\r\nnew=true";
        assertEquals("count=1 node=apps-1 new=false", call(counter, false));
        requestId = "y".repeat(64);
        assertEquals("count=1 node=apps-1 new=false request=" + requestId, call(counter, false));
    }

    @Test
    void theCounterEchoesTheHeaderTheDrillLoadSends() {
        assertEquals(DrillApp.REQUEST_HEADER, SessionCounter.REQUEST_HEADER);
    }

    @Test
    void aCountAnEarlierReleaseKeptAsAnIntegerIsCountedOnAsASessionCount() throws Exception {
        System.setProperty("jboss.node.name", "apps-1");
        attributes.put("count", 41);
        hasSession = true;
        assertEquals("count=42 node=apps-1 new=false", call(new SessionCounter(), true));
        assertEquals(42, ((SessionCount) attributes.get("count")).count());
    }

    @Test
    void aReadWithoutASessionCreatesOneAtZero() throws Exception {
        System.setProperty("jboss.node.name", "apps-2");
        assertEquals("count=0 node=apps-2 new=true", call(new SessionCounter(), false));
        assertEquals(0, ((SessionCount) attributes.get("count")).count());
    }

    private String call(SessionCounter counter, boolean write) throws Exception {
        HttpSession session = proxy(HttpSession.class, (name, args) -> switch (name) {
            case "getAttribute" -> attributes.get((String) args[0]);
            case "setAttribute" -> attributes.put((String) args[0], args[1]);
            case "getId" -> "session-1";
            default -> throw new UnsupportedOperationException(name);
        });
        HttpServletRequest request = proxy(HttpServletRequest.class, (name, args) -> {
            if (name.equals("getHeader") && SessionCounter.REQUEST_HEADER.equals(args[0])) {
                return requestId;
            }
            if (!name.equals("getSession") || args.length != 1) {
                throw new UnsupportedOperationException(name);
            }
            boolean create = (Boolean) args[0];
            if (!hasSession && create) {
                hasSession = true;
            }
            return hasSession ? session : null;
        });
        StringWriter body = new StringWriter();
        PrintWriter writer = new PrintWriter(body);
        HttpServletResponse response = proxy(HttpServletResponse.class, (name, args) -> switch (name) {
            case "setContentType" -> headers.put("Content-Type", (String) args[0]);
            case "setHeader" -> headers.put((String) args[0], (String) args[1]);
            case "getWriter" -> writer;
            default -> throw new UnsupportedOperationException(name);
        });
        if (write) {
            counter.doPost(request, response);
        } else {
            counter.doGet(request, response);
        }
        writer.flush();
        return body.toString();
    }

    private interface Calls {
        Object call(String method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, Calls calls) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (p, m, args) -> calls.call(m.getName(), args == null ? new Object[0] : args)));
    }
}
