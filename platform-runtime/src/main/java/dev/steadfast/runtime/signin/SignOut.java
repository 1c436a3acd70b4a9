package dev.steadfast.runtime.signin;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Ends a FORM sign-in for good: the container's identity (which Elytron keeps in the session) and the session itself,
 * so that the replicated session holds it on no node. What an application does when a user signs out, or when it
 * finds that the account of a signed-in session has been disabled since.
 */
public final class SignOut {

    private SignOut() {
    }

    /** Signs the request's caller out and invalidates its session, if it has one. */
    public static void everywhere(HttpServletRequest request) {
        try {
            request.logout();
        } catch (ServletException e) {
            throw new IllegalStateException("Could not sign out", e);
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
