package com.tari.tps.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tari.tps.common.address.Network;
import com.tari.tps.common.address.TariAddress;
import com.tari.tps.common.amount.MicroTari;
import com.tari.tps.common.jwt.LoginToken;
import com.tari.tps.common.jwt.Role;
import com.tari.tps.common.keys.SecretKey;
import com.tari.tps.common.signatures.NewPayment;
import com.tari.tps.common.testing.TestSecrets;
import com.tari.tps.server.engine.EngineFixture.Wallet;
import com.tari.tps.server.config.EngineSettings;
import com.tari.tps.server.live.LiveSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * A running server for the live-feed stories: a configured payment wallet address, a registered hot wallet that
 * sends signed notices, short heartbeats (SSE 150 ms, WebSocket 150 ms) and a public lookup budget given by the test.
 */
final class LiveShop implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Duration HEARTBEAT = Duration.ofMillis(150);

    final ApiServer server;
    final HotWallet hotWallet = new HotWallet();
    final TariAddress shopAddress = TariAddress.single(Network.MAINNET, 3, SecretKey.random().publicKey());
    final OkHttpClient http = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(10)).build();
    private final AtomicLong loginNonce = new AtomicLong(1);

    LiveShop(Path dir, RateLimit lookups) {
        this(dir, lookups, Map.of("TPG_SHOPIFY_HMAC_SECRET", TestSecrets.SHOPIFY_HMAC_SECRET));
    }

    /** With TPG_* web settings of the test's own (e.g. trusting X-Forwarded-For). */
    LiveShop(Path dir, RateLimit lookups, Map<String, String> webSettings) {
        this(dir, lookups, webSettings, 1000);
    }

    /** Keeping only {@code recentEvents} events for resume. */
    LiveShop(Path dir, RateLimit lookups, Map<String, String> webSettings, int recentEvents) {
        EngineSettings settings = new EngineSettings(true, Duration.ofHours(2), Duration.ofHours(48), false, false,
                Optional.of(shopAddress));
        server = new ApiServer(dir, webSettings, settings, new LiveSettings(HEARTBEAT, HEARTBEAT, recentEvents), lookups);
        server.engine.engine.wallets().register(hotWallet.address(), "127.0.0.1", 0);
    }

    LiveShop(Path dir) {
        this(dir, RateLimit.standard());
    }

    /** Logs the wallet in with the roles (assigning any admin role first) and returns its access token. */
    String login(Wallet who, Role... roles) throws Exception {
        List<Role> wanted = roles.length == 0 ? List.of(Role.USER) : List.of(roles);
        List<Role> admin = wanted.stream().filter(r -> r != Role.USER).toList();
        if (!admin.isEmpty()) {
            server.engine.engine.access().updateRoles(who.address(), admin, List.of());
        }
        String loginToken = new LoginToken(who.address(), loginNonce.getAndIncrement(), wanted).sign(who.key());
        try (Response r = server.post("/auth", null, Map.of("tpg_auth_token", loginToken))) {
            assertThat(r.code()).isEqualTo(200);
            return r.body().string();
        }
    }

    /** The hot wallet's signed notice of a payment from {@code from}, with an optional memo (e.g. a claim). */
    JsonNode paymentNotice(Wallet from, String txid, long microTari, String memo) throws Exception {
        String body = hotWallet.payment(new NewPayment(from.address(), MicroTari.of(microTari), txid, memo, null));
        return json(server.post("/wallet/incoming_payment", body, Map.of()), 200);
    }

    JsonNode confirmationNotice(String txid) throws Exception {
        return json(server.post("/wallet/tx_confirmation", hotWallet.confirmation(txid), Map.of()), 200);
    }

    /** {@code /health?format=json}. */
    JsonNode health() throws Exception {
        return json(server.get("/health?format=json", null), 200);
    }

    Response get(String path, Map<String, String> headers) throws Exception {
        Request.Builder b = new Request.Builder().url(server.url(path));
        headers.forEach(b::header);
        return http.newCall(b.build()).execute();
    }

    static JsonNode json(Response response, int status) throws Exception {
        try (response) {
            String body = response.body().string();
            assertThat(response.code()).as(body).isEqualTo(status);
            return JSON.readTree(body);
        }
    }

    /** Waits up to {@code timeout} for the condition, polling every 20 ms. */
    static boolean eventually(Duration timeout, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(20);
        }
        return condition.getAsBoolean();
    }

    @Override
    public void close() {
        server.close();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
