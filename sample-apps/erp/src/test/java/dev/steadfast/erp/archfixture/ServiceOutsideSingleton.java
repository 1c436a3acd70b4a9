package dev.steadfast.erp.archfixture;

import org.jboss.msc.service.ServiceName;

/** WildFly's service container used outside the singleton. */
class ServiceOutsideSingleton {

    ServiceName name() {
        return ServiceName.parse("anything");
    }
}
