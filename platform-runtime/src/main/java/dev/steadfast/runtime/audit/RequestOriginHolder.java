package dev.steadfast.runtime.audit;

import jakarta.enterprise.context.RequestScoped;

/** Holds the current HTTP request's {@link RequestOrigin}, set by {@link AuditRequestFilter}. */
@RequestScoped
class RequestOriginHolder {

    private RequestOrigin origin;

    void set(RequestOrigin origin) {
        this.origin = origin;
    }

    /** @return the origin, or null when no filter ran in this request context (a timer, a message) */
    RequestOrigin get() {
        return origin;
    }
}
