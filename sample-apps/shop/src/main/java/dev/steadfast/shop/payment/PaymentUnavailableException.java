package dev.steadfast.shop.payment;

/**
 * The payment provider refused the request (503) and did nothing: no money was taken or given back. Unlike a call
 * that timed out, whose outcome is unknown, this one may be treated as never made.
 */
public class PaymentUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PaymentUnavailableException(String message) {
        super(message);
    }
}
