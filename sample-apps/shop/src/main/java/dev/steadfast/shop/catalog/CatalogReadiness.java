package dev.steadfast.shop.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the catalog can be read: a node that cannot show products should get no shoppers. */
@Readiness
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
