package org.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Arquillian with JUnit 5 and ShrinkWrap, as the BOM manages them; compiled by the check, never run. */
@ExtendWith(ArquillianExtension.class)
class GreetingsIT {

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.create(WebArchive.class, "consumer.war").addClass(Greetings.class);
    }

    @Test
    void compiles() {
        assertEquals("consumer.war", deployment().getName());
    }
}
