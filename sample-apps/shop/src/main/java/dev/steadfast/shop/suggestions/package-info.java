/**
 * An outbound call to another service, guarded by MicroProfile Fault Tolerance: a slow or failing dependency
 * costs a bounded time, is retried a little, is left alone while it keeps failing (circuit breaker), and the
 * caller always gets an answer (fallback).
 */
package dev.steadfast.shop.suggestions;
