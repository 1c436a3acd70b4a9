package dev.steadfast.runtime.problem;

/**
 * The caller is known and may not do this (403 Forbidden), with a detail that says why and, where there is one, what
 * would allow it: a rule of the application's, such as a care team or a segregation of duties.
 */
public class ForbiddenProblem extends ProblemException {

    public ForbiddenProblem(String message) {
        super(403, message);
    }
}
