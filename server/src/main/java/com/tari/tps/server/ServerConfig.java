package com.tari.tps.server;

import com.tari.tps.common.jwt.AccessToken;
import com.tari.tps.server.config.Environment;
import com.tari.tps.server.db.StoreSettings;
import com.tari.tps.server.config.EngineSettings;
import com.tari.tps.server.http.ClientIp;
import com.tari.tps.server.http.RateLimit;
import com.tari.tps.server.live.LiveSettings;
import com.tari.tps.server.shopify.ShopifySettings;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything the server takes from its settings, read and checked once. {@link #from(Environment)} is the only place
 * {@code TPG_*} variables become a running configuration; tests change single fields with the {@code with…} methods.
 *
 * @param env             kept for the signing keys, which are read where the key file is known
 * @param maxBodyBytes    requests above this get 413
 * @param checkWalletIp   false when TPG_DISABLE_WALLET_WHITELIST is on
 * @param publicLookups   per-client-IP budget of the public order lookups
 * @param expiryInterval  how often unpaid orders are expired
 * @param callbackInterval how often the Shopify callback outbox is drained
 * @param metricsAddress  where to serve /metrics without a token (TPG_METRICS_ADDRESS); empty: on the main port, for
 *                        read_all tokens only
 */
public record ServerConfig(
        Environment env,
        String host,
        int port,
        StoreSettings store,
        EngineSettings engine,
        ClientIp clientIp,
        boolean checkWalletIp,
        long maxBodyBytes,
        Duration tokenLifetime,
        ShopifySettings shopify,
        LiveSettings live,
        RateLimit publicLookups,
        Duration expiryInterval,
        Duration callbackInterval,
        Optional<Environment.HostPort> metricsAddress) {

    private static final Logger log = LoggerFactory.getLogger(ServerConfig.class);
    public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

    /**
     * Reads every setting.
     *
     * @throws Environment.ConfigException naming the first malformed variable
     */
    public static ServerConfig from(Environment env) {
        return new ServerConfig(
                env,
                env.get("TPG_HOST", "127.0.0.1"),
                env.port("TPG_PORT", 8360),
                StoreSettings.from(env),
                preflight(env),
                new ClientIp(env.flag("TPG_USE_X_FORWARDED_FOR", false), env.flag("TPG_USE_FORWARDED", false)),
                !env.flag("TPG_DISABLE_WALLET_WHITELIST", false),
                DEFAULT_MAX_BODY_BYTES,
                env.duration("TPG_ACCESS_TOKEN_TTL", AccessToken.DEFAULT_LIFETIME),
                ShopifySettings.from(env),
                LiveSettings.defaults(),
                RateLimit.standard(),
                env.duration("TPG_EXPIRY_INTERVAL", Duration.ofMinutes(1)),
                env.duration("TPG_CALLBACK_INTERVAL", Duration.ofSeconds(10)),
                env.hostPort("TPG_METRICS_ADDRESS"));
    }

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

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(env, host, newPort, store, engine, clientIp, checkWalletIp, maxBodyBytes, tokenLifetime, shopify, live,
                publicLookups, expiryInterval, callbackInterval, metricsAddress);
    }

    public ServerConfig withEngine(EngineSettings newEngine) {
        return new ServerConfig(env, host, port, store, newEngine, clientIp, checkWalletIp, maxBodyBytes, tokenLifetime, shopify, live,
                publicLookups, expiryInterval, callbackInterval, metricsAddress);
    }

    public ServerConfig withLive(LiveSettings newLive, RateLimit newLookups) {
        return new ServerConfig(env, host, port, store, engine, clientIp, checkWalletIp, maxBodyBytes, tokenLifetime, shopify, newLive,
                newLookups, expiryInterval, callbackInterval, metricsAddress);
    }
}
