package dev.steadfast.ops.drill;

/**
 * One attempt of the load, answered or not: the load never retries, so every attempt is one record.
 *
 * @param session the virtual user, from 1
 * @param kind a write (POST, adds one) or a read (GET)
 * @param startMillis when the request was sent, in milliseconds since the load started
 * @param latencyMillis how long until the answer, or until the attempt failed without one
 * @param status the HTTP status, or 0 when there was no answer
 * @param failure null for a 2xx answer that said a count for this very request; else a short, stable word usable as
 *        a map key: "HTTP 504", "timeout", "connection refused", "bad answer" (2xx without a count or without the
 *        request's id), "misdelivered" (2xx with another request's id), "io: EOFException"...
 */
public record RequestRecord(int session, Kind kind, long startMillis, long latencyMillis, int status, String failure) {

    public enum Kind { WRITE, READ }

    public boolean failed() {
        return failure != null;
    }
}
