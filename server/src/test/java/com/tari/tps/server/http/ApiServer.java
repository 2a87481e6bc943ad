package com.tari.tps.server.http;

import com.tari.tps.common.testing.TestSecrets;
import com.tari.tps.server.App;
import com.tari.tps.server.ServerConfig;
import com.tari.tps.server.config.Environment;
import com.tari.tps.server.config.ServerKeys;
import com.tari.tps.server.engine.EngineFixture;
import com.tari.tps.server.config.EngineSettings;
import com.tari.tps.server.engine.MutableClock;
import com.tari.tps.server.live.LiveSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The real server on a free loopback port over a fresh store (SQLite file, or PostgreSQL database under
 * {@code -Dtps.test.store=postgresql}), started through the same composition root as
 * {@code Main} ({@link App#start}) from {@code TPG_*} settings, on a clock the test moves; and an OkHttp client for it.
 */
public final class ApiServer implements AutoCloseable {
    private static final MediaType JSON = MediaType.get("application/json");

    public final EngineFixture engine;
    public final ServerKeys keys;
    private final App app;
    private final OkHttpClient http = new OkHttpClient();

    public ApiServer(Path dir) {
        this(dir, Map.of("TPG_SHOPIFY_HMAC_SECRET", TestSecrets.SHOPIFY_HMAC_SECRET,
                // A configured token key pair (not a generated one), so the suite's log scan looks for it too.
                "TPG_JWT_SIGNING_KEY", TestSecrets.JWT_SIGNING_KEY,
                "TPG_JWT_VERIFICATION_KEY", com.tari.tps.common.keys.SecretKey.fromHex(TestSecrets.JWT_SIGNING_KEY).publicKey().toHex()));
    }

    /** With the given TPG_* settings (client IP, Shopify webhooks, engine timeouts...). */
    public ApiServer(Path dir, Map<String, String> settings) {
        this(config(dir, settings));
    }

    /** With engine settings (e.g. a payment wallet address), live heartbeats and a public lookup budget of its own. */
    public ApiServer(Path dir, Map<String, String> settings, EngineSettings engineSettings, LiveSettings live, RateLimit lookups) {
        this(config(dir, settings).withEngine(engineSettings).withLive(live, lookups));
    }

    /** With a configuration of the test's own, still on port 0 and the test's clock. */
    public ApiServer(ServerConfig config) {
        MutableClock clock = new MutableClock(EngineFixture.START);
        app = App.start(config.withPort(0), clock);
        engine = new EngineFixture(app.engine(), app.database(), clock);
        keys = app.keys();
    }

    /** The settings as the server reads them, over a database in {@code dir/data} and on loopback. */
    public static ServerConfig config(Path dir, Map<String, String> settings) {
        Map<String, String> all = new java.util.HashMap<>(settings);
        if (!all.containsKey("TPG_DATABASE_URL")) {
            all.put("TPG_DATABASE_URL", com.tari.tps.server.db.TestStores.freshUrl(dir));
            com.tari.tps.server.db.TestStores.serverSettings().forEach(all::putIfAbsent);
        }
        all.putIfAbsent("TPG_HOST", "127.0.0.1");
        return ServerConfig.from(new Environment(all::get));
    }

    public int port() {
        return app.port();
    }

    /** The TPG_METRICS_ADDRESS listener's port; empty when /metrics is on the main port. */
    public java.util.OptionalInt metricsPort() {
        return app.metricsPort();
    }

    /** The routes the running server registered. */
    public java.util.List<App.Route> routes() {
        return app.routes();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }

    public Response get(String path, String accessToken) throws IOException {
        Request.Builder b = new Request.Builder().url(url(path));
        if (accessToken != null) {
            b.header("tpg_access_token", accessToken);
        }
        return http.newCall(b.build()).execute();
    }

    public Response post(String path, String json, Map<String, String> headers) throws IOException {
        Request.Builder b = new Request.Builder().url(url(path)).post(RequestBody.create(json == null ? "" : json, JSON));
        headers.forEach(b::header);
        return http.newCall(b.build()).execute();
    }

    @Override
    public void close() {
        app.close();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
