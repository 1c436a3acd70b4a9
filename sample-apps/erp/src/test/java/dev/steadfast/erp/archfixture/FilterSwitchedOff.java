package dev.steadfast.erp.archfixture;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;

/** Hibernate's session behind the EntityManager, with the tenant filter switched off. */
class FilterSwitchedOff {

    void everyTenant(EntityManager em) {
        ((Session) em.getDelegate()).disableFilter("_tenantId");
    }
}
