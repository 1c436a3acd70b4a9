/**
 * Payment through an external gateway, simulated here, behind MicroProfile Fault Tolerance: each attempt is cut
 * off after a second, a refused one is retried once, and while the gateway keeps failing the circuit breaker stops
 * calling it for a while. This package charges and refunds and says which failures took nothing; what happens to
 * an order whose charge or refund did not go through is the order's business (it waits in its status).
 */
package dev.steadfast.shop.payment;
