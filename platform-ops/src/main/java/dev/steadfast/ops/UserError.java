package dev.steadfast.ops;

/** A mistake or a situation the user can fix; its message is one plain sentence and nothing else is printed. */
public final class UserError extends RuntimeException {
    public UserError(String sentence) {
        super(sentence);
    }
}
