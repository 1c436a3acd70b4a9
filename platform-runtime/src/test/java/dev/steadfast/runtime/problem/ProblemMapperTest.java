package dev.steadfast.runtime.problem;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.QueryTimeoutException;
import jakarta.resource.ResourceException;
import jakarta.transaction.RollbackException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import org.jboss.resteasy.spi.ReaderException;
import org.jboss.resteasy.spi.WriterException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URI;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemMapperTest {

    final ProblemMapper mapper = new ProblemMapper("node-a");
    final List<LogRecord> logged = new ArrayList<>();
    final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLog() {
        Logger log = Logger.getLogger(ProblemMapper.class.getName());
        log.addHandler(capture);
        log.setUseParentHandlers(false);
    }

    @AfterEach
    void releaseLog() {
        Logger log = Logger.getLogger(ProblemMapper.class.getName());
        log.removeHandler(capture);
        log.setUseParentHandlers(true);
    }

    @Test
    void applicationProblemsKeepStatusAndMessage() {
        assertProblem(new NotFoundProblem("Order 7 does not exist"), 404, "Not Found", "Order 7 does not exist");
        assertProblem(new ConflictProblem("Already shipped"), 409, "Conflict", "Already shipped");
        assertProblem(new UnprocessableProblem("Another cart under the same key"), 422, "Unprocessable Content",
                "Another cart under the same key");
        assertProblem(new EJBException(new BadRequestProblem("quantity must be positive")), 400, "Bad Request",
                "quantity must be positive");
    }

    @Test
    void validationListsEveryField() {
        ConstraintViolationException invalid = new ConstraintViolationException("create.arg0.name: must not be blank",
                Set.of(violation("must not be blank", node("create", ElementKind.METHOD),
                                node("order", ElementKind.PARAMETER), node("name", ElementKind.PROPERTY)),
                        violation("must be positive", node("create", ElementKind.METHOD),
                                node("quantity", ElementKind.PARAMETER))));
        Problem problem = mapper.map(invalid, URI.create("/orders"));
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.violations()).containsExactly(new Violation("name", "must not be blank"),
                new Violation("quantity", "must be positive"));
        JsonObject json = json(problem);
        assertThat(json.getJsonArray("violations")).hasSize(2);
        assertThat(json.getString("instance")).isEqualTo("/orders");
        assertThat(json.getString("node")).isEqualTo("node-a");
        assertThat(json.containsKey("errorId")).isFalse();
    }

    @Test
    void invalidReturnValueIsTheServersFault() {
        ConstraintViolationException invalid = new ConstraintViolationException(Set.of(
                violation("must not be null", node("find", ElementKind.METHOD), node(null, ElementKind.RETURN_VALUE))));
        assertThat(mapper.map(invalid, null).status()).isEqualTo(500);
    }

    @Test
    void malformedBodiesAre400WithoutParserWords() {
        List<Throwable> malformed = List.of(
                new ProcessingException("RESTEASY008200: JSON Binding deserialization error",
                        new JsonbException("Unexpected char 39 at org.eclipse.yasson.Foo")),
                new JsonParsingException("Unexpected char", null),
                new JsonbException("Cannot create instance of com.example.Order"),
                new ReaderException(new IllegalStateException("com.example.Secret")),
                new org.jboss.resteasy.spi.BadRequestException("bad"));
        for (Throwable failure : malformed) {
            Problem problem = mapper.map(failure, null);
            assertThat(problem.status()).as(failure.toString()).isEqualTo(400);
            assertThat(problem.detail()).isEqualTo("Malformed request body");
            assertThat(problem.toJson()).doesNotContain("yasson", "com.example", "RESTEASY", "Exception");
        }
    }

    @Test
    void resteasyFailuresKeepTheirStatus() {
        assertProblem(new org.jboss.resteasy.spi.Failure("RESTEASY internal", 404), 404, "Not Found", null);
        assertThat(mapper.map(new org.jboss.resteasy.spi.Failure("no code"), null).status()).isEqualTo(500);
    }

    @Test
    void processingExceptionWithoutParseErrorIsAServerError() {
        Problem problem = mapper.map(new ProcessingException(new java.net.ConnectException("refused")), null);
        assertThat(problem.status()).isEqualTo(500);
    }

    @Test
    void webApplicationExceptionsKeepTheirStatus() {
        assertProblem(new NotFoundException("RESTEASY003210: Could not find resource for full path"), 404,
                "Not Found", null);
        assertProblem(new NotAllowedException("GET"), 405, "Method Not Allowed", null);
        assertProblem(new NotSupportedException(), 415, "Unsupported Media Type", null);
        assertProblem(new NotAcceptableException(), 406, "Not Acceptable", null);
        assertProblem(new ForbiddenException(), 403, "Forbidden", null);
        assertProblem(new NotAuthorizedException("Bearer"), 401, "Unauthorized", null);
    }

    @Test
    void optimisticLockIs409HoweverWrapped() {
        OptimisticLockException stale = new OptimisticLockException("Row was updated by another transaction");
        RollbackException rolledBack = new RollbackException("ARJUNA016053");
        rolledBack.initCause(stale);
        for (Throwable failure : List.of(stale, new EJBException(rolledBack),
                new CompletionException(new EJBException(new jakarta.persistence.PersistenceException(stale))))) {
            Problem problem = mapper.map(failure, null);
            assertThat(problem.status()).as(failure.toString()).isEqualTo(409);
            assertThat(problem.toJson()).doesNotContain("ARJUNA", "Row was updated", "Exception");
        }
    }

    @Test
    void twoWritersRacingForOneKeyIs409NotAServerError() {
        for (String state : List.of("23505", "23503", "23506")) {
            Throwable race = new EJBException(new PersistenceException("could not execute statement",
                    new SQLException("duplicate key value violates unique constraint \"product_sku_key\"", state)));
            Problem problem = mapper.map(race, null);
            assertThat(problem.status()).as(state).isEqualTo(409);
            assertThat(problem.toJson()).doesNotContain("product_sku_key", "duplicate");
        }
        assertThat(mapper.map(new PersistenceException(new SQLException("null value in column", "23502")), null).status())
                .as("a NOT NULL violation is the server's bug").isEqualTo(500);
    }

    @Test
    void aValueTheDatabaseCannotStoreIs400NotAServerErrorButIsStillLoggedUnderAnErrorId() {
        for (String state : List.of("22001", "22003", "22021", "22P05")) {
            Throwable unstorable = new EJBException(new PersistenceException("could not execute statement",
                    new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", state)));
            Problem problem = mapper.map(unstorable, null);
            assertThat(problem.status()).as(state).isEqualTo(400);
            assertThat(problem.toJson()).doesNotContain("UTF8", "0x00");
            assertThat(problem.errorId()).as(state).matches("[0-9a-f-]{36}");
            assertThat(json(problem).getString("errorId")).isEqualTo(problem.errorId());
            assertThat(logged).last().satisfies(record -> {
                assertThat(record.getMessage()).contains(problem.errorId());
                assertThat(record.getLevel()).isEqualTo(java.util.logging.Level.WARNING);
                assertThat(record.getThrown()).isSameAs(unstorable);
            });
        }
        assertThat(logged).hasSize(4);
    }

    @Test
    void lockContentionIs503SoThatTheClientTriesAgain() {
        for (Throwable busy : List.of(new LockTimeoutException("lock"), new PessimisticLockException("lock"),
                new PersistenceException(new SQLException("Timeout trying to lock table", "HYT00")),
                new PersistenceException(new SQLException("canceling statement due to lock timeout", "55P03")),
                new PersistenceException(new SQLException("deadlock detected", "40P01")))) {
            Problem problem = mapper.map(new EJBException(new RollbackException("rolled back") {{ initCause(busy); }}), null);
            assertThat(problem.status()).as(busy.toString()).isEqualTo(503);
            assertThat(problem.detail()).isEqualTo("The data is busy: try again in a moment");
        }
    }

    @Test
    void anUnreachableDatabaseIs503HoweverTheDriverThePoolOrHibernateSayIt() {
        for (Throwable gone : List.of(
                new PersistenceException(new SQLException("Connection to 127.0.0.1:5432 refused", "08001")),
                new PersistenceException(new SQLException("An I/O error occurred while sending to the backend", "08006")),
                new PersistenceException(new SQLException("terminating connection due to administrator command", "57P01")),
                new PersistenceException(new SQLException("IJ031019: Unable to get managed connection", null,
                        new ResourceException("IJ000453: Unable to get managed connection for java:jboss/datasources/SteadfastDS",
                                new SQLException("database \"steadfast\" is not currently accepting connections", "55000")))),
                new PersistenceException(new SQLNonTransientConnectionException("Connection is broken", "90067")),
                new PersistenceException(new SQLTransientConnectionException("timed out")))) {
            Problem problem = mapper.map(new EJBException(new RollbackException("rolled back") {{ initCause(gone); }}), null);
            assertThat(problem.status()).as(gone.toString()).isEqualTo(503);
            assertThat(problem.detail()).isEqualTo("The database cannot be reached: try again in a moment");
            assertThat(problem.errorId()).as("logged in full, as every 5xx").isNotNull();
        }
    }

    @Test
    void anotherDatabaseErrorStaysTheServersProblem() {
        assertThat(mapper.map(new PersistenceException(new SQLException("syntax error at or near", "42601")), null).status())
                .isEqualTo(500);
        assertThat(ProblemMapper.databaseUnreachable(new PersistenceException(new SQLException("IJ031019", null,
                new ResourceException("IJ000655: No managed connections available within configured blocking timeout")))))
                .as("an exhausted pool is not an outage").isFalse();
    }

    @Test
    void aSlowQueryIsTheServersProblemNotABusySignal() {
        assertThat(mapper.map(new EJBException(new QueryTimeoutException("statement timeout")), null).status()).isEqualTo(500);
    }

    @Test
    void aBeanRefusingTheCallerIs403() {
        assertProblem(new EJBAccessException("WFLYEJB0364: Invocation on method ... is not allowed"), 403, "Forbidden", null);
    }

    @Test
    void aBodyPastTheLimitIs413HoweverTheReaderWrapsIt() {
        RequestTooLargeException tooLarge = new RequestTooLargeException(1024);
        assertProblem(tooLarge, 413, "Request Entity Too Large", "The request body is larger than this application accepts");
        assertProblem(new ReaderException(new JsonbException("read failed", tooLarge)), 413, "Request Entity Too Large",
                "The request body is larger than this application accepts");
    }

    @Test
    void aProblemThrownWhileTheBodyIsReadKeepsItsStatusAndNamesItsFields() {
        BadRequestProblem tooBig = new BadRequestProblem("A number does not fit its field: productId",
                List.of(new Violation("productId", "must be a whole number")));

        Problem problem = mapper.map(new ReaderException(tooBig), null);

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.detail()).isEqualTo("A number does not fit its field: productId");
        assertThat(problem.violations()).containsExactly(new Violation("productId", "must be a whole number"));
        assertThat(json(problem).getJsonArray("violations").getJsonObject(0).getString("field")).isEqualTo("productId");
        assertThat(logged).isEmpty();
    }

    @Test
    void aJsonErrorWhileWritingTheResponseIsTheServersNotAMalformedRequest() {
        Problem problem = mapper.map(new WriterException(new JsonbException("cannot serialize")), null);
        assertThat(problem.status()).isEqualTo(500);
        assertThat(logged).hasSize(1);
    }

    @Test
    void anythingElseIs500WithAnErrorIdAndNoInternals() {
        IllegalStateException boom = new IllegalStateException("password=hunter2 at com.example.Dao");
        Problem problem = mapper.map(new EJBException(boom), URI.create("/orders/1"));
        assertThat(problem.status()).isEqualTo(500);
        assertThat(problem.title()).isEqualTo("Internal Server Error");
        assertThat(problem.detail()).isNull();
        assertThat(problem.errorId()).matches("[0-9a-f-]{36}");
        String body = problem.toJson();
        assertThat(body).doesNotContain("hunter2", "com.example", "IllegalStateException", "EJBException", "\tat ");
        assertThat(json(problem).getString("errorId")).isEqualTo(problem.errorId());
        assertThat(logged).singleElement().satisfies(record -> {
            assertThat(record.getMessage()).contains(problem.errorId());
            assertThat(record.getThrown()).isInstanceOf(EJBException.class).hasCause(boom);
        });
    }

    @Test
    void errorIdsAreFreshEachTime() {
        assertThat(mapper.map(new RuntimeException(), null).errorId())
                .isNotEqualTo(mapper.map(new RuntimeException(), null).errorId());
    }

    @Test
    void unwrapStopsAtTheFirstRealException() {
        IllegalArgumentException real = new IllegalArgumentException();
        assertThat(ProblemMapper.unwrap(new CompletionException(new EJBException(real)))).isSameAs(real);
        EJBException bare = new EJBException("no cause");
        assertThat(ProblemMapper.unwrap(bare)).isSameAs(bare);
    }

    private void assertProblem(Throwable failure, int status, String title, String detail) {
        Problem problem = mapper.map(failure, null);
        assertThat(problem.status()).as(failure.toString()).isEqualTo(status);
        assertThat(problem.title()).isEqualTo(title);
        assertThat(problem.detail()).isEqualTo(detail);
        assertThat(problem.type()).isEqualTo(URI.create("about:blank"));
        JsonObject json = json(problem);
        assertThat(json.getInt("status")).isEqualTo(status);
        assertThat(json.containsKey("errorId")).isEqualTo(status >= 500);
        assertThat(problem.toJson()).doesNotContain("RESTEASY", "Exception");
    }

    private static JsonObject json(Problem problem) {
        return Json.createReader(new StringReader(problem.toJson())).readObject();
    }

    private static Path.Node node(String name, ElementKind kind) {
        return new Path.Node() {
            public String getName() {
                return name;
            }

            public boolean isInIterable() {
                return false;
            }

            public Integer getIndex() {
                return null;
            }

            public Object getKey() {
                return null;
            }

            public ElementKind getKind() {
                return kind;
            }

            public <T extends Path.Node> T as(Class<T> type) {
                return type.cast(this);
            }
        };
    }

    private static ConstraintViolation<?> violation(String message, Path.Node... nodes) {
        Path path = () -> List.of(nodes).iterator();
        return new ConstraintViolation<Object>() {
            public String getMessage() {
                return message;
            }

            public String getMessageTemplate() {
                return message;
            }

            public Object getRootBean() {
                return null;
            }

            public Class<Object> getRootBeanClass() {
                return Object.class;
            }

            public Object getLeafBean() {
                return null;
            }

            public Object[] getExecutableParameters() {
                return new Object[0];
            }

            public Object getExecutableReturnValue() {
                return null;
            }

            public Path getPropertyPath() {
                return path;
            }

            public Object getInvalidValue() {
                return null;
            }

            public ConstraintDescriptor<?> getConstraintDescriptor() {
                return null;
            }

            public <U> U unwrap(Class<U> type) {
                return type.cast(this);
            }
        };
    }
}
