package dev.steadfast.ops.drill;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.Locale;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLException;

/**
 * The word a failed attempt is counted under. Words, not messages: a report adds attempts up by them, and a message
 * carries addresses and ports that would make every failure a class of its own.
 */
final class FailureWords {

    static final String TIMEOUT = "timeout";
    static final String BAD_ANSWER = "bad answer";
    /** A counter's answer to another request than the one it came back for. */
    static final String MISDELIVERED = "misdelivered";
    static final String STOPPED = "stopped";

    private FailureWords() {}

    static String status(int status) {
        return "HTTP " + status;
    }

    static String of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HttpConnectTimeoutException) {
                return "connect timeout";
            }
            if (t instanceof HttpTimeoutException || t instanceof TimeoutException) {
                return TIMEOUT;
            }
            if (t instanceof ConnectException) {
                return "connection refused";
            }
            if (t instanceof InterruptedException) {
                return STOPPED;
            }
            if (t instanceof SSLException) {
                return "tls";
            }
            if (t instanceof EOFException) {
                return "connection closed";
            }
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("reset")) {
                return "connection reset";
            }
            if (message.contains("closed") || message.contains("received no bytes")) {
                return "connection closed";
            }
        }
        return "io: " + failure.getClass().getSimpleName();
    }
}
