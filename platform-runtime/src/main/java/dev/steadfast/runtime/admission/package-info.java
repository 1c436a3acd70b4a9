/**
 * Load shedding: an application serves at most so many requests at once, and answers the rest at once with 503,
 * {@code Retry-After: 1} and a problem body, instead of letting them queue behind the server's threads until the
 * balancer gives up on them (504 after 10 s) or the heap fills with waiting requests. Admitted requests keep their
 * latency; a client told to retry after a second finds the server ready again.
 */
package dev.steadfast.runtime.admission;
