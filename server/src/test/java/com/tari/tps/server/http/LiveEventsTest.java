package com.tari.tps.server.http;

import static com.tari.tps.server.http.LiveShop.JSON;
import static com.tari.tps.server.http.LiveShop.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.tari.tps.common.jwt.Role;
import com.tari.tps.server.engine.EngineFixture.Wallet;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SSE {@code GET /api/events} with real OkHttp SSE clients over a real port and SQLite file. */
class LiveEventsTest {
    private static final Duration WAIT = Duration.ofSeconds(3);

    @TempDir
    Path dir;
    LiveShop shop;
    Wallet alice = Wallet.random();
    Wallet bob = Wallet.random();

    @BeforeEach
    void start() {
        shop = new LiveShop(dir);
    }

    @AfterEach
    void stop() {
        shop.close();
    }

    private SseStream stream(String token, String lastEventId) throws InterruptedException {
        SseStream stream = new SseStream(shop.http, shop.server.url("/api/events"), token, lastEventId);
        SseStream.Received hello = stream.next(WAIT);
        assertThat(hello).as("connected event").isNotNull();
        assertThat(hello.type()).isEqualTo("connected");
        return stream;
    }

    @Test
    void shopperHearsTheirPaymentWithinOneSecondOfTheWalletNotice() throws Exception {
        shop.server.engine.order("order-1", "cust-1", 2_000_000);
        try (SseStream stream = stream(shop.login(alice), null)) {
            long noticeSent = System.nanoTime();
            shop.paymentNotice(alice, "tx-1", 2_000_000, alice.claim("order-1").toJson());
            SseStream.Received received = stream.next("PaymentReceived", WAIT);

            assertThat(received).isNotNull();
            assertThat(Duration.ofNanos(received.atNanos() - noticeSent)).isLessThan(Duration.ofSeconds(1));
            JsonNode payment = JSON.readTree(received.data()).get("payment");
            assertThat(payment.get("txid").asText()).isEqualTo("tx-1");
            assertThat(payment.get("sender").asText()).isEqualTo(alice.address().toBase58());
            assertThat(payment.get("amount").asLong()).isEqualTo(2_000_000);
            assertThat(Long.parseLong(received.id())).isPositive();

            shop.confirmationNotice("tx-1");
            SseStream.Received paid = stream.next("OrderPaid", WAIT);
            assertThat(paid).isNotNull();
            assertThat(JSON.readTree(paid.data()).get("order").get("status").asText()).isEqualTo("Paid");
            assertThat(Long.parseLong(paid.id())).isGreaterThan(Long.parseLong(received.id()));
        }
    }

    @Test
    void aShopperSeesOnlyTheirOwnEventsAndAReaderOfAllSeesEverything() throws Exception {
        shop.server.engine.order("order-a", "cust-a", 1_000);
        shop.server.engine.order("order-b", "cust-b", 1_000);
        Wallet admin = Wallet.random();
        try (SseStream aliceStream = stream(shop.login(alice), null);
             SseStream bobStream = stream(shop.login(bob), null);
             SseStream adminStream = stream(shop.login(admin, Role.USER, Role.READ_ALL), null)) {
            shop.paymentNotice(bob, "tx-bob", 1_000, bob.claim("order-b").toJson());
            shop.paymentNotice(alice, "tx-alice", 1_000, alice.claim("order-a").toJson());

            assertThat(txidOf(aliceStream.next("PaymentReceived", WAIT))).as("alice's first payment event is hers")
                    .isEqualTo("tx-alice");
            assertThat(txidOf(bobStream.next("PaymentReceived", WAIT))).isEqualTo("tx-bob");
            assertThat(bobStream.next("PaymentReceived", Duration.ofMillis(500))).as("bob never sees alice's payment").isNull();
            List<String> seenByAdmin = new ArrayList<>();
            seenByAdmin.add(txidOf(adminStream.next("PaymentReceived", WAIT)));
            seenByAdmin.add(txidOf(adminStream.next("PaymentReceived", WAIT)));
            assertThat(seenByAdmin).containsExactly("tx-bob", "tx-alice");

            // Order events follow the claim link: each memo claim made an order its sender's; alice sees only hers.
            List<String> aliceOrders = new ArrayList<>();
            for (SseStream.Received e : aliceStream.all) {
                if (e.type().startsWith("Order")) {
                    aliceOrders.add(JSON.readTree(e.data()).get("order").get("order_id").asText());
                }
            }
            assertThat(aliceOrders).isNotEmpty().allMatch("order-a"::equals);
        }
    }

