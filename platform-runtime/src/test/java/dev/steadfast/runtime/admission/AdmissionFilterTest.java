package dev.steadfast.runtime.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

/**
 * The filter with a few places, against stand-ins of the servlet API (a request knows its path, a response records
 * what it was told): what is over capacity is answered 503 with Retry-After and a problem at once, while the admitted
 * requests run; places come back when requests end, whether they succeed or fail, and when they go asynchronous;
 * health pages are never shed.
 */
class AdmissionFilterTest {

    @Test
    void aRequestOverCapacityIsAnswered503WithRetryAfterAndAProblemWhileTheAdmittedOnesRun() throws Exception {
        AdmissionFilter filter = filterWithPlaces(2);
        CountDownLatch inside = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = pool.submit(() -> run(filter, "/api/orders", () -> await(inside, release)));
            Future<?> second = pool.submit(() -> run(filter, "/api/orders", () -> await(inside, release)));
            assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();

            Answer shed = run(filter, "/api/orders", () -> {
                throw new AssertionError("a request over capacity reached the application");
            });
            assertThat(shed.status).isEqualTo(503);
            assertThat(shed.headers).containsEntry("Retry-After", "1");
            assertThat(shed.contentType).isEqualTo("application/problem+json");
            assertThat(shed.body.toString()).contains("\"status\":503").doesNotContain("Exception");

            release.countDown();
            first.get(5, TimeUnit.SECONDS);
            second.get(5, TimeUnit.SECONDS);
            // Positive control: with the places back, the same request is admitted.
            assertThat(run(filter, "/api/orders", () -> { }).status).isEqualTo(200);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRequestThatFailsGivesItsPlaceBack() {
        AdmissionFilter filter = filterWithPlaces(1);
        for (int i = 0; i < 3; i++) {
            try {
                run(filter, "/api/orders", () -> {
                    throw new IllegalStateException("the application failed");
                });
            } catch (IllegalStateException expected) {
                // the container answers 500
            }
        }
        assertThat(run(filter, "/api/orders", () -> { }).status).isEqualTo(200);
    }

    @Test
    void healthPagesAreServedEvenWithNoPlaceLeftButPathsThatOnlyBeginLikeThemAreNot() {
        Admission full = new Admission(1, 0);
        assertThat(full.enter()).isTrue();
        AdmissionFilter filter = new AdmissionFilter();
        filter.admitWith(full);
        assertThat(run(filter, "/health", () -> { }).status).isEqualTo(200);
        assertThat(run(filter, "/health/ready", () -> { }).status).isEqualTo(200);
        assertThat(run(filter, "/healthcare", () -> { }).status).isEqualTo(503);
        assertThat(run(filter, "/api/orders", () -> { }).status).isEqualTo(503);
    }

    @Test
    void aRequestThatGoesAsynchronousGivesItsPlaceBackWhenItsThreadIsFree() {
        AdmissionFilter filter = filterWithPlaces(1);
        assertThat(run(filter, "/api/events", () -> { }, true).status).isEqualTo(200);
        assertThat(run(filter, "/api/orders", () -> { }).status).isEqualTo(200);
    }

    @Test
    void withNoLimitConfiguredEveryRequestPasses() {
        AdmissionFilter unlimited = new AdmissionFilter();
        for (int i = 0; i < 100; i++) {
            assertThat(run(unlimited, "/api/orders", () -> { }).status).isEqualTo(200);
        }
    }

    @Test
    void noPlacesOrANegativeWaitIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Admission(0, 20));
        assertThatIllegalArgumentException().isThrownBy(() -> new Admission(1, -1));
    }

    private static AdmissionFilter filterWithPlaces(int places) {
        AdmissionFilter filter = new AdmissionFilter();
        filter.admitWith(new Admission(places, 20));
        return filter;
    }

    private static void await(CountDownLatch inside, CountDownLatch release) {
        inside.countDown();
        try {
            release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What a response was told. */
    private static final class Answer {
        int status = 200;
        String contentType;
        final Map<String, String> headers = new HashMap<>();
        final StringWriter body = new StringWriter();
    }

    private static Answer run(AdmissionFilter filter, String servletPath, Runnable application) {
        return run(filter, servletPath, application, false);
    }

    private static Answer run(AdmissionFilter filter, String servletPath, Runnable application, boolean async) {
        Answer answer = new Answer();
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(AdmissionFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getServletPath" -> servletPath;
                    case "getRequestURI" -> "/app" + servletPath;
                    case "isAsyncStarted" -> async;
                    default -> null;
                });
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(AdmissionFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "setStatus" -> answer.status = (Integer) args[0];
                        case "setHeader" -> answer.headers.put((String) args[0], (String) args[1]);
                        case "setContentType" -> answer.contentType = (String) args[0];
                        case "getWriter" -> {
                            return new PrintWriter(answer.body);
                        }
                        default -> { }
                    }
                    return null;
                });
        try {
            filter.doFilter(request, response, (req, res) -> application.run());
        } catch (IOException | ServletException e) {
            throw new IllegalStateException(e);
        }
        return answer;
    }
}
