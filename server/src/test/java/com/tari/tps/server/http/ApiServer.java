package com.tari.tps.server.http;

import com.tari.tps.common.jwt.AccessToken;
import com.tari.tps.server.App;
import com.tari.tps.server.config.Environment;
import com.tari.tps.server.config.ServerKeys;
import com.tari.tps.server.engine.EngineFixture;
import com.tari.tps.server.engine.EngineSettings;
import com.tari.tps.server.live.LiveSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** The real server on a free loopback port over a fresh SQLite file, and an OkHttp client for it. */
public final class ApiServer implements AutoCloseable {
    private static final MediaType JSON = MediaType.get("application/json");

    public final EngineFixture engine;
    public final ServerKeys keys;
    private final App app;
    private final OkHttpClient http = new OkHttpClient();

    public ApiServer(Path dir) {
        this(dir, Map.of("TPG_SHOPIFY_HMAC_SECRET", "my_secret"));
    }

    /** With the given TPG_* settings for the web layer (client IP, Shopify webhooks). */
    public ApiServer(Path dir, Map<String, String> settings) {
        this(dir, settings, EngineSettings.from(new Environment(settings::get)), LiveSettings.defaults(), RateLimit.standard());
    }

    /** With engine settings (e.g. a payment wallet address), live heartbeats and a public lookup budget of its own. */
    public ApiServer(Path dir, Map<String, String> settings, EngineSettings engineSettings, LiveSettings live, RateLimit lookups) {
        engine = new EngineFixture(dir, engineSettings);
        Environment env = new Environment(settings::get);
        keys = ServerKeys.load(env, dir.resolve("data/server_key.json"));
        HttpApi api = new HttpApi(engine.database, keys, engine.clock,
                new ClientIp(env.flag("TPG_USE_X_FORWARDED_FOR", false), env.flag("TPG_USE_FORWARDED", false)),
                !env.flag("TPG_DISABLE_WALLET_WHITELIST", false), 64 * 1024, AccessToken.DEFAULT_LIFETIME,
                com.tari.tps.server.shopify.ShopifySettings.from(env), live, lookups);
        app = App.start(api, engine.engine, "127.0.0.1", 0);
    }

    public int port() {
        return app.port();
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
        engine.close();
    }
}
