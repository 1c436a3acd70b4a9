package dev.steadfast.runtime.health;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The health endpoints, a servlet so they do not depend on the application's {@code @ApplicationPath}:
 * {@code /health} runs every check, {@code /health/live} the {@code @Liveness} ones, {@code /health/ready}
 * the {@code @Readiness} ones (without the {@link SharedDependency} ones where configured so), {@code /health/started}
 * the {@code @Startup} ones. 200 when UP, 503 when DOWN, never cached.
 */
@WebServlet(urlPatterns = {"/health", "/health/live", "/health/ready", "/health/started"}, asyncSupported = true)
public class HealthServlet extends HttpServlet {

    @Inject
    @Any
    Instance<HealthCheck> checks;

    private boolean sharedDependenciesCounted;

    @Override
    public void init() {
        sharedDependenciesCounted = ConfigProvider.getConfig().getOptionalValue(SharedDependency.COUNTED, Boolean.class).orElse(true);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<Instance.Handle<HealthCheck>> handles = select(request.getServletPath());
        HealthReport report;
        try {
            report = HealthReport.of(handles.stream().map(Instance.Handle::get).toList());
        } finally {
            // A @Dependent check obtained from Instance lives as long as the Instance (this servlet) unless destroyed.
            handles.stream().filter(h -> h.getBean().getScope() == Dependent.class).forEach(Instance.Handle::destroy);
        }
        response.setStatus(report.httpStatus());
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(report.toJson());
    }

    /** The checks of a path, each bean once (a check may be both @Liveness and @Readiness). */
    private List<Instance.Handle<HealthCheck>> select(String path) {
        Stream<Annotation> kinds = switch (path) {
            case "/health/live" -> Stream.of(Liveness.Literal.INSTANCE);
            case "/health/ready" -> Stream.of(Readiness.Literal.INSTANCE);
            case "/health/started" -> Stream.of(Startup.Literal.INSTANCE);
            default -> Stream.of(Liveness.Literal.INSTANCE, Readiness.Literal.INSTANCE, Startup.Literal.INSTANCE);
        };
        boolean readiness = "/health/ready".equals(path);
        Map<Bean<?>, Instance.Handle<HealthCheck>> byBean = new LinkedHashMap<>();
        kinds.flatMap(kind -> checks.select(kind).handlesStream())
                .filter(h -> !readiness || sharedDependenciesCounted || !h.getBean().getBeanClass().isAnnotationPresent(SharedDependency.class))
                .forEach(h -> byBean.putIfAbsent(h.getBean(), h));
        return List.copyOf(byBean.values());
    }
}
