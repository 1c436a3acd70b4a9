package dev.steadfast.runtime.metrics;

import java.io.IOException;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Counts every request of the application by status class and times it, into {@link ApplicationMetrics#REQUESTS}. An
 * asynchronous request is timed until it completes. An exception that escapes the chain is counted as the 500 the
 * container will answer.
 */
public class RequestMetricsFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpRequests requests = ApplicationMetrics.REQUESTS;
        long start = System.nanoTime();
        requests.started();
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = false;
        } finally {
            if (!failed && request.isAsyncStarted()) {
                request.getAsyncContext().addListener(new Completion(requests, start, response));
            } else {
                requests.ended(failed ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR : response.getStatus(), System.nanoTime() - start);
            }
        }
    }

    /** The response is the filter's own: a listener added without one is not given it by every container. */
    private record Completion(HttpRequests requests, long start, HttpServletResponse response) implements AsyncListener {

        @Override
        public void onComplete(AsyncEvent event) {
            requests.ended(response.getStatus(), System.nanoTime() - start);
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            // onComplete follows
        }

        @Override
        public void onError(AsyncEvent event) {
            // onComplete follows
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            event.getAsyncContext().addListener(this);
        }
    }
}
