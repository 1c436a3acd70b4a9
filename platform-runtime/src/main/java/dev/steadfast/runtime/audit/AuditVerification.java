package dev.steadfast.runtime.audit;

/**
 * The result of walking the audit chain.
 *
 * @param intact         true when every record and the head agree
 * @param checked        how many records were found sound before the first broken one (all of them when intact)
 * @param firstBrokenSeq the first record that is wrong or missing, null when intact
 * @param reason         what is wrong with it, null when intact
 */
public record AuditVerification(boolean intact, long checked, Long firstBrokenSeq, String reason) {

    static AuditVerification sound(long checked) {
        return new AuditVerification(true, checked, null, null);
    }

    static AuditVerification broken(long checked, long seq, String reason) {
        return new AuditVerification(false, checked, seq, reason);
    }
}
