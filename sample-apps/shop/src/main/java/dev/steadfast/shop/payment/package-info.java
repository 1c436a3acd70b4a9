/**
 * Payment through an external gateway, simulated here, behind MicroProfile Fault Tolerance: each attempt is
 * cut off after a second, retried once, and while the gateway keeps failing the circuit breaker stops calling
 * it for a while. This package only charges; what happens to an order that could not be charged is the order's
 * business (it waits as PAYMENT_PENDING).
 */
package dev.steadfast.shop.payment;
