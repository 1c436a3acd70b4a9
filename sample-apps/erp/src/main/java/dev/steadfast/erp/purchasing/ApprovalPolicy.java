package dev.steadfast.erp.purchasing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many people must approve an order: one, or two above {@code erp.purchasing.second-approval-above-cents}
 * (10,000.00 unless configured). Never its buyer, and never the same person twice.
 */
@ApplicationScoped
public class ApprovalPolicy {

    @Inject
    @ConfigProperty(name = "erp.purchasing.second-approval-above-cents")
    long secondApprovalAboveCents;

    int approversNeeded(long totalCents) {
        return totalCents > secondApprovalAboveCents ? 2 : 1;
    }
}
