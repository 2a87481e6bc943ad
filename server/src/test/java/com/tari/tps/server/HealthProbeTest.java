package com.tari.tps.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.tari.tps.server.config.Environment;
import com.tari.tps.server.http.ApiServer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HealthProbeTest {
    @TempDir
    Path dir;

    @Test
    void aRunningServerIsHealthy() {
        try (ApiServer server = new ApiServer(dir)) {
            Environment env = new Environment(Map.of("TPG_PORT", String.valueOf(server.port()), "TPG_HOST", "0.0.0.0")::get);
            assertThat(HealthProbe.probe(env)).isZero();
        }
    }

    @Test
    void aPortNobodyListensOnIsUnhealthy() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        assertThat(HealthProbe.probe(new Environment(Map.of("TPG_PORT", String.valueOf(port))::get))).isEqualTo(1);
    }
}
