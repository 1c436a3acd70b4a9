package dev.steadfast.runtime.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditKeysTest {

    private static final String SECRET = "s3cretS3cretS3cretS3cretS3cretS3";

    @Test
    void theNewestVersionSealsAndEveryVersionIsHeld() {
        AuditKeys keys = AuditKeys.parse(" 2:" + SECRET + "x , 1:" + SECRET);
        assertThat(keys.current()).isEqualTo(2);
        assertThat(keys.has(1)).isTrue();
        assertThat(keys.has(3)).isFalse();
        assertThat(keys.seal(1, "text")).isNotEqualTo(keys.seal(2, "text")).matches("[0-9a-f]{64}");
        assertThat(keys.toString()).doesNotContain(SECRET);
    }

    @Test
    void malformedKeysAreRefusedWithoutQuotingASecret() {
        for (String text : new String[] {"", "x:" + SECRET, SECRET, "0:" + SECRET, "1:short", "1:" + SECRET + ",1:" + SECRET}) {
            assertThatThrownBy(() -> AuditKeys.parse(text)).as(text)
                    .isInstanceOf(IllegalArgumentException.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET).doesNotContain("short"));
        }
    }
}
