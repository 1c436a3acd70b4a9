package dev.steadfast.erp.archfixture;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.hibernate.annotations.Formula;
import org.hibernate.annotations.TenantId;

/** SQL of its own in a mapping, which the tenant filter does not rewrite. */
@Entity
class FormulaOutsideReview {

    @Id
    Long id;

    @TenantId
    String tenant;

    @Formula("(SELECT count(*) FROM erp_item)")
    long everyTenantsItems;
}
