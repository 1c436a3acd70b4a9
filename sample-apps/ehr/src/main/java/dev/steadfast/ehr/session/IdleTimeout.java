package dev.steadfast.ehr.session;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Ends a session after {@code ehr.session.idle-timeout} idle seconds (15 minutes unless configured): set on each new
 * session in seconds, which web.xml's minutes cannot say. The time-out is kept with the replicated session, so it
 * holds on whichever node serves the session next. WildFly expires a session within about a second of its time-out.
 */
@WebListener
public class IdleTimeout implements HttpSessionListener {

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        int seconds = ConfigProvider.getConfig().getValue("ehr.session.idle-timeout", Integer.class);
        event.getSession().setMaxInactiveInterval(seconds);
    }
}
