package dev.steadfast.shop.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import dev.steadfast.runtime.health.SharedDependency;

/**
 * Ready when the catalog can be read: a node that cannot show products should get no shoppers. The catalog is in the
 * database every node shares: a {@link SharedDependency}.
 */
@Readiness
@SharedDependency
@ApplicationScoped
public class CatalogReadiness implements HealthCheck {

    @Inject
    ProductRepository products;

    @Override
    @Transactional
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("catalog").up().withData("products", products.count()).build();
    }
}
