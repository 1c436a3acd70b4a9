package dev.steadfast.shop;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** What the tests deploy: the WAR this build packaged, exactly as it would go to production. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("steadfast.war")));
    }
}
