package dev.steadfast.runtime.problem;

/**
 * One failed constraint of a validation problem.
 *
 * @param field   the property or parameter name
 * @param message the constraint's message
 */
public record Violation(String field, String message) {
}
