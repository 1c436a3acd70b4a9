package dev.steadfast.runtime.problem;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.resource.ResourceException;
import jakarta.transaction.RollbackException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.spi.BadRequestException;
import org.jboss.resteasy.spi.Failure;
import org.jboss.resteasy.spi.ReaderException;
import org.jboss.resteasy.spi.WriterException;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.net.URI;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns any exception into a {@link Problem}, in one place so that every mapper answers alike. Wrappers
 * (EJBException, RollbackException, CompletionException, ExecutionException, reflection's) are peeled off
 * first, then, in this order:
 * <ol>
 * <li>a {@link ProblemException} anywhere in the causes (RESTEasy wraps one thrown while the body is read in a
 * {@link ReaderException}): its status, its message as detail, its violations;</li>
 * <li>{@link ConstraintViolationException}: 400 with one violation per failed constraint, unless it is about a
 * return value, which is the server's bug and a 500;</li>
 * <li>an {@link OptimisticLockException} anywhere in the causes: 409;</li>
 * <li>a unique or foreign-key violation anywhere in the causes (SQLState 23505, 23503, H2's 23506: two writers
 * racing for one key, or a row still referred to): 409;</li>
 * <li>a value the database cannot store anywhere in the causes (SQLState 22001, 22003, 22021, 22P05: too long, out
 * of range, or a character such as NUL that PostgreSQL refuses in text): 400, since it came from the request and
 * only slipped past the application's validation; still logged, as a warning under an {@code errorId} the body
 * carries, since the value may as well have been computed by the server (a total past its column) and such a bug
 * must not vanish among the clients' mistakes;</li>
 * <li>lock contention anywhere in the causes (a JPA lock time-out, SQLState 55P03, 40001, 40P01, H2's HYT00): 503,
 * which {@link ProblemResponses} sends with {@code Retry-After}; a slow query (a query time-out) is the server's
 * problem and a 500, so that clients do not retry it in a storm;</li>
 * <li>a database that cannot be reached anywhere in the causes (SQLState class 08, a connection exception; a JDBC
 * connection exception class; PostgreSQL shutting down or not yet accepting connections, 57P01-57P03; H2's broken
 * connection, 90067; a connector {@link ResourceException} caused by the database refusing a new connection, such as
 * PostgreSQL's 55000 for a database closed to connections; not a pool that is merely exhausted): 503 with
 * {@code Retry-After}, so that an outage of the database answers as one, never as a 500;</li>
 * <li>{@link EJBAccessException}: 403;</li>
 * <li>a body larger than the application accepts ({@link RequestTooLargeException}): 413;</li>
 * <li>a failure writing the response (RESTEasy's {@link WriterException}): 500, never taken for the client's;</li>
 * <li>a body the server could not parse: a JSON-B or JSON-P error anywhere in the causes, or RESTEasy's
 * {@link ReaderException} / {@link BadRequestException}: 400 "Malformed request body", without the parser's
 * words (they name classes);</li>
 * <li>{@link WebApplicationException} and RESTEasy's {@link Failure}: their status, no detail (the JAX-RS
 * runtime's messages quote internals);</li>
 * <li>anything else: 500.</li>
 * </ol>
 * A bare {@code jakarta.ws.rs.ProcessingException} is not taken for a bad body: the JAX-RS client throws it
 * too when another service cannot be reached, which is the server's failure, not the client's.
 * Every 5xx, and every value the database refused, is logged in full under a fresh {@code errorId} that the body
 * carries instead of the exception.
 */
public final class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());
    private static final URI BLANK = URI.create("about:blank");
    private static final int MAX_UNWRAP = 32;
    private static final int UNPROCESSABLE_CONTENT = 422;
    /** Unique violation, foreign-key violation (SQL standard, PostgreSQL and H2), H2's missing foreign-key parent. */
    private static final Set<String> INTEGRITY_RACES = Set.of("23505", "23503", "23506");
    /**
     * The database refused a value the application did not validate: text too long for its column, a number out of
     * its column's range, a character its encoding cannot hold (PostgreSQL: NUL in text) or translate.
     */
    private static final Set<String> UNSTORABLE_VALUES = Set.of("22001", "22003", "22021", "22P05");
    /** Lock not available (PostgreSQL), serialization failure or deadlock, deadlock (PostgreSQL), lock time-out (H2). */
    private static final Set<String> LOCK_CONTENTION = Set.of("55P03", "40001", "40P01", "HYT00");

    /** PostgreSQL shutting down (admin, crash) or not yet accepting connections; H2's connection broken. */
    private static final Set<String> DATABASE_GONE = Set.of("57P01", "57P02", "57P03", "90067");
    /** The SQL standard's class of connection exceptions. */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";

    private final String node;

    /** @param node the node name every problem carries */
    public ProblemMapper(String node) {
        this.node = node;
    }

    /**
     * @param failure  what was thrown
     * @param instance the request path, or null
     * @return the problem to answer with
     */
    public Problem map(Throwable failure, URI instance) {
        Throwable cause = unwrap(failure);
        ProblemException said = firstInCauses(cause, ProblemException.class);
        if (said != null) {
            return new Problem(BLANK, reason(said.status()), said.status(), said.getMessage(), instance,
                    errorId(said.status(), failure), said.violations(), node);
        }
        if (cause instanceof ConstraintViolationException invalid && !onReturnValue(invalid)) {
            return new Problem(BLANK, reason(400), 400, "Validation failed", instance, null,
                    violations(invalid.getConstraintViolations()), node);
        }
        if (inCauses(cause, OptimisticLockException.class)) {
            return problem(409, "The resource was changed by someone else: reload it and try again", instance,
                    failure);
        }
        if (hasSqlState(cause, INTEGRITY_RACES)) {
            return problem(409, "The change conflicts with data stored meanwhile or still referring to it: reload and try again", instance,
                    failure);
        }
        if (hasSqlState(cause, UNSTORABLE_VALUES)) {
            return new Problem(BLANK, reason(400), 400,
                    "A value in the request is too long, too large or holds a character that cannot be stored", instance,
                    logged(Level.WARNING, "a value the database cannot store", failure), List.of(), node);
        }
        if (lockContention(cause)) {
            return problem(503, "The data is busy: try again in a moment", instance, failure);
        }
        if (databaseUnreachable(cause)) {
            return problem(503, "The database cannot be reached: try again in a moment", instance, failure);
        }
        if (cause instanceof EJBAccessException) {
            return problem(403, null, instance, failure);
        }
        if (inCauses(cause, RequestTooLargeException.class)) {
            return problem(413, "The request body is larger than this application accepts", instance, failure);
        }
        if (inCauses(cause, WriterException.class)) {
            return problem(500, null, instance, failure);
        }
        if (malformedBody(cause)) {
            return problem(400, "Malformed request body", instance, failure);
        }
        if (cause instanceof WebApplicationException web) {
            return problem(web.getResponse().getStatus(), null, instance, failure);
        }
        if (cause instanceof Failure resteasy) {
            return problem(status(resteasy), null, instance, failure);
        }
        return problem(500, null, instance, failure);
    }

    /** @return the innermost exception under the wrappers the containers add */
    public static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        for (int depth = 0; depth < MAX_UNWRAP && isWrapper(current) && current.getCause() != null; depth++) {
            current = current.getCause();
        }
        return current;
    }

    private static boolean isWrapper(Throwable t) {
        return (t instanceof EJBException && !(t instanceof EJBAccessException))
                || t instanceof RollbackException
                || t instanceof CompletionException
                || t instanceof ExecutionException
                || t instanceof InvocationTargetException
                || t instanceof UndeclaredThrowableException;
    }

    private Problem problem(int status, String detail, URI instance, Throwable failure) {
        return new Problem(BLANK, reason(status), status, detail, instance, errorId(status, failure), List.of(), node);
    }

    /** For a 5xx, a fresh id under which the failure is logged in full; none for the client's own mistakes. */
    private static String errorId(int status, Throwable failure) {
        if (status < 500) {
            return null;
        }
        return logged(Level.SEVERE, "request failed", failure);
    }

    /** Logs the failure in full under a fresh id, and returns the id. */
    private static String logged(Level level, String what, Throwable failure) {
        String errorId = UUID.randomUUID().toString();
        LOG.log(level, "errorId " + errorId + ": " + what, failure);
        return errorId;
    }

    private static boolean lockContention(Throwable cause) {
        return inCauses(cause, LockTimeoutException.class) || inCauses(cause, PessimisticLockException.class)
                || hasSqlState(cause, LOCK_CONTENTION);
    }

    /**
     * Whether the failure, anywhere in its causes, says the database cannot be reached (the rule above), for an
     * application's fallback: what it serves while the database is out, it serves for this and nothing else.
     */
    public static boolean databaseUnreachable(Throwable failure) {
        ResourceException connector = firstInCauses(failure, ResourceException.class);
        return inCauses(failure, SQLTransientConnectionException.class) || inCauses(failure, SQLNonTransientConnectionException.class)
                || (connector != null && inCauses(connector, SQLException.class))
                || hasSqlState(failure, state -> DATABASE_GONE.contains(state) || state.startsWith(CONNECTION_EXCEPTION_CLASS));
    }

    private static boolean hasSqlState(Throwable failure, Set<String> states) {
        return hasSqlState(failure, states::contains);
    }

    private static boolean hasSqlState(Throwable failure, Predicate<String> state) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_UNWRAP; depth++, t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (next.getSQLState() != null && state.test(next.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean malformedBody(Throwable cause) {
        return cause instanceof ReaderException
                || cause instanceof BadRequestException
                || inCauses(cause, JsonbException.class)
                || inCauses(cause, JsonException.class);
    }

    private static int status(Failure failure) {
        if (failure.getResponse() != null) {
            return failure.getResponse().getStatus();
        }
        return failure.getErrorCode() >= 400 ? failure.getErrorCode() : 500;
    }

    private static boolean inCauses(Throwable failure, Class<? extends Throwable> type) {
        return firstInCauses(failure, type) != null;
    }

    private static <T extends Throwable> T firstInCauses(Throwable failure, Class<T> type) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_UNWRAP; depth++, t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static List<Violation> violations(Set<ConstraintViolation<?>> constraintViolations) {
        if (constraintViolations == null) {
            return List.of();
        }
        return constraintViolations.stream()
                .map(v -> new Violation(field(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message))
                .toList();
    }

    private static boolean onReturnValue(ConstraintViolationException invalid) {
        return invalid.getConstraintViolations() != null && invalid.getConstraintViolations().stream()
                .anyMatch(v -> v.getPropertyPath() != null && StreamSupport
                        .stream(v.getPropertyPath().spliterator(), false)
                        .anyMatch(n -> n.getKind() == ElementKind.RETURN_VALUE));
    }

    /** The last named node of the path: the property, or the parameter of a validated method. */
    private static String field(Path path) {
        String field = "";
        if (path != null) {
            for (Path.Node node : path) {
                if (node.getName() != null && node.getKind() != ElementKind.RETURN_VALUE
                        && node.getKind() != ElementKind.CROSS_PARAMETER) {
                    field = node.getName();
                }
            }
        }
        return field;
    }

    /**
     * The reason phrase of a status, or its class's name for codes JAX-RS does not list. 422, which Jakarta REST 3.1
     * does not list, is named as RFC 9110 (15.5.21) names it, since {@link UnprocessableProblem} answers with it.
     */
    static String reason(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        if (known != null) {
            return known.getReasonPhrase();
        }
        if (status == UNPROCESSABLE_CONTENT) {
            return "Unprocessable Content";
        }
        return Response.Status.Family.familyOf(status) == Response.Status.Family.CLIENT_ERROR
                ? "Client Error" : "Server Error";
    }
}
