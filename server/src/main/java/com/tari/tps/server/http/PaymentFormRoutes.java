package com.tari.tps.server.http;

import com.tari.tps.common.jwt.Role;
import com.tari.tps.server.checkout.ClaimInstructions;
import com.tari.tps.server.checkout.OrderStatusView;
import com.tari.tps.server.checkout.PublicOrderStatus;
import com.tari.tps.server.paylinks.FormFields;
import com.tari.tps.server.paylinks.PaymentLinks;
import com.tari.tps.server.paylinks.PublicForm;
import io.javalin.Javalin;
import java.util.LinkedHashMap;
import java.util.Map;

/** Payment links: admins create, list and disable them; buyers read one and fill it in to get an order. */
final class PaymentFormRoutes {
    private final PaymentLinks links;
    private final PublicOrderStatus statuses;
    private final ClientRateLimiter limiter;
    private final ClientIp clientIp;

    PaymentFormRoutes(PaymentLinks links, PublicOrderStatus statuses, ClientRateLimiter limiter, ClientIp clientIp) {
        this.links = links;
        this.statuses = statuses;
        this.limiter = limiter;
        this.clientIp = clientIp;
    }

    void install(Javalin app) {
        app.post("/api/payment_forms", ctx -> {
            var admin = AccessGuard.token(ctx);
            ctx.status(201).json(links.create(ctx.bodyAsClass(FormFields.class), admin.address()));
        }, Access.WRITE);
        app.get("/api/payment_forms", ctx -> {
            ctx.json(links.list());
        }, Access.READ_ALL);
        app.post("/api/payment_forms/{form_id}/disable", ctx -> {
            ctx.json(links.disable(WireRules.pathId(ctx, "form_id")));
        }, Access.WRITE);

        app.get("/pay/{form_id}", ctx -> ctx.json(PublicForm.of(links.open(WireRules.pathId(ctx, "form_id")))), Access.PUBLIC);
        app.post("/pay/{form_id}", ctx -> {
            RateLimits.take(ctx, limiter, clientIp);
            String body = ctx.body();
            FormFields buyer = body.isBlank() ? new FormFields(null, null, null, null, null, null)
                    : ctx.bodyAsClass(FormFields.class);
            PaymentLinks.LinkOrder made = links.buy(WireRules.pathId(ctx, "form_id"), buyer);
            OrderStatusView view = statuses.of(made.order().orderId()).orElseThrow();
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("order_id", view.orderId());
            answer.put("external_id", made.externalId());
            answer.put("form_id", made.formId());
            answer.put("status", view.status());
            answer.put("total_price", view.totalPrice());
            answer.put("currency", made.order().currency());
            answer.put("original_price", made.order().originalPrice());
            answer.put("expires_at", view.expiresAt());
            answer.put("pay_to", view.payTo());
            answer.put("qr_payload", view.qrPayload());
            answer.put("claim_instructions", ClaimInstructions.of(view));
            answer.put("checkout_url", "/checkout/" + view.orderId());
            answer.put("status_url", "/order/status/" + view.orderId());
            answer.put("ignored_fields", made.ignoredFields());
            ctx.status(201).json(answer);
        }, Access.PUBLIC);
    }
}
