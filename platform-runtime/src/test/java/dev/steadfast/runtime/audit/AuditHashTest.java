package dev.steadfast.runtime.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

class AuditHashTest {

    static final Instant AT = Instant.parse("2026-01-02T03:04:05.678Z");
    static final AuditKeys KEYS = AuditKeys.parse("1:" + "k".repeat(32) + ",2:" + "q".repeat(32));

    static AuditEntry entry() {
        return new AuditEntry(AT, "alice", "admin,user", "order.cancel", "Order", "42", AuditOutcome.SUCCESS,
                "node-a", "req-1", "10.0.0.1", "note");
    }

    @Test
    void sameRecordSameHash() {
        assertThat(AuditHash.hash(KEYS, 7, 2, entry(), AuditHash.GENESIS)).isEqualTo(AuditHash.hash(KEYS, 7, 2, entry(), AuditHash.GENESIS))
                .hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void canonicalFormIsTheDocumentedOne() {
        AuditEntry entry = new AuditEntry(Instant.parse("2026-01-02T03:04:05Z"), "a\\b", "", "x\ny", null, "42",
                AuditOutcome.DENIED, "n", "r", null, "c\rd");
        assertThat(AuditHash.canonical(3, 2, entry, "p")).isEqualTo("""
                steadfast-audit-v2
                =3
                =2
                =2026-01-02T03:04:05.000Z
                =a\\\\b
                =
                =x\\ny
                -
                =42
                =DENIED
                =n
                =r
                -
                =c\\rd
                =p
                """);
    }

    @Test
    void changingAnyFieldChangesTheHash() {
        String original = AuditHash.hash(KEYS, 7, 2, entry(), AuditHash.GENESIS);
        List<UnaryOperator<AuditEntry>> edits = List.of(
                e -> with(e, 0, AT.plusMillis(1)),
                e -> with(e, 1, "mallory"),
                e -> with(e, 2, "admin"),
                e -> with(e, 3, "order.create"),
                e -> with(e, 4, "Invoice"),
                e -> with(e, 5, "43"),
                e -> with(e, 6, AuditOutcome.FAILED),
                e -> with(e, 7, "node-b"),
                e -> with(e, 8, "req-2"),
                e -> with(e, 9, "10.0.0.2"),
                e -> with(e, 10, "other"),
                e -> with(e, 4, null),
                e -> with(e, 10, ""));
        for (UnaryOperator<AuditEntry> edit : edits) {
            AuditEntry edited = edit.apply(entry());
            assertThat(edited).isNotEqualTo(entry());
            assertThat(AuditHash.hash(KEYS, 7, 2, edited, AuditHash.GENESIS)).as(edited.toString()).isNotEqualTo(original);
        }
        assertThat(AuditHash.hash(KEYS, 8, 2, entry(), AuditHash.GENESIS)).isNotEqualTo(original);
        assertThat(AuditHash.hash(KEYS, 7, 2, entry(), "1".repeat(64))).isNotEqualTo(original);
        assertThat(AuditHash.hash(KEYS, 7, 1, entry(), AuditHash.GENESIS)).as("another key version").isNotEqualTo(original);
    }

    @Test
    void nullAndEmptyAndShiftedValuesDiffer() {
        AuditEntry nullDetail = with(entry(), 10, null);
        AuditEntry emptyDetail = with(entry(), 10, "");
        assertThat(AuditHash.hash(KEYS, 1, 2, nullDetail, AuditHash.GENESIS)).isNotEqualTo(AuditHash.hash(KEYS, 1, 2, emptyDetail, AuditHash.GENESIS));
        // A newline inside a value must not read as the next field.
        AuditEntry joined = with(with(entry(), 4, "Order\n=42"), 5, null);
        AuditEntry split = with(with(entry(), 4, "Order"), 5, "42");
        assertThat(AuditHash.canonical(1, 2, joined, "p")).isNotEqualTo(AuditHash.canonical(1, 2, split, "p"));
    }

    @Test
    void entryIsCutToWhatTheTableStores() {
        AuditEntry entry = with(entry(), 10, "x".repeat(2000));
        assertThat(entry.detail()).hasSize(1000);
        assertThat(with(entry(), 0, Instant.parse("2026-01-02T03:04:05.678999Z")).recordedAt()).isEqualTo(AT);
    }

    /** A copy of {@code e} with field {@code index} (in record component order) replaced. */
    static AuditEntry with(AuditEntry e, int index, Object value) {
        Object[] f = {e.recordedAt(), e.principal(), e.roles(), e.action(), e.entityType(), e.entityId(),
                e.outcome(), e.node(), e.requestId(), e.clientAddress(), e.detail()};
        f[index] = value;
        return new AuditEntry((Instant) f[0], (String) f[1], (String) f[2], (String) f[3], (String) f[4],
                (String) f[5], (AuditOutcome) f[6], (String) f[7], (String) f[8], (String) f[9], (String) f[10]);
    }
}
