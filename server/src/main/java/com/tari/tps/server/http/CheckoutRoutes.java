package com.tari.tps.server.http;

import com.tari.tps.server.checkout.CheckoutPage;
import com.tari.tps.server.checkout.OrderStatusView;
import com.tari.tps.server.checkout.PublicOrderStatus;
import com.tari.tps.server.checkout.QrCodes;
import com.tari.tps.server.tx.EngineException;
import io.javalin.Javalin;
import io.javalin.http.Context;

/**
 * What a checkout needs without login: the public order status, the hosted checkout page and its QR code as PNG.
 * All three spend the client IP's budget of order lookups (429 with Retry-After beyond it).
 */
final class CheckoutRoutes {
    private final PublicOrderStatus statuses;
    private final ClientRateLimiter limiter;
    private final ClientIp clientIp;

    CheckoutRoutes(PublicOrderStatus statuses, ClientRateLimiter limiter, ClientIp clientIp) {
        this.statuses = statuses;
        this.limiter = limiter;
        this.clientIp = clientIp;
    }

    void install(Javalin app) {
        app.get("/order/status/{order_id}", ctx -> {
            RateLimits.take(ctx, limiter, clientIp);
            ctx.json(find(ctx));
        }, Access.PUBLIC);
        app.get("/checkout/{order_id}", ctx -> {
            RateLimits.take(ctx, limiter, clientIp);
            var view = statuses.of(WireRules.pathId(ctx, "order_id"));
            ctx.header("Cache-Control", "no-store");
            if (view.isEmpty()) {
                ctx.status(404).html("<!doctype html><title>Order not found</title><p>There is no such order.</p>");
                return;
            }
            ctx.html(CheckoutPage.render(view.get()));
        }, Access.PUBLIC);
        app.get("/checkout/{order_id}/qr.png", ctx -> {
            RateLimits.take(ctx, limiter, clientIp);
            OrderStatusView view = find(ctx);
            if (view.qrPayload() == null) {
                throw new EngineException.NotFound("The shop has not configured a payment address.");
            }
            ctx.contentType("image/png").result(QrCodes.png(view.qrPayload()));
        }, Access.PUBLIC);
    }

    private OrderStatusView find(Context ctx) {
        String orderId = WireRules.pathId(ctx, "order_id");
        return statuses.of(orderId).orElseThrow(() -> new EngineException.OrderNotFound(orderId));
    }
}
