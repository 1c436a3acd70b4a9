package dev.steadfast.ops.probe;

import java.util.Arrays;

import javax.management.JMException;
import javax.management.JMRuntimeException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/** Reads MBean attributes of the server the probe runs in, never failing a probe answer for one that is not there. */
final class MBeanAttributes {

    /** The JGroups channel the session caches use. */
    static final String CHANNEL = "jgroups:type=channel,cluster=\"ee\"";
    /** Infinispan's health of the web cache container (the sessions). */
    static final String WEB_HEALTH = "org.wildfly.clustering.infinispan:type=CacheManager,name=\"web\",component=CacheContainerHealth";

    private MBeanAttributes() {}

    /** The attribute as text ("" when the MBean is not there yet, as while the server boots). */
    static String text(MBeanServer server, String name, String attribute) {
        try {
            ObjectName objectName = new ObjectName(name);
            if (!server.isRegistered(objectName)) {
                return "";
            }
            Object value = server.getAttribute(objectName, attribute);
            return value instanceof Object[] array ? String.join(" ", Arrays.stream(array).map(String::valueOf).toList())
                    : String.valueOf(value);
        } catch (JMException | JMRuntimeException e) {
            return "";
        }
    }
}
