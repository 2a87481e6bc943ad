package com.tari.tps.server.http;

import static com.tari.tps.server.http.LiveShop.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.tari.tps.server.engine.EngineFixture.Wallet;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checkout WebSocket {@code /ws} with real OkHttp WebSocket clients and a raw socket that never answers. */
class OrderSocketsTest {
    private static final Duration WAIT = Duration.ofSeconds(3);

    @TempDir
    Path dir;
    LiveShop shop;
    Wallet alice = Wallet.random();

    @BeforeEach
    void start() {
        shop = new LiveShop(dir);
    }

    @AfterEach
    void stop() {
        shop.close();
    }

    private WsClient connect() {
        return new WsClient(shop.http, shop.server.url("/ws").replaceFirst("^http", "ws"));
    }

    @Test
    void everyClientWatchingAnOrderHearsThePaymentWithinOneSecondAndThenPaid() throws Exception {
        shop.server.engine.order("order-1", "cust-1", 3_000_000);
        try (WsClient page = connect(); WsClient secondTab = connect()) {
            page.identify("order-1");
            secondTab.identify("order-1");
            WsClient.Message identified = page.next("identified", WAIT);
            assertThat(identified).isNotNull();
            assertThat(identified.body().get("order_id").asText()).isEqualTo("order-1");
            assertThat(identified.body().get("status").asText()).isEqualTo("Unclaimed");
            assertThat(identified.body().get("amount_due").asLong()).isEqualTo(3_000_000);
            assertThat(identified.body().has("customer_id")).isFalse();
            assertThat(secondTab.next("identified", WAIT)).isNotNull();

            long noticeSent = System.nanoTime();
            shop.paymentNotice(alice, "tx-1", 3_000_000, alice.claim("order-1").toJson());
            for (WsClient client : new WsClient[] {page, secondTab}) {
                WsClient.Message payment = client.next("payment", WAIT);
                assertThat(payment).isNotNull();
                assertThat(Duration.ofNanos(payment.atNanos() - noticeSent)).isLessThan(Duration.ofSeconds(1));
                assertThat(payment.body().get("order_id").asText()).isEqualTo("order-1");
                assertThat(payment.body().get("amount").asLong()).isEqualTo(3_000_000);
                assertThat(payment.body().get("status").asText()).isEqualTo("received");
                assertThat(payment.body().toString()).doesNotContain(alice.address().toBase58());
            }

            shop.confirmationNotice("tx-1");
            for (WsClient client : new WsClient[] {page, secondTab}) {
                WsClient.Message paid = null;
                for (WsClient.Message m = client.next("status", WAIT); m != null; m = client.next("status", WAIT)) {
                    if (m.body().get("status").asText().equals("Paid")) {
                        paid = m;
                        break;
                    }
                }
                assertThat(paid).as("a status message saying Paid").isNotNull();
                assertThat(paid.body().get("amount_due").asLong()).isZero();
                assertThat(paid.body().get("amount_paid").asLong()).isEqualTo(3_000_000);
            }
        }
    }

    @Test
    void anUnknownMessageGetsAnErrorAndTheConnectionStaysUsable() throws Exception {
        shop.server.engine.order("order-2", "cust-2", 5);
        try (WsClient client = connect()) {
            client.send("{\"type\":\"dance\"}");
            WsClient.Message error = client.next("error", WAIT);
            assertThat(error).isNotNull();
            assertThat(error.body().get("message").asText()).contains("dance");
            client.send("not json at all");
            assertThat(client.next("error", WAIT)).isNotNull();
            client.identify("no-such-order");
            assertThat(client.next("error", WAIT).body().get("message").asText()).isEqualTo("No such order.");

            client.identify("order-2");
            assertThat(client.next("identified", WAIT)).as("still connected and working").isNotNull();
            assertThat(client.closed).isFalse();
        }
    }

    @Test
    void aSilentClientIsDroppedByTheHeartbeatWhileAnAnsweringOneStays() throws Exception {
        try (WsClient answering = connect(); Socket silent = new Socket("127.0.0.1", shop.server.port())) {
            silent.setSoTimeout(5000);
            OutputStream out = silent.getOutputStream();
            out.write(("GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = silent.getInputStream();
            assertThat(new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII)).readLine())
                    .startsWith("HTTP/1.1 101");
            assertThat(eventually(WAIT, () -> wsClients() == 2)).isTrue();

            long start = System.nanoTime();
            boolean closedByServer = false;
            try {
                byte[] buffer = new byte[1024];
                while (true) {
                    if (in.read(buffer) < 0) {
                        closedByServer = true;
                        break;
                    }
                }
            } catch (SocketTimeoutException e) {
                closedByServer = false;
            } catch (java.io.IOException e) {
                closedByServer = true; // reset by the server
            }
            assertThat(closedByServer).as("the server hung up on the silent client").isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
            assertThat(eventually(WAIT, () -> wsClients() == 1)).isTrue();
            assertThat(answering.pings).as("the answering client got pings").hasSizeGreaterThanOrEqualTo(2);
            assertThat(answering.closed).isFalse();
        }
    }

    private int wsClients() {
        try {
            return shop.health().get("websocket").get("clients").asInt();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
