package org.example.consumer;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.infinispan.Cache;

/** MicroProfile Health with an Infinispan cache of the server's. */
@Readiness
@ApplicationScoped
public class CacheReadiness implements HealthCheck {

    @Resource(lookup = "java:jboss/infinispan/cache/web/dist")
    Cache<String, String> cache;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("cache").status(cache == null || cache.getStatus().allowInvocations()).build();
    }
}
