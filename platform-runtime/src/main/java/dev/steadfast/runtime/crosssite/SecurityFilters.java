package dev.steadfast.runtime.crosssite;

import java.util.EnumSet;
import java.util.Set;

import dev.steadfast.runtime.admission.AdmissionFilter;
import dev.steadfast.runtime.bodylimit.RequestBodyLimitFilter;
import dev.steadfast.runtime.metrics.ApplicationMetrics;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;

/**
 * Registers the request guards of this library on every application that has it, whatever its web.xml says: a
 * container initializer runs also for {@code metadata-complete="true"}, which switches annotation scanning off (and
 * with it any {@code @WebFilter}). The request metrics come first, so that they count and time what the guards refuse
 * too ({@link ApplicationMetrics}); then load shedding ({@link AdmissionFilter}), so that a request over capacity costs
 * nothing more; then the cross-site guard, then the body limit, all before the application's own filters; the session cookie gets {@code SameSite=Lax} ({@link SameSiteSessionCookie}).
 */
public class SecurityFilters implements ServletContainerInitializer {

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) {
        ApplicationMetrics.install(context);
        register(context, "steadfast-admission", AdmissionFilter.class);
        register(context, "steadfast-cross-site-guard", CrossSiteRequestFilter.class);
        register(context, "steadfast-body-limit", RequestBodyLimitFilter.class);
        SameSiteSessionCookie.apply(context.getSessionCookieConfig());
    }

    private static void register(ServletContext context, String name, Class<? extends jakarta.servlet.Filter> filter) {
        FilterRegistration.Dynamic registration = context.addFilter(name, filter);
        if (registration != null) {
            registration.setAsyncSupported(true);
            registration.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
        }
    }
}
