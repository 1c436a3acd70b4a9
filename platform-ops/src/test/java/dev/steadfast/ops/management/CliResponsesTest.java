package dev.steadfast.ops.management;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Counting what a CLI run changed from the management responses it printed with --output-json, never from its text. */
class CliResponsesTest {

    @Test
    void eachResponseIsCountedOnceWhateverItsShape() {
        String output = """
                "steadfast: profile/040-jgroups.cli"
                {"outcome" : "success"}
                {
                    "outcome" : "success",
                    "response-headers" : {"operation-requires-reload" : true, "process-state" : "reload-required"}
                }
                "steadfast: profile/050-infinispan-web.cli"
                {"outcome" : "success", "result" : "a } inside a string { and \\" a quote"}
                """;
        CliResponses r = CliResponses.parse(output);
        assertEquals(3, r.succeeded());
        assertEquals(0, r.failed());
    }

    @Test
    void guardsThatFoundNothingToDoPrintNothingAndCountNothing() {
        assertEquals(0, CliResponses.parse("\"steadfast: host/010-interfaces.cli\"\n\"steadfast: server/010-server.cli\"\n").succeeded());
    }

    @Test
    void aFailedOperationIsCountedAsFailed() {
        CliResponses r = CliResponses.parse("""
                {"outcome" : "success"}
                {"outcome" : "failed", "failure-description" : "WFLYCTL0216: Management resource not found", "rolled-back" : true}
                """);
        assertEquals(1, r.succeeded());
        assertEquals(1, r.failed());
    }

    @Test
    void aBraceInsideAnEchoedSentenceIsNoResponse() {
        assertEquals(0, CliResponses.parse("\"steadfast: the value {x} is set\"\nsome text {not json}\n").responses().size());
    }
}
