package dev.steadfast.runtime.node;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;

import static org.assertj.core.api.Assertions.assertThat;

class NodeIdentityTest {

    @Test
    void nodeNamePropertyWins() {
        assertThat(NodeIdentity.resolve(" app-1-a ")).isEqualTo("app-1-a");
    }

    @Test
    void hostNameOtherwise() throws Exception {
        String host = InetAddress.getLocalHost().getHostName();
        assertThat(NodeIdentity.resolve(null)).isEqualTo(host);
        assertThat(NodeIdentity.resolve("  ")).isEqualTo(host);
    }
}
