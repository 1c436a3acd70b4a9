package dev.steadfast.runtime.problem;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.steadfast.runtime.node.NodeIdentity;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** A problem answered by a servlet filter, before JAX-RS runs: the same body the mappers give. */
public final class ServletProblems {

    private ServletProblems() {
    }

    /** Answers the request with a problem of {@code status} that says {@code detail}. */
    public static void send(HttpServletRequest request, HttpServletResponse response, int status, String detail) throws IOException {
        Problem problem = new Problem(URI.create("about:blank"), ProblemMapper.reason(status), status, detail, instance(request),
                null, List.of(), NodeIdentity.current());
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(problem.toJson());
    }

    /** The request path as the problem's instance; none when it is not a valid URI reference. */
    private static URI instance(HttpServletRequest request) {
        try {
            return URI.create(request.getRequestURI());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
