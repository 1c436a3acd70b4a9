package dev.steadfast.testing.fuzz;

/** The harness cannot generate input for a resource method: the method is reported as not covered. */
final class Uncoverable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    Uncoverable(String reason) {
        super(reason);
    }
}
