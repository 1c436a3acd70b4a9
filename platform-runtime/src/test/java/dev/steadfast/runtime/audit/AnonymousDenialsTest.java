package dev.steadfast.runtime.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class AnonymousDenialsTest {

    private final AnonymousDenials denials = new AnonymousDenials();

    @Test
    void twoThousandRefusalsFromTwoAddressesBecomeTwoRecordsWhenTheWindowEnds() {
        for (int i = 0; i < 2_000; i++) {
            denials.count(refusal(i % 4 == 0 ? "10.0.0.1" : "10.0.0.2", "req-" + i));
        }
        assertThat(denials.takeDue(Instant.now())).as("the window has not ended").isEmpty();

        List<AuditEntry> records = denials.takeDue(Instant.now().plus(AnonymousDenials.WINDOW));
        assertThat(records).hasSize(2).allSatisfy(r -> {
            assertThat(r.outcome()).isEqualTo(AuditOutcome.DENIED);
            assertThat(r.principal()).isEqualTo("anonymous");
            assertThat(r.action()).isEqualTo("order.refund");
        });
        Map<String, String> byAddress = records.stream().collect(Collectors.toMap(AuditEntry::clientAddress, AuditEntry::detail));
        assertThat(byAddress.get("10.0.0.1")).startsWith("500 anonymous requests denied").endsWith("(not authenticated)");
        assertThat(byAddress.get("10.0.0.2")).startsWith("1500 anonymous requests denied");
        assertThat(denials.takeAll(Instant.now())).as("counted once").isEmpty();
    }

    @Test
    void addressesBeyondTheLimitAreCountedTogether() {
        for (int i = 0; i < AnonymousDenials.MAX_TALLIES + 50; i++) {
            denials.count(refusal("10.1." + i / 256 + "." + i % 256, "req-" + i));
        }
        List<AuditEntry> records = denials.takeAll(Instant.now());
        assertThat(records).hasSize(AnonymousDenials.MAX_TALLIES + 1);
        assertThat(records).filteredOn(r -> r.clientAddress().equals(AnonymousDenials.MANY_ADDRESSES))
                .singleElement().satisfies(r -> assertThat(r.detail()).startsWith("50 anonymous requests denied"));
    }

    private static AuditEntry refusal(String address, String requestId) {
        return new AuditEntry(Instant.now(), "anonymous", "", "order.refund", "Order", "7", AuditOutcome.DENIED,
                "node-a", requestId, address, "not authenticated");
    }
}
