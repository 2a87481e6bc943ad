package com.tari.tps.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tari.tps.server.config.ServerKeys;
import com.tari.tps.server.engine.Engine;
import com.tari.tps.server.shopify.OrdersAwaitingRate;
import com.tari.tps.server.shopify.ShopifyAuthorisations;
import com.tari.tps.server.shopify.ShopifySettings;
import com.tari.tps.shopify.admin.RetryPolicy;
import com.tari.tps.shopify.admin.ShopifyAdminClient;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.time.Clock;
import java.time.Duration;

/**
 * Builds the Javalin app: JSON mapping, the body-size limit, the access log, one error mapper, token checks on
 * /api/*, and the route groups. Routes stay thin: parse, call the engine, write JSON.
 *
 * @param maxBodyBytes      requests above this get 413
 * @param checkWalletIp     false when TPG_DISABLE_WALLET_WHITELIST is on
 * @param tokenLifetime     access-token lifetime
 * @param shopify           webhook HMAC and IP whitelist settings
 */
public record HttpApi(com.tari.tps.server.db.Database database, ServerKeys keys, Clock clock, ClientIp clientIp, boolean checkWalletIp, long maxBodyBytes,
                      Duration tokenLifetime, ShopifySettings shopify) {

    public Javalin build(Engine engine) {
        ObjectMapper json = Json.mapper();
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(json, false));
            config.http.maxRequestSize = maxBodyBytes;
        });
        ErrorMapping.install(app);
        AccessLog.install(app, clientIp);
        AccessGuard guard = new AccessGuard(keys.verificationKey(), clock);
        app.before("/api/*", guard::authenticate);
        app.before(ctx -> {
            String type = ctx.header("Content-Type");
            boolean hasBody = ctx.method().name().equals("POST") || ctx.method().name().equals("PATCH");
            if (hasBody && type != null && !type.isBlank() && !type.toLowerCase(java.util.Locale.ROOT).contains("json")
                    && !ctx.path().startsWith("/shopify/") && ctx.contentLength() > 0) {
                throw new ApiError(415, "Send JSON with Content-Type: application/json.");
            }
        });

        new PublicRoutes(engine.claims(), engine.wallets()).install(app);
        new AuthRoutes(engine.access(), keys, clock, tokenLifetime).install(app);
        new WalletRoutes(engine.payments(), engine.wallets(), clientIp, checkWalletIp, json).install(app);
        new AccountRoutes(engine.accounts(), engine.orders(), engine.payments()).install(app);
        OrdersAwaitingRate awaitingRate = new OrdersAwaitingRate(database, clock, shopify.priceField());
        new AdminRoutes(engine, shopify.admin().map(c -> new ShopifyAdminClient(c, RetryPolicy.standard())), shopify.priceField(),
                awaitingRate, shopify.shopCurrency()).install(app);
        new ShopifyWebhookRoutes(engine, new ShopifyAuthorisations(database, clock),
                new com.tari.tps.server.shopify.WebhookDeliveries(database, clock), awaitingRate, shopify, clientIp,
                new com.tari.tps.server.shopify.OrderEventClock(database)).install(app);
        return app;
    }
}
