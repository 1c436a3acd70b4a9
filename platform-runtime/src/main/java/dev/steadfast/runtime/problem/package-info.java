/**
 * Errors as RFC 9457 {@code application/problem+json}, the same shape for every failure of a JAX-RS
 * application: {@link dev.steadfast.runtime.problem.ProblemMapper} decides (pure Java), the
 * {@code *ProblemMapper} providers hand its answer to RESTEasy, and
 * {@link dev.steadfast.runtime.problem.ProblemException}'s subclasses let an application say 400, 404, 409 or
 * 422 itself. A body never carries a stack trace or a class name; a 5xx carries an {@code errorId} that finds the
 * full exception in the server log.
 */
package dev.steadfast.runtime.problem;
