package com.tari.tps.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tari.tps.common.jwt.LoginToken;
import com.tari.tps.common.jwt.Role;
import com.tari.tps.common.testing.TestSecrets;
import com.tari.tps.server.engine.EngineFixture.Wallet;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /metrics} over a real port: who may read it, and that its numbers are the ones a real sale produced. */
class MetricsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SHOPIFY_ORDER = "5796499259604";
    /** The fixture's order at 30 Tari a dollar. */
    private static final long SHOPIFY_PRICE = 207_000_000;

    @TempDir
    Path dir;
    ApiServer server;
    final OkHttpClient http = new OkHttpClient();
    final HotWallet hotWallet = new HotWallet();
    final Wallet alice = Wallet.random();
    final Wallet admin = Wallet.random();

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void metricsNeedAReadAllTokenOnTheMainPort() throws Exception {
        server = new ApiServer(dir);
        server.engine.engine.access().updateRoles(admin.address(), List.of(Role.READ_ALL), List.of());
        String user = login(alice, 1, List.of(Role.USER));
        String reader = login(admin, 1, List.of(Role.USER, Role.READ_ALL));

        try (Response r = server.get("/metrics", null)) {
            assertThat(r.code()).isEqualTo(401);
            assertThat(r.body().string()).doesNotContain("jvm_");
        }
        try (Response r = server.get("/metrics", user)) {
            assertThat(r.code()).isEqualTo(403);
            assertThat(r.body().string()).doesNotContain("jvm_");
        }
        try (Response r = server.get("/metrics", reader)) {
            assertThat(r.code()).isEqualTo(200);
            assertThat(r.header("Content-Type")).startsWith("text/plain").contains("version=0.0.4");
            String body = r.body().string();
            assertThat(body).contains("# TYPE tps_orders gauge").contains("# TYPE tps_payments_received_total counter");
            Scrape scrape = Scrape.of(body);
            assertThat(scrape.named("jvm_memory_used_bytes")).isNotEmpty();
            assertThat(scrape.named("jvm_threads_live_threads")).isNotEmpty();
            assertThat(scrape.named("process_uptime_seconds")).isNotEmpty();
            assertThat(scrape.named("system_cpu_count")).isNotEmpty();
            assertThat(scrape.named("jvm_gc_memory_allocated_bytes_total")).isNotEmpty();
            assertThat(scrape.value("tps_live_clients", Map.of("feed", "sse"))).hasValue(0);
            assertThat(scrape.value("tps_live_clients", Map.of("feed", "websocket"))).hasValue(0);
            assertThat(scrape.value("tps_shopify_outbox_callbacks", Map.of("status", "Pending"))).hasValue(0);
            assertThat(scrape.value("tps_shopify_outbox_oldest_pending_age_seconds", Map.of())).hasValue(0);
            assertThat(scrape.named("tps_db_write_batches_seconds_count")).as("logins wrote nonces").isNotEmpty();
        }
        // What a Prometheus scrape config with `authorization: credentials` sends.
        try (Response r = http.newCall(new Request.Builder().url(server.url("/metrics")).header("Authorization", "Bearer " + reader).build()).execute()) {
            assertThat(r.code()).isEqualTo(200);
        }
        try (Response r = http.newCall(new Request.Builder().url(server.url("/metrics")).header("Authorization", "Bearer " + user).build()).execute()) {
            assertThat(r.code()).isEqualTo(403);
        }
    }

    @Test
    void aSaleShowsInTheCountersAndGaugesAndRequestsAreLabelledByTheirRoute() throws Exception {
        server = new ApiServer(dir);
        server.engine.engine.wallets().register(hotWallet.address(), "127.0.0.1", 0);
        server.engine.engine.access().updateRoles(admin.address(), List.of(Role.READ_ALL, Role.WRITE), List.of());
        String reader = login(admin, 1, List.of(Role.USER, Role.READ_ALL, Role.WRITE));
        try (Response r = server.post("/api/exchange_rate", "{\"currency\":\"USD\",\"rate\":30000000}", Map.of("tpg_access_token", reader))) {
            assertThat(r.code()).isEqualTo(200);
        }

        // A Shopify order (webhook), another one left unclaimed, and one cancelled.
        try (Response r = http.newCall(new Request.Builder().url(server.url("/shopify/webhook/checkout_create"))
                .header("X-Shopify-Hmac-Sha256", shopifySignature(fixture("checkout_create.json")))
                .post(RequestBody.create(fixture("checkout_create.json"), MediaType.get("application/json"))).build()).execute()) {
            assertThat(r.code()).isEqualTo(200);
        }
        assertThat(server.engine.engine.orders().find(SHOPIFY_ORDER).orElseThrow().totalPrice().value()).isEqualTo(SHOPIFY_PRICE);
        server.engine.order("left-unclaimed", "cust-2", 1_000);
        server.engine.order("to-cancel", "cust-3", 2_000);
        server.engine.engine.orders().cancel("to-cancel", "test");

        // Alice claims it, looks at it, pays it (signed by the hot wallet) and the payment confirms; a second payment stays unconfirmed.
        try (Response r = server.post("/order/claim", alice.claim(SHOPIFY_ORDER).toJson(), Map.of())) {
            assertThat(r.code()).isEqualTo(200);
        }
        String aliceToken = login(alice, 1, List.of(Role.USER));
        try (Response r = server.get("/api/order/id/" + SHOPIFY_ORDER, aliceToken)) {
            assertThat(r.code()).isEqualTo(200);
        }
        assertThat(walletPost("/wallet/incoming_payment", hotWallet.payment(alice.address(), "tx-1", SHOPIFY_PRICE)).get("success").asBoolean()).isTrue();
        assertThat(walletPost("/wallet/tx_confirmation", hotWallet.confirmation("tx-1")).get("success").asBoolean()).isTrue();
        assertThat(walletPost("/wallet/incoming_payment", hotWallet.payment(alice.address(), "tx-2", 5)).get("success").asBoolean()).isTrue();
        try (Response r = server.get("/api/balance", null)) {
            assertThat(r.code()).isEqualTo(401);
        }
        try (Response r = server.get("/no/such/page/12345", null)) {
            assertThat(r.code()).isEqualTo(404);
        }

        // Events reach the counters on the event thread, just after each commit: wait for the last one.
        Scrape scrape = scrapeUntil(reader, s -> s.valueOrZero("tps_payments_received_total", Map.of("type", "on_chain")) >= 2
                && s.valueOrZero("tps_payments_matched_microtari_total", Map.of()) > 0);
        assertThat(scrape.value("tps_payments_received_total", Map.of("type", "on_chain"))).hasValue(2);
        assertThat(scrape.value("tps_payments_confirmed_total", Map.of("type", "on_chain"))).hasValue(1);
        assertThat(scrape.value("tps_payments_received_total", Map.of("type", "manual"))).hasValue(0);
        assertThat(scrape.value("tps_payments_matched_microtari_total", Map.of())).hasValue((double) SHOPIFY_PRICE);
        assertThat(scrape.value("tps_orders_paid_total", Map.of())).hasValue(1);

        assertThat(scrape.value("tps_orders", Map.of("status", "Paid"))).hasValue(1);
        assertThat(scrape.value("tps_orders", Map.of("status", "Unclaimed"))).hasValue(1);
        assertThat(scrape.value("tps_orders", Map.of("status", "Cancelled"))).hasValue(1);
        assertThat(scrape.value("tps_orders", Map.of("status", "New"))).hasValue(0);
        assertThat(scrape.value("tps_orders", Map.of("status", "Expired"))).hasValue(0);

        String requests = "tps_http_server_requests_seconds_count";
        assertThat(scrape.value(requests, Map.of("method", "GET", "uri", "/api/order/id/{order_id}", "status", "200"))).hasValue(1);
        assertThat(scrape.value(requests, Map.of("method", "POST", "uri", "/wallet/incoming_payment", "status", "200"))).hasValue(2);
        assertThat(scrape.value(requests, Map.of("method", "POST", "uri", "/wallet/tx_confirmation", "status", "200"))).hasValue(1);
        assertThat(scrape.value(requests, Map.of("method", "POST", "uri", "/shopify/webhook/checkout_create", "status", "200"))).hasValue(1);
        assertThat(scrape.value(requests, Map.of("method", "GET", "uri", "/api/balance", "status", "401")))
                .as("refused before its route matched, still counted under it").hasValue(1);
        assertThat(scrape.value(requests, Map.of("method", "GET", "uri", "NOT_FOUND", "status", "404"))).hasValue(1);
        assertThat(scrape.named("tps_http_server_requests_seconds_bucket")).as("a histogram for percentiles").isNotEmpty();
        assertThat(scrape.series()).filteredOn(s -> s.name().startsWith("tps_http_server_requests"))
                .allSatisfy(s -> assertThat(s.labels().get("uri")).doesNotContain(SHOPIFY_ORDER).doesNotContain("12345"));
        assertThat(scrape.value("tps_db_write_batches_seconds_count", Map.of("outcome", "committed")).orElse(0)).isPositive();
    }

    @Test
    void aMetricsAddressServesThemWithoutATokenAndTheMainPortNoLonger() throws Exception {
        server = new ApiServer(dir, Map.of("TPG_SHOPIFY_HMAC_SECRET", TestSecrets.SHOPIFY_HMAC_SECRET, "TPG_METRICS_ADDRESS", "127.0.0.1:0"));
        server.engine.engine.access().updateRoles(admin.address(), List.of(Role.READ_ALL), List.of());
        String reader = login(admin, 1, List.of(Role.USER, Role.READ_ALL));
        server.engine.order("o-1", "cust-1", 1_000);
        try (Response r = server.get("/metrics", reader)) {
            assertThat(r.code()).as("not on the main port").isEqualTo(404);
        }
        int port = server.metricsPort().orElseThrow();
        assertThat(port).isNotEqualTo(server.port());
        String url = "http://127.0.0.1:" + port;
        try (Response r = http.newCall(new Request.Builder().url(url + "/metrics").build()).execute()) {
            assertThat(r.code()).isEqualTo(200);
            assertThat(r.header("Content-Type")).startsWith("text/plain");
            Scrape scrape = Scrape.of(r.body().string());
            assertThat(scrape.value("tps_orders", Map.of("status", "Unclaimed"))).hasValue(1);
            assertThat(scrape.value("tps_http_server_requests_seconds_count", Map.of("uri", "NOT_FOUND", "status", "404"))).hasValue(1);
        }
        try (Response r = http.newCall(new Request.Builder().url(url + "/api/orders").build()).execute()) {
            assertThat(r.code()).as("only metrics there").isEqualTo(404);
        }
        try (Response r = http.newCall(new Request.Builder().url(url + "/metrics").post(RequestBody.create(new byte[0])).build()).execute()) {
            assertThat(r.code()).isEqualTo(405);
        }
    }

    @Test
    void aMetricsAddressThatCannotBeListenedOnStopsTheServerNamingTheSetting() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            var config = ApiServer.config(dir, Map.of("TPG_METRICS_ADDRESS", "127.0.0.1:" + taken.getLocalPort()));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ApiServer(config))
                    .isInstanceOf(com.tari.tps.server.config.Environment.ConfigException.class)
                    .hasMessageContaining("TPG_METRICS_ADDRESS").hasMessageContaining(Integer.toString(taken.getLocalPort()));
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ApiServer.config(dir, Map.of("TPG_METRICS_ADDRESS", "9100")))
                .hasMessageContaining("TPG_METRICS_ADDRESS must be host:port");
    }

    private Scrape scrapeUntil(String token, Predicate<Scrape> ready) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            Scrape scrape;
            try (Response r = server.get("/metrics", token)) {
                assertThat(r.code()).isEqualTo(200);
                scrape = Scrape.of(r.body().string());
            }
            if (ready.test(scrape) || System.nanoTime() > deadline) {
                return scrape;
            }
            Thread.sleep(50);
        }
    }

    private JsonNode walletPost(String path, String body) throws Exception {
        try (Response r = server.post(path, body, Map.of())) {
            String text = r.body().string();
            assertThat(r.code()).as(text).isEqualTo(200);
            return JSON.readTree(text);
        }
    }



    private String login(Wallet who, long nonce, List<Role> roles) throws Exception {
        try (Response r = server.post("/auth", null, Map.of("tpg_auth_token", new LoginToken(who.address(), nonce, roles).sign(who.key())))) {
            assertThat(r.code()).isEqualTo(200);
            return r.body().string();
        }
    }

    /** The body signed as Shopify signs it: base64 of HMAC-SHA256 with the webhook secret the server has. */
    private static String shopifySignature(byte[] body) throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(TestSecrets.SHOPIFY_HMAC_SECRET.getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
        return java.util.Base64.getEncoder().encodeToString(mac.doFinal(body));
    }

    private static byte[] fixture(String name) throws Exception {
        try (InputStream in = MetricsTest.class.getResourceAsStream("/shopify/" + name)) {
            return in.readAllBytes();
        }
    }
}
