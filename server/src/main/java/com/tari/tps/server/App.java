package com.tari.tps.server;

import com.tari.tps.server.config.ServerKeys;
import com.tari.tps.server.db.Database;
import com.tari.tps.server.engine.Engine;
import com.tari.tps.server.events.EventBus;
import com.tari.tps.server.http.HttpApi;
import com.tari.tps.server.metrics.EngineMetrics;
import com.tari.tps.server.metrics.Metrics;
import com.tari.tps.server.metrics.MetricsListener;
import com.tari.tps.server.metrics.StoreGauges;
import com.tari.tps.server.metrics.StoreMetrics;
import com.tari.tps.server.metrics.WorkerMetrics;
import com.tari.tps.server.http.IdleConnections;
import com.tari.tps.server.outbox.Outbox;
import com.tari.tps.server.shopify.ShopifyCallbackWorker;
import com.tari.tps.server.shopify.ShopifyOutbox;
import com.tari.tps.shopify.admin.RetryPolicy;
import com.tari.tps.shopify.admin.ShopifyAdminClient;
import io.javalin.Javalin;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds the store, signing keys, engine, the one Shopify client, the workers and the HTTP
 * server from a {@link ServerConfig}, and starts them. {@link Main} and every test that needs a running server start
 * it here, so what is tested is what ships. Close it to stop everything.
 */
