package com.tari.tps.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stopping server tells live clients to come back: SSE gets a {@code shutdown} event, WebSocket close code 1012. */
class GracefulShutdownTest {
    @TempDir
    Path dir;

    private static int wsClients(LiveShop shop) {
        try {
            return shop.health().path("websocket").path("clients").asInt();
        } catch (Exception e) {
            return -1;
        }
    }

    @Test
    void liveClientsAreToldWhenToReconnect() throws Exception {
        LiveShop shop = new LiveShop(dir);
        String token = shop.login(com.tari.tps.server.engine.EngineFixture.Wallet.random());
        try (SseStream sse = new SseStream(shop.http, shop.server.url("/api/events"), token, null);
             WsClient ws = new WsClient(shop.http, shop.server.url("/ws").replace("http", "ws"))) {
            assertThat(sse.next("connected", Duration.ofSeconds(5))).isNotNull();
            assertThat(LiveShop.eventually(Duration.ofSeconds(5), () -> shop.server.engine != null && wsClients(shop) == 1)).isTrue();
            shop.close();
            SseStream.Received bye = sse.next("shutdown", Duration.ofSeconds(10));
            assertThat(bye).isNotNull();
            assertThat(bye.data()).contains("\"reconnect_after_ms\":3000");
            assertThat(LiveShop.eventually(Duration.ofSeconds(10), () -> ws.closeCode != 0)).isTrue();
            assertThat(ws.closeCode).isEqualTo(1012);
        }
    }
}
