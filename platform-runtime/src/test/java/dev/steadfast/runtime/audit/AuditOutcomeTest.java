package dev.steadfast.runtime.audit;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditOutcomeTest {

    @Test
    void securityRefusalsAreDenied() {
        assertThat(AuditOutcome.of(new EJBAccessException("no"))).isEqualTo(AuditOutcome.DENIED);
        assertThat(AuditOutcome.of(new SecurityException("no"))).isEqualTo(AuditOutcome.DENIED);
        assertThat(AuditOutcome.of(new EJBException(new SecurityException("wrapped")))).isEqualTo(AuditOutcome.DENIED);
    }

    @Test
    void otherFailuresAreFailed() {
        assertThat(AuditOutcome.of(new IllegalStateException("boom"))).isEqualTo(AuditOutcome.FAILED);
        assertThat(AuditOutcome.of(new EJBException(new IllegalArgumentException()))).isEqualTo(AuditOutcome.FAILED);
    }

    @Test
    void saneRequestIdsAreKeptOthersReplaced() {
        assertThat(RequestOrigin.requestId("abc-123_X.y")).isEqualTo("abc-123_X.y");
        assertThat(RequestOrigin.requestId("a".repeat(64))).isEqualTo("a".repeat(64));
        for (String bad : new String[] {null, "", "a".repeat(65), "a b", "x\r\nSet-Cookie: y", "é"}) {
            assertThat(RequestOrigin.requestId(bad)).as(String.valueOf(bad))
                    .isNotEqualTo(bad).matches("[0-9a-f-]{36}");
        }
    }

    @Test
    void logLineIsOneJsonObjectWithNulls() {
        AuditRecord record = new AuditRecord(1, 2, AuditHashTest.entry(), AuditHash.GENESIS, "h".repeat(64));
        String line = AuditLog.toJson(new AuditRecord(1, 2, AuditHashTest.with(record.entry(), 10, null),
                AuditHash.GENESIS, "h".repeat(64)));
        assertThat(line).doesNotContain("\n")
                .startsWith("{\"seq\":1,\"keyVersion\":2,\"recordedAt\":\"2026-01-02T03:04:05.678Z\",\"principal\":\"alice\"")
                .contains("\"detail\":null", "\"outcome\":\"SUCCESS\"", "\"prevHash\":\"" + AuditHash.GENESIS + "\"");
    }
}