    @Test
    void lastEventIdResumesWithWhatTheClientMissed() throws Exception {
        String token = shop.login(alice);
        String lastSeen;
        try (SseStream first = stream(token, null)) {
            shop.paymentNotice(alice, "tx-1", 10, null);
            lastSeen = first.next("PaymentReceived", WAIT).id();
        }
        shop.paymentNotice(alice, "tx-2", 20, null);
        shop.paymentNotice(bob, "tx-bob", 30, null);
        shop.paymentNotice(alice, "tx-3", 40, null);
        assertThat(eventually(WAIT, () -> shop.server.engine.events.size() >= 4)).isTrue();

        SseStream resumed = new SseStream(shop.http, shop.server.url("/api/events"), token, lastSeen);
        try (resumed) {
            SseStream.Received hello = resumed.next(WAIT);
            assertThat(hello.type()).isEqualTo("connected");
            assertThat(JSON.readTree(hello.data()).get("complete").asBoolean()).isTrue();
            SseStream.Received second = resumed.next("PaymentReceived", WAIT);
            SseStream.Received third = resumed.next("PaymentReceived", WAIT);
            assertThat(List.of(txidOf(second), txidOf(third))).containsExactly("tx-2", "tx-3");
            assertThat(Long.parseLong(second.id())).isGreaterThan(Long.parseLong(lastSeen));
            assertThat(Long.parseLong(third.id())).isGreaterThan(Long.parseLong(second.id()));
            assertThat(resumed.next("PaymentReceived", Duration.ofMillis(300))).as("nothing replayed twice").isNull();
        }
    }

    @Test
    void aResumeFromAnEventNoLongerKeptSaysSoAndReplaysWhatIsKept() throws Exception {
        try (LiveShop small = new LiveShop(dir.resolve("small"), RateLimit.standard(), Map.of(), 2)) {
            String token = small.login(alice);
            String firstId;
            try (SseStream first = new SseStream(small.http, small.server.url("/api/events"), token, null)) {
                assertThat(first.next(WAIT).type()).isEqualTo("connected");
                small.paymentNotice(alice, "tx-1", 10, null);
                firstId = first.next("PaymentReceived", WAIT).id();
            }
            // A client watching throughout: once it has tx-4, the feed holds it too (on PostgreSQL the feed reads the
            // shared event log a moment after the commit, so the engine's own bus is not enough to wait for).
            try (SseStream watcher = new SseStream(small.http, small.server.url("/api/events"), token, null)) {
                assertThat(watcher.next(WAIT).type()).isEqualTo("connected");
                for (String txid : List.of("tx-2", "tx-3", "tx-4")) {
                    small.paymentNotice(alice, txid, 10, null);
                }
                SseStream.Received last;
                do {
                    last = watcher.next("PaymentReceived", WAIT);
                    assertThat(last).isNotNull();
                } while (!txidOf(last).equals("tx-4"));
            }
            try (SseStream resumed = new SseStream(small.http, small.server.url("/api/events"), token, firstId)) {
                SseStream.Received hello = resumed.next(WAIT);
                assertThat(JSON.readTree(hello.data()).get("complete").asBoolean()).as("tx-2 fell out of a buffer of 2").isFalse();
                assertThat(List.of(txidOf(resumed.next("PaymentReceived", WAIT)), txidOf(resumed.next("PaymentReceived", WAIT))))
                        .containsExactly("tx-3", "tx-4");
            }
        }
    }

    @Test
    void aDeadClientIsDroppedByTheKeepAlive() throws Exception {
        String token = shop.login(alice);
        try (Socket socket = new Socket("127.0.0.1", shop.server.port())) {
            socket.setSoTimeout(3000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\ntpg_access_token: "
                    + token + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            assertThat(in.readLine()).startsWith("HTTP/1.1 200");
            String line;
            boolean keepAliveSeen = false;
            while ((line = in.readLine()) != null) {
                if (line.startsWith(": keep-alive")) {
                    keepAliveSeen = true;
                    break;
                }
            }
            assertThat(keepAliveSeen).as("a quiet stream gets keep-alive comments").isTrue();
            assertThat(shop.health().get("sse").get("clients").asInt()).isEqualTo(1);
            socket.setSoLinger(true, 0); // vanish without a goodbye, as a crashed client would
        }
        assertThat(eventually(WAIT, () -> sseClients() == 0)).as("dropped at a keep-alive write").isTrue();
    }

    @Test
    void theStreamNeedsATokenAndAnEventStreamAccept() throws Exception {
        try (Response r = shop.get("/api/events", Map.of("Accept", "text/event-stream"))) {
            assertThat(r.code()).isEqualTo(401);
        }
        try (Response r = shop.get("/api/events", Map.of("tpg_access_token", shop.login(alice)))) {
            assertThat(r.code()).isEqualTo(406);
            assertThat(r.body().string()).contains("text/event-stream");
        }
    }

    private int sseClients() {
        try {
            return shop.health().get("sse").get("clients").asInt();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String txidOf(SseStream.Received event) throws Exception {
        assertThat(event).isNotNull();
        return JSON.readTree(event.data()).get("payment").get("txid").asText();
    }
}
