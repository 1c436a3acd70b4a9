package dev.steadfast.shop.payment;

/** The payment provider could not take the payment now; the order keeps waiting for it. */
public class PaymentUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PaymentUnavailableException(String message) {
        super(message);
    }
}