public final class App implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(App.class);

    private final Database database;
    private final ServerKeys keys;
    private final Engine engine;
    private final Optional<ShopifyCallbackWorker> callbacks;
    private final Javalin javalin;

    private final Metrics metrics;
    private final Optional<MetricsListener> metricsListener;

    private App(Database database, ServerKeys keys, Engine engine, Optional<ShopifyCallbackWorker> callbacks, Javalin javalin,
                Metrics metrics, Optional<MetricsListener> metricsListener) {
        this.database = database;
        this.keys = keys;
        this.engine = engine;
        this.callbacks = callbacks;
        this.javalin = javalin;
        this.metrics = metrics;
        this.metricsListener = metricsListener;
    }

    /**
     * Opens (and migrates) the store, then starts the workers and listens on the configured host and port (0 picks a
     * free one, see {@link #port()}).
     *
     * @throws com.tari.tps.server.config.Environment.ConfigException for settings that cannot be used
     * @throws PortInUseException when the port is taken
     */
    public static App start(ServerConfig config, Clock clock) {
        // The one registry of this server, handed to everything that records (nothing global: tests run several).
        Metrics metrics = new Metrics();
        Database database = config.store().open(new StoreMetrics(metrics.registry()));
        log.info("Database ready at {}", database.location());
        ServerKeys keys = ServerKeys.load(config.env(), config.store().keyFile());
        Optional<ShopifyAdminClient> shopify = config.shopify().admin().map(c -> new ShopifyAdminClient(c, RetryPolicy.standard()));
        if (shopify.isEmpty()) {
            log.warn("Shopify Admin API calls are disabled: set TPG_SHOPIFY_SHOP and TPG_SHOPIFY_ADMIN_ACCESS_TOKEN to enable them");
        }
        if (config.shopify().hmacChecks() && config.shopify().hmacSecret().isEmpty()) {
            log.warn("TPG_SHOPIFY_HMAC_SECRET is not set: every Shopify webhook will be refused (403)");
        }
        if (config.engine().paymentWalletAddress().isEmpty()) {
            log.warn("TPG_PAYMENT_WALLET_ADDRESS is not set: claims will not tell shoppers where to pay");
        }
        EventBus events = new EventBus();
        events.subscribe(new EngineMetrics(metrics.registry()));
        StoreGauges.bind(metrics.registry(), database, clock);
        Engine engine = Engine.create(database, clock, config.engine(), events,
                shopify.isPresent() ? new ShopifyOutbox(config.shopify().capturePayments()) : Outbox.disabled());
        HttpApi api = new HttpApi(database, keys, clock, config.clientIp(), config.checkWalletIp(), config.maxBodyBytes(),
                config.tokenLifetime(), config.shopify(), config.live(), config.publicLookups());
        Javalin javalin = api.build(engine, shopify, metrics, config.metricsAddress().isEmpty());
        Optional<MetricsListener> metricsListener;
        try {
            metricsListener = config.metricsAddress().map(address -> MetricsListener.start(address, metrics));
        } catch (RuntimeException e) {
            events.close();
            metrics.close();
            throw e;
        }
        try {
            javalin.start(config.host(), config.port());
        } catch (RuntimeException e) {
            events.close();
            metricsListener.ifPresent(MetricsListener::close);
            metrics.close();
            if (PortInUseException.causedBy(e)) {
                throw new PortInUseException(config.host(), config.port(), e);
            }
            throw e;
        }
        // Set only once listening: a graceful stop of a server that never started (port taken) fails inside Jetty
        // and hides the bind error. From here on, requests in flight get this long to finish when the server stops.
        javalin.jettyServer().server().setStopTimeout(HttpApi.SHUTDOWN_GRACE.toMillis());
        IdleConnections.lastThroughGrace(javalin.jettyServer().server());
        engine.expiry().start(config.expiryInterval(), WorkerMetrics.expiry(metrics.registry()));
        Optional<ShopifyCallbackWorker> callbacks = shopify.map(client ->
                new ShopifyCallbackWorker(database, client, clock, WorkerMetrics.callbacks(metrics.registry())));
        callbacks.ifPresent(worker -> worker.start(config.callbackInterval()));
        log.info("Tari Payment Server listening on http://{}:{}", config.host(), javalin.port());
        metricsListener.ifPresent(l -> log.info("Metrics for Prometheus at http://{}:{}/metrics (no token: keep this address private)",
                config.metricsAddress().get().host(), l.port()));
        if (engine.access().hasNoAdmins()) {
            log.warn("No super_admin yet. Create the first one with: bin/taritools setup add-user -a <your wallet address> -r super_admin");
        }
        return new App(database, keys, engine, callbacks, javalin, metrics, metricsListener);
    }

    public int port() {
        return javalin.port();
    }

    /** The port of the TPG_METRICS_ADDRESS listener; empty when /metrics is served on the main port. */
    public java.util.OptionalInt metricsPort() {
        return metricsListener.map(l -> java.util.OptionalInt.of(l.port())).orElse(java.util.OptionalInt.empty());
    }

    /** A route the server answers: method, path template as registered, and who may call it. */
    public record Route(String method, String path, com.tari.tps.server.http.Access access) {}

    /** Every HTTP route registered, from the router itself (not a list kept by hand), for tests and documentation. */
    public java.util.List<Route> routes() {
        return javalin.unsafeConfig().pvt.internalRouter.allHttpHandlers().stream()
                .filter(e -> e.getEndpoint().getMethod().isHttpMethod())
                .map(e -> new Route(e.getEndpoint().getMethod().name(), e.getEndpoint().getPath(),
                        (com.tari.tps.server.http.Access) e.getEndpoint().getRoles().iterator().next()))
                .distinct()
                .toList();
    }

    public Engine engine() {
        return engine;
    }

    public Database database() {
        return database;
    }

    public ServerKeys keys() {
        return keys;
    }

    /**
     * Stops listening first, so no request starts while the workers and the event bus wind down. The last line says
     * the stop is complete, so an operator (or journald) can tell a clean stop from a killed process.
     */
    @Override
    public void close() {
        log.info("Stopping: requests in flight get up to {} s", HttpApi.SHUTDOWN_GRACE.toSeconds());
        IdleConnections.closedWhile(javalin.jettyServer().server(), javalin::stop);
        engine.expiry().close();
        callbacks.ifPresent(ShopifyCallbackWorker::close);
        engine.events().close();
        metricsListener.ifPresent(MetricsListener::close);
        metrics.close();
        database.close();
        log.info("Tari Payment Server stopped");
    }

    /** The configured port is taken by another process. */
    public static final class PortInUseException extends RuntimeException {
        PortInUseException(String host, int port, Throwable cause) {
            super("Port " + port + " on " + host + " is already in use. Stop the other server or set TPG_PORT to a free port.", cause);
        }

        static boolean causedBy(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof java.net.BindException || t instanceof io.javalin.util.JavalinBindException) {
                    return true;
                }
            }
            return false;
        }
    }
}
