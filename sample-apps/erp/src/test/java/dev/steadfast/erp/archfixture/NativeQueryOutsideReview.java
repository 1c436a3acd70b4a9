package dev.steadfast.erp.archfixture;

import jakarta.persistence.EntityManager;

/** Native SQL, which Hibernate's tenant filter does not see, outside the reviewed class. */
class NativeQueryOutsideReview {

    Object everyTenantsItems(EntityManager em) {
        return em.createNativeQuery("SELECT * FROM erp_item").getResultList();
    }
}
