package com.tari.tps.release;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tari.tps.common.address.Network;
import com.tari.tps.common.address.TariAddress;
import com.tari.tps.common.keys.SecretKey;
import com.tari.tps.common.testing.TestSecrets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shopify callbacks from the shipped server reach a stressed Shopify exactly once. Twenty orders are paid, cancelled
 * and expired while Shopify is down; the server is killed (-9) and restarted during the outage; Shopify comes back
 * throttling, with a leaky bucket, losing the answers to three calls it applied, and keeping a fourth call's answer
 * while the server is killed again. At the end every effect is on Shopify once, nothing was repeated into a 422, no
 * call came within a Retry-After, and nothing is listed undelivered, within the delivery bound after Shopify's return.
 */
class ShopifyDeliveryIT {
    private static final MediaType JSON = MediaType.get("application/json");
    private static final String HMAC_SECRET = TestSecrets.SHOPIFY_HMAC_SECRET;
    /** SHOPIFY_INTEGRATION.md promises delivery within this long of Shopify's return for a backlog of 20. */
    private static final Duration DELIVERY_BOUND = Duration.ofSeconds(90);

    @TempDir
    Path temp;

    private final ObjectMapper json = new ObjectMapper();
    private final OkHttpClient http = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(30)).build();
    private StressedShopify shopify;
    private Shipped shipped;
    private Process server;
    private Path serverLog;
    private String base;
    private int starts;

    @BeforeEach
    void setUp() throws IOException {
        Shipped.assertJarsBuilt();
        shopify = new StressedShopify();
    }

    @AfterEach
    void tearDown() throws Exception {
        if (server != null) {
            server.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
        }
        shopify.close();
    }

    @Test
    void everyCallbackReachesAStressedShopifyExactlyOnce() throws Exception {
        SecretKey adminKey = SecretKey.random();
        TariAddress admin = TariAddress.single(Network.MAINNET, TariAddress.FEATURES_DEFAULT, adminKey.publicKey());
        Path shop = Files.createDirectories(temp.resolve("shop"));
        int port = Shipped.freePort();
        base = "http://127.0.0.1:" + port;
        Files.writeString(shop.resolve(".env"), String.join("\n",
                "TPG_HOST=127.0.0.1",
                "TPG_PORT=" + port,
                "TPG_DATABASE_URL=sqlite://data/tari_store.db",
                "TPG_SHOPIFY_SHOP=" + shopify.shop(),
                "TPG_SHOPIFY_ADMIN_ACCESS_TOKEN=" + StressedShopify.TOKEN,
                "TPG_SHOPIFY_API_VERSION=" + StressedShopify.VERSION,
                "TPG_SHOPIFY_HMAC_SECRET=" + HMAC_SECRET,
                // A configured token key pair (not a generated one), so the suite's log scan looks for it too.
                "TPG_JWT_SIGNING_KEY=" + TestSecrets.JWT_SIGNING_KEY,
                "TPG_JWT_VERIFICATION_KEY=" + SecretKey.fromHex(TestSecrets.JWT_SIGNING_KEY).publicKey().toHex(),
                "TPG_UNCLAIMED_ORDER_TIMEOUT=15s",
                "TPG_EXPIRY_INTERVAL=2s",
                ""));
        shipped = new Shipped(shop, Map.of("HOME", temp.toString()));
        assertThat(shipped.taritools("setup", "add-user", "-a", admin.toBase58(), "-r", "write").exit()).isZero();

        // Shopify is down while 20 orders arrive: 8 are paid, 6 cancelled, 6 left to expire.
        shopify.down.set(true);
        start();
        String token = login(adminKey);
        List<String> paid = new ArrayList<>();
        List<String> cancelled = new ArrayList<>();
        List<String> expiring = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String id = Long.toString(6_100_001 + i);
            shopify.hasOrder(id);
            webhook(id);
            (i < 8 ? paid : i < 14 ? cancelled : expiring).add(id);
        }
        for (String id : paid) {
            assertThat(call("POST", "/api/fulfill", token, "{\"order_id\":\"" + id + "\",\"reason\":\"paid in Tari\"}")).isEqualTo(200);
        }
        for (String id : cancelled) {
            assertThat(call("POST", "/api/cancel", token, "{\"order_id\":\"" + id + "\",\"reason\":\"out of stock\"}")).isEqualTo(200);
        }
        assertThat(Shipped.eventually(Duration.ofSeconds(40), () -> callbacks(token).size() == 20))
                .as("the expiry worker cancels the unclaimed ones: " + log()).isTrue();

        // kill -9 during the outage; the outbox survives in the store.
        kill();
        start();
        assertThat(Shipped.eventually(Duration.ofSeconds(20), () -> shopify.calls.get() > 0)).isTrue();
        Thread.sleep(3_000);

        // Shopify is back, throttling every call for 3 s while an admin updates the rate three times at once (each
        // update reprices products and writes the theme's rate, so those calls compete with the outbox for the shop);
        // then it loses three answers and holds a fourth.
        shopify.loseNext.set(3);
        shopify.holdNext.set(true);
        Instant back = Instant.now();
        shopify.throttleFor(Duration.ofSeconds(3));
        shopify.down.set(false);
        List<java.util.concurrent.CompletableFuture<Integer>> rates = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String rate = "{\"currency\":\"USD\",\"rate\":" + (1_000_000 + i) + "}";
            rates.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return call("POST", "/api/exchange_rate", token, rate);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }));
        }
        for (var rate : rates) {
            assertThat(rate.get(60, TimeUnit.SECONDS)).as("a rate update waits out the throttle, then succeeds" + log()).isEqualTo(200);
        }
        assertThat(shopify.held.await(DELIVERY_BOUND.toSeconds(), TimeUnit.SECONDS)).as("a call in flight: " + log()).isTrue();
        kill();
        start();
        String adminToken = login(adminKey);
        assertThat(Shipped.eventually(DELIVERY_BOUND.minus(Duration.between(back, Instant.now())),
                () -> callbacks(adminToken).isEmpty()))
                .as("every callback delivered within " + DELIVERY_BOUND + " of Shopify's return; left: " + callbacks(adminToken) + log())
                .isTrue();

        System.out.println("All 20 callbacks delivered " + Duration.between(back, Instant.now()).toMillis()
                + " ms after Shopify's return, " + shopify.calls.get() + " calls in all");
        assertThat(shopify.loseNext.get()).as("three answers were lost").isZero();

        List<String> expected = new ArrayList<>();
        paid.forEach(id -> expected.add(id + " paid"));
        cancelled.forEach(id -> expected.add(id + " cancelled"));
        expiring.forEach(id -> expected.add(id + " cancelled"));
        assertThat(shopify.applied).as("each effect on Shopify exactly once").containsExactlyInAnyOrderElementsOf(expected);
        assertThat(shopify.repeats).as("no call repeated an effect already in place (422)").isEmpty();
        assertThat(shopify.violations).as("token and API version on every call, quiet after every 429").isEmpty();
        assertThat(shopify.throttled.get()).as("the throttle phase happened").isGreaterThanOrEqualTo(2);
        assertThat(log()).doesNotContain(StressedShopify.TOKEN).doesNotContain(HMAC_SECRET);
    }

    private void start() throws Exception {
        serverLog = temp.resolve("server-" + ++starts + ".log");
        server = shipped.start(List.of(Shipped.ROOT.resolve("bin/tari-payment-server").toString()), serverLog);
        assertThat(Shipped.eventually(Duration.ofSeconds(60), () -> !server.isAlive() || healthy())).isTrue();
        assertThat(server.isAlive()).as(log()).isTrue();
    }

    private void kill() throws InterruptedException {
        server.destroyForcibly();
        assertThat(server.waitFor(20, TimeUnit.SECONDS)).isTrue();
    }

    private String login(SecretKey key) throws Exception {
        Shipped.Run login = shipped.taritools("token", "-s", key.toHex(), "-r", "write");
        assertThat(login.exit()).as(login.output()).isZero();
        List<String> lines = login.output().lines().toList();
        try (Response r = http.newCall(new Request.Builder().url(base + "/auth")
                .header("tpg_auth_token", lines.get(lines.indexOf("token:") + 1).trim())
                .post(RequestBody.create(new byte[0], null)).build()).execute()) {
            String body = r.body().string();
            assertThat(r.code()).as(body).isEqualTo(200);
            return body.trim();
        }
    }

    private void webhook(String id) throws Exception {
        String order = "{\"id\":" + id + ",\"name\":\"#" + id + "\",\"created_at\":\"" + Instant.now() + "\",\"currency\":\"XTR\","
                + "\"total_price\":\"1.50\",\"customer\":{\"id\":" + id + "},\"note\":null}";
        try (Response r = http.newCall(new Request.Builder().url(base + "/shopify/webhook/checkout_create")
                .header("X-Shopify-Hmac-Sha256", hmac(order)).header("X-Shopify-Topic", "orders/create")
                .header("X-Shopify-Webhook-Id", "delivery-" + id)
                .post(RequestBody.create(order, JSON)).build()).execute()) {
            assertThat(r.code()).as(r.body().string()).isEqualTo(200);
        }
    }

    private int call(String method, String path, String token, String body) throws IOException {
        try (Response r = http.newCall(new Request.Builder().url(base + path).header("tpg_access_token", token)
                .method(method, body == null ? null : RequestBody.create(body, JSON)).build()).execute()) {
            return r.code();
        }
    }

    private JsonNode callbacks(String token) throws IOException {
        try (Response r = http.newCall(new Request.Builder().url(base + "/api/callbacks").header("tpg_access_token", token).build()).execute()) {
            String text = r.body().string();
            assertThat(r.code()).as(text).isEqualTo(200);
            return json.readTree(text);
        }
    }

    private boolean healthy() {
        try (Response r = http.newCall(new Request.Builder().url(base + "/health").build()).execute()) {
            return r.code() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private String log() throws IOException {
        return serverLog != null && Files.exists(serverLog) ? "\n" + Files.readString(serverLog) : "";
    }

    private static String hmac(String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(HMAC_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

}
