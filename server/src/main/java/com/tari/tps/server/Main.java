package com.tari.tps.server;

import com.tari.tps.common.jwt.AccessToken;
import com.tari.tps.server.config.Environment;
import com.tari.tps.server.config.HelpText;
import com.tari.tps.server.config.ServerKeys;
import com.tari.tps.server.http.ClientIp;
import com.tari.tps.server.http.HttpApi;
import com.tari.tps.server.outbox.Outbox;
import com.tari.tps.server.shopify.ShopifyCallbackWorker;
import com.tari.tps.server.shopify.ShopifyOutbox;
import com.tari.tps.server.shopify.ShopifySettings;
import com.tari.tps.shopify.admin.RetryPolicy;
import com.tari.tps.shopify.admin.ShopifyAdminClient;
import java.nio.file.Path;
import com.tari.tps.server.db.Database;
import com.tari.tps.server.engine.Engine;
import com.tari.tps.server.engine.EngineSettings;
import com.tari.tps.server.events.EventBus;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the payment server: database, engine and its expiry worker, then HTTP. Configuration from {@code TPG_*}. */
public final class Main {
    private static final Logger log = LoggerFactory.getLogger(Main.class);
    private static final Duration EXPIRY_INTERVAL = Duration.ofMinutes(1);
    private static final long MAX_BODY_BYTES = 1024 * 1024;
    private static final Duration CALLBACK_INTERVAL = Duration.ofSeconds(10);

    private Main() {}

    /**
     * The engine settings, checked: a malformed value stops the server. With {@code TPG_SKIP_PREFLIGHT=Yes} a bad
     * {@code TPG_PAYMENT_WALLET_ADDRESS} is only warned about (claims then show no address); key and database checks
     * always apply, since running with them broken would let nobody in or lose data.
     */
    private static EngineSettings preflight(Environment env) {
        try {
            return EngineSettings.from(env);
        } catch (Environment.ConfigException e) {
            if (!env.flag("TPG_SKIP_PREFLIGHT", false) || !e.getMessage().startsWith("TPG_PAYMENT_WALLET_ADDRESS")) {
                throw e;
            }
            log.warn("Preflight skipped: {}", e.getMessage());
            return EngineSettings.from(new Environment(name -> name.equals("TPG_PAYMENT_WALLET_ADDRESS") ? null : env.get(name).orElse(null)));
        }
    }

    public static void main(String[] args) {
        Environment env = Environment.system();
        if (args.length > 0) {
            System.out.print(HelpText.of(env));
            return;
        }
        String host;
        int port;
        EngineSettings settings;
        Database database;
        HttpApi api;
        try {
            host = env.get("TPG_HOST", "127.0.0.1");
            port = env.port("TPG_PORT", 8360);
            settings = preflight(env);
            database = Database.open(env.get("TPG_DATABASE_URL", "sqlite://data/tari_store.db"),
                    env.positiveInt("TPG_MAX_CONNECTIONS", Database.DEFAULT_MAX_CONNECTIONS));
            ServerKeys keys = ServerKeys.load(env, Path.of(database.location()).resolveSibling("server_key.json"));
            api = new HttpApi(database, keys, Clock.systemUTC(),
                    new ClientIp(env.flag("TPG_USE_X_FORWARDED_FOR", false), env.flag("TPG_USE_FORWARDED", false)),
                    !env.flag("TPG_DISABLE_WALLET_WHITELIST", false), MAX_BODY_BYTES,
                    env.duration("TPG_ACCESS_TOKEN_TTL", AccessToken.DEFAULT_LIFETIME), ShopifySettings.from(env));
            if (env.get("TPG_SHOPIFY_SHOP").isEmpty() || env.get("TPG_SHOPIFY_ADMIN_ACCESS_TOKEN").isEmpty()) {
                log.warn("Shopify Admin API calls are disabled: set TPG_SHOPIFY_SHOP and TPG_SHOPIFY_ADMIN_ACCESS_TOKEN to enable them");
            }
            if (api.shopify().hmacChecks() && api.shopify().hmacSecret().isEmpty()) {
                log.warn("TPG_SHOPIFY_HMAC_SECRET is not set: every Shopify webhook will be refused (403)");
            }
        } catch (Environment.ConfigException | IllegalArgumentException e) {
            System.err.println("Cannot start: " + e.getMessage());
            System.exit(1);
            return;
        }
        log.info("Database ready at {}", database.location());
        if (settings.paymentWalletAddress().isEmpty()) {
            log.warn("TPG_PAYMENT_WALLET_ADDRESS is not set: claims will not tell shoppers where to pay");
        }
        EventBus events = new EventBus();
        var shopifyAdmin = api.shopify().admin();
        Engine engine = Engine.create(database, Clock.systemUTC(), settings, events,
                shopifyAdmin.isPresent() ? new ShopifyOutbox(api.shopify().capturePayments()) : Outbox.disabled());
        engine.expiry().start(EXPIRY_INTERVAL);
        ShopifyCallbackWorker callbacks = shopifyAdmin.map(config -> new ShopifyCallbackWorker(database,
                new ShopifyAdminClient(config, new RetryPolicy(1, Duration.ZERO, Duration.ZERO, d -> { }, new java.util.Random())),
                Clock.systemUTC())).orElse(null);
        if (callbacks != null) {
            callbacks.start(CALLBACK_INTERVAL);
        }

        App app = App.start(api, engine, host, port);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            engine.expiry().close();
            if (callbacks != null) {
                callbacks.close();
            }
            events.close();
        }, "shutdown"));
        log.info("Tari Payment Server listening on http://{}:{}", host, app.port());
        if (engine.access().hasNoAdmins()) {
            log.warn("No super_admin yet. Create the first one with: bin/taritools setup add-user -a <your wallet address> -r super_admin");
        }
    }

}
