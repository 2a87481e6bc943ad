package com.tari.tps.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tari.tps.server.checkout.PublicOrderStatus;
import com.tari.tps.server.config.ServerKeys;
import com.tari.tps.server.engine.Engine;
import com.tari.tps.server.live.EventAudience;
import com.tari.tps.server.events.EventLogFeed;
import com.tari.tps.server.live.LiveFeed;
import com.tari.tps.server.live.LiveSettings;
import com.tari.tps.server.live.OrderSockets;
import com.tari.tps.server.live.RecentEvents;
import com.tari.tps.server.live.SseHub;
import com.tari.tps.server.paylinks.PaymentLinks;
import com.tari.tps.server.shopify.OrdersAwaitingRate;
import com.tari.tps.server.shopify.ShopifyAuthorisations;
import com.tari.tps.server.shopify.ShopifySettings;
import com.tari.tps.shopify.admin.ShopifyAdminClient;
import com.tari.tps.server.metrics.Metrics;
import io.javalin.Javalin;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.javalin.json.JavalinJackson;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Builds the Javalin app: JSON mapping, the body-size limit, the access log, one error mapper, token checks on
 * /api/*, and the route groups. Routes stay thin: parse, call the engine, write JSON.
 *
 * @param maxBodyBytes      requests above this get 413
 * @param checkWalletIp     false when TPG_DISABLE_WALLET_WHITELIST is on
 * @param tokenLifetime     access-token lifetime
 * @param shopify           webhook HMAC and IP whitelist settings
 * @param live              SSE/WebSocket heartbeats and the resume buffer
 * @param publicLookups     per-client-IP budget of public order lookups ({@code /order/status/…}, {@code /checkout/…},
 *                          WebSocket identify, together), and separately of {@code POST /pay/…}
 */
public record HttpApi(com.tari.tps.server.db.Database database, ServerKeys keys, Clock clock, ClientIp clientIp, boolean checkWalletIp, long maxBodyBytes,
                      Duration tokenLifetime, ShopifySettings shopify, LiveSettings live, RateLimit publicLookups) {

    /** How long a stopping server waits for requests in flight. */
    public static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(10);

    /**
     * The routes over the engine; {@code shopify} is the server's one Admin API client, when Shopify is configured.
     * Requests and live clients are measured into {@code metrics}; {@code metricsRoute} false leaves {@code GET /metrics}
     * to a listener of its own (TPG_METRICS_ADDRESS).
     */
    public Javalin build(Engine engine, java.util.Optional<ShopifyAdminClient> shopifyClient, Metrics metrics, boolean metricsRoute) {
        ObjectMapper json = Json.mapper();
        PublicOrderStatus statuses = new PublicOrderStatus(engine.orders(), engine.payments(), engine.claims());
        PaymentLinks links = new PaymentLinks(engine.transactions(), engine.orders(), engine.rates(), new SecureRandom());
        // One instance numbers its own events; instances sharing PostgreSQL take the shared event log's numbers, so a
        // client can resume on any of them.
        java.util.Optional<EventLogFeed> shared = database.dialect() == com.tari.tps.server.db.Dialect.POSTGRESQL
                ? java.util.Optional.of(new EventLogFeed(database, clock))
                : java.util.Optional.empty();
        RecentEvents recent = new RecentEvents(live.recentEvents(), shared.map(EventLogFeed::startedAfter).orElse(clock.millis() * 1000));
        SseHub sse = new SseHub(recent, json, live.sseKeepAlive());
        ClientRateLimiter orderLookups = new ClientRateLimiter(publicLookups, clock);
        OrderSockets sockets = new OrderSockets(json, statuses::of, links::orderIdOfExternal,
                LiveRoutes.lookupGate(orderLookups, clientIp), live.wsPing());
        LiveFeed feed = new LiveFeed(recent, new EventAudience(engine.accounts()::addressesOfCustomer), List.of(sse, sockets));
        liveClients(metrics.registry(), sse, sockets);

        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(json, false));
            config.http.maxRequestSize = maxBodyBytes;
            config.events(events -> {
                events.serverStarted(() -> {
                    if (shared.isPresent()) {
                        shared.get().start(feed::accept);
                    } else {
                        engine.events().subscribe(feed);
                    }
                    sockets.start();
                });
                events.serverStopping(() -> {
                    shared.ifPresent(EventLogFeed::close);
                    engine.events().unsubscribe(feed);
                    sockets.close();
                    sse.close();
                });
            });
        });
        RequestIds.install(app);
        ErrorMapping.install(app, clientIp);
        AccessLog.install(app, clientIp);
        HttpMetrics.install(app, metrics.registry());
        AccessGuard guard = new AccessGuard(keys.verificationKey(), clock);
        // A token first, on every /api path (so an unknown /api path without one is 401, as the original answers),
        // then the matched route's declared access, then its body: a caller without the role never learns more.
        app.before("/api/*", guard::authenticate);
        app.beforeMatched(guard::check);
        RequestBodies.install(app);

        new PublicRoutes(engine.claims(), engine.wallets(), new HealthCheck(database, sse::clients, sockets::clients)).install(app);
        new AuthRoutes(engine.access(), keys, clock, tokenLifetime).install(app);
        new WalletRoutes(new com.tari.tps.server.payments.processing.WalletNotices(engine.transactions(), engine.wallets(), engine.payments()),
                clientIp, checkWalletIp, json).install(app);
        new AccountRoutes(engine.accounts(), engine.orders(), engine.payments()).install(app);
        OrdersAwaitingRate awaitingRate = new OrdersAwaitingRate(engine.transactions(), shopify.priceField());
        new AdminRoutes(engine, shopifyClient, shopify.priceField(),
                awaitingRate, shopify.shopCurrency()).install(app);
        new ShopifyWebhookRoutes(engine, shopifyClient, new ShopifyAuthorisations(engine.transactions()),
                new com.tari.tps.server.shopify.WebhookDeliveries(engine.transactions()), awaitingRate, shopify, clientIp,
                new com.tari.tps.server.shopify.OrderEventClock(engine.transactions())).install(app);
        new LiveRoutes(sse, sockets).install(app);
        new CheckoutRoutes(statuses, orderLookups, clientIp).install(app);
        new PaymentFormRoutes(links, statuses, new ClientRateLimiter(publicLookups, clock), clientIp).install(app);
        new ApiDocs().install(app);
        if (metricsRoute) {
            new MetricsRoutes(metrics).install(app);
        }
        RequestIds.clearAfter(app);
        app.unsafeConfig().pvt.internalRouter.allHttpHandlers().stream()
                .filter(e -> e.getEndpoint().getMethod().isHttpMethod())
                .forEach(e -> AccessGuard.declared(e.getEndpoint().getRoles(), e.getEndpoint().getMethod() + " " + e.getEndpoint().getPath()));
        return app;
    }

    private static void liveClients(MeterRegistry registry, SseHub sse, OrderSockets sockets) {
        Gauge.builder("tps.live.clients", sse, SseHub::clients).description("Connected live-feed clients")
                .tag("feed", "sse").strongReference(true).register(registry);
        Gauge.builder("tps.live.clients", sockets, OrderSockets::clients).description("Connected live-feed clients")
                .tag("feed", "websocket").strongReference(true).register(registry);
    }
}
