package com.tari.tps.server.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.router.InternalRouter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * Times every request into {@code tps.http.server.requests}, labelled by method, status and the route's path template
 * ({@code /api/order/id/{order_id}}, never the path itself: ids in paths would make a new series per order). A path no
 * route matches is {@code NOT_FOUND} (404) or {@code UNKNOWN}, so probes of random paths cannot grow the series.
 */
final class HttpMetrics {
    private static final String STARTED = "tps.metrics.started";

    private HttpMetrics() {}

    static void install(Javalin app, MeterRegistry registry) {
        InternalRouter router = app.unsafeConfig().pvt.internalRouter;
        app.before(ctx -> ctx.attribute(STARTED, System.nanoTime()));
        app.after(ctx -> {
            Long started = ctx.attribute(STARTED);
            if (started == null) {
                return;
            }
            Timer.builder("tps.http.server.requests").description("HTTP requests, by route template, method and status")
                    .tag("method", ctx.method().name()).tag("uri", template(router, ctx)).tag("status", Integer.toString(ctx.statusCode()))
                    .publishPercentileHistogram()
                    .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(30))
                    .register(registry)
                    .record(Duration.ofNanos(System.nanoTime() - started));
        });
    }

    /**
     * The template of the route this request was for, looked up again in the router rather than read from the
     * context: a request refused before its route matched (a missing token on /api/…) still belongs to its route.
     */
    private static String template(InternalRouter router, Context ctx) {
        try {
            return router.findHttpHandlerEntries(ctx.method(), ctx.path()).findFirst()
                    .map(e -> e.getEndpoint().getPath())
                    .orElse(ctx.statusCode() == 404 ? "NOT_FOUND" : "UNKNOWN");
        } catch (RuntimeException e) {
            return "UNKNOWN"; // a path the matcher cannot read; the request was refused anyway
        }
    }
}
