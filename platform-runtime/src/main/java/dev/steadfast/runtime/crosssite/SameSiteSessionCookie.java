package dev.steadfast.runtime.crosssite;

import jakarta.servlet.SessionCookieConfig;

/**
 * The session cookie gets {@code SameSite=Lax}: browsers then leave it off requests other sites make them send
 * (form posts, scripts), and still send it when a visitor follows a link here. Not {@code Strict}: that would leave
 * it off the first page a link opens, which would start a new session and lose the visitor's replicated one.
 * An application that set the attribute itself (web.xml {@code <cookie-config>}) keeps its own value.
 */
final class SameSiteSessionCookie {

    static final String ATTRIBUTE = "SameSite";

    private SameSiteSessionCookie() {
    }

    static void apply(SessionCookieConfig cookie) {
        if (cookie.getAttribute(ATTRIBUTE) == null) {
            cookie.setAttribute(ATTRIBUTE, "Lax");
        }
    }
}
