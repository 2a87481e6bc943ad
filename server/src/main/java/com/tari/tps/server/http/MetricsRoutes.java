package com.tari.tps.server.http;

import com.tari.tps.server.metrics.Metrics;
import io.javalin.Javalin;

/**
 * {@code GET /metrics} on the API's port, for read_all tokens: metrics tell how busy the shop is, so they are never
 * public here. A scraper without tokens gets a listener of its own instead (TPG_METRICS_ADDRESS), and then this
 * route is not registered.
 */
final class MetricsRoutes {
    private final Metrics metrics;

    MetricsRoutes(Metrics metrics) {
        this.metrics = metrics;
    }

    void install(Javalin app) {
        app.get("/metrics", ctx -> ctx.contentType(Metrics.CONTENT_TYPE).result(metrics.scrape()), Access.READ_ALL);
    }
}
