/**
 * The endpoint fuzz harness every Steadfast application's tests reuse: {@link dev.steadfast.testing.fuzz.EndpointFuzzer}
 * lists the resource methods from the JAX-RS metadata of the application's own archive, sends each of them the
 * input classes of {@link dev.steadfast.testing.fuzz.InputClass} as the application's own page would send them,
 * and fails on any answer that is a 5xx, or a 4xx that is not {@code application/problem+json}, and on any
 * resource method it could not cover. Generation is deterministic: a failure is the same on every run.
 */
package dev.steadfast.testing.fuzz;
