package dev.steadfast.erp.archfixture;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An entity every tenant would see. */
@Entity
class EntityWithoutTenant {

    @Id
    Long id;
}
