package dev.steadfast.runtime.crosssite;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;

/**
 * The session cookie gets {@code SameSite=Lax}: browsers then leave it off requests other sites make them send
 * (form posts, scripts), and still send it when a visitor follows a link here. Not {@code Strict}: that would leave
 * it off the first page a link opens, which would start a new session and lose the visitor's replicated one.
 * An application that set the attribute itself (web.xml {@code <cookie-config>}) keeps its own value.
 */
@WebListener
public class SameSiteSessionCookie implements ServletContextListener {

    static final String ATTRIBUTE = "SameSite";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        if (cookie.getAttribute(ATTRIBUTE) == null) {
            cookie.setAttribute(ATTRIBUTE, "Lax");
        }
    }
}
