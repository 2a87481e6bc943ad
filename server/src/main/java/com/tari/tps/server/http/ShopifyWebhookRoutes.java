package com.tari.tps.server.http;

import com.tari.tps.server.config.IpLiteral;
import com.tari.tps.server.engine.Engine;
import com.tari.tps.server.tx.EngineException;
import com.tari.tps.server.orders.NewOrderResult;
import com.tari.tps.server.shopify.OrderEventClock;
import com.tari.tps.server.shopify.OrdersAwaitingRate;
import com.tari.tps.server.shopify.ShopifyOrderUpdates;
import com.tari.tps.shopify.model.ShopifyJson;
import com.tari.tps.shopify.model.ShopifyOrder;
import com.tari.tps.shopify.model.ShopifyProduct;
import com.tari.tps.shopify.model.ShopifyTransaction;
import com.tari.tps.server.shopify.ShopifyAuthorisations;
import com.tari.tps.server.shopify.ShopifyOrderConversion;
import com.tari.tps.server.shopify.ShopifySettings;
import com.tari.tps.server.shopify.VariantRepricer;
import com.tari.tps.server.shopify.WebhookDeliveries;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shopify webhooks: IP whitelist, then HMAC-SHA256 of the raw body compared in constant time,
 * then the order. Business outcomes answer 200 with a JsonResponse, since Shopify retries anything else.
 */
final class ShopifyWebhookRoutes {
    private static final Logger log = LoggerFactory.getLogger(ShopifyWebhookRoutes.class);

    private final Engine engine;
    private final ShopifyAuthorisations authorisations;
    private final WebhookDeliveries deliveries;
    private final OrdersAwaitingRate awaitingRate;
    private final ShopifySettings settings;
    private final java.util.Optional<VariantRepricer> repricer;
    private final ClientIp clientIp;
    private final OrderEventClock eventClock;
    private final ShopifyOrderUpdates updates;

    ShopifyWebhookRoutes(Engine engine, java.util.Optional<com.tari.tps.shopify.admin.ShopifyAdminClient> shopify,
                         ShopifyAuthorisations authorisations, WebhookDeliveries deliveries,
                         OrdersAwaitingRate awaitingRate, ShopifySettings settings, ClientIp clientIp, OrderEventClock eventClock) {
        this.awaitingRate = awaitingRate;
        this.engine = engine;
        this.authorisations = authorisations;
        this.deliveries = deliveries;
        this.repricer = shopify.map(VariantRepricer::new);
        this.settings = settings;
        this.clientIp = clientIp;
        this.eventClock = eventClock;
        this.updates = new ShopifyOrderUpdates(engine, settings.priceField());
    }

    void install(Javalin app) {
        app.before("/shopify/*", this::guard);
        app.before("/shopify/webhook/*", this::skipRedelivery);
        app.after("/shopify/webhook/*", this::rememberDelivery);
        app.get("/shopify/health", ctx -> ctx.contentType("text/plain; charset=utf-8").result(PublicRoutes.HEALTH_BODY), Access.SHOPIFY_SIGNED);
        app.post("/shopify/webhook/checkout_create", this::newOrder, Access.SHOPIFY_SIGNED);
        app.post("/shopify/webhook/order_updated", this::orderUpdated, Access.SHOPIFY_SIGNED);
        app.post("/shopify/webhook/no_op", this::orderUpdated, Access.SHOPIFY_SIGNED); // where the reference subscribed orders/updated
        app.post("/shopify/webhook/transaction_create", this::transaction, Access.SHOPIFY_SIGNED);
        app.post("/shopify/webhook/product_updated", this::productUpdated, Access.SHOPIFY_SIGNED);
    }

    private void guard(Context ctx) {
        if (settings.ipWhitelist().isPresent()) {
            String ip = clientIp.of(ctx).flatMap(IpLiteral::canonical).orElse("");
            if (!settings.ipWhitelist().get().contains(ip)) {
                throw new ApiError(403, "Authentication Error. Request was made from a forbidden peer", "peer " + (ip.isEmpty() ? "?" : ip) + " is not on TPG_SHOPIFY_IP_WHITELIST");
            }
        }
        if (!settings.hmacChecks() || ctx.method().name().equals("GET")) {
            return;
        }
        String header = ctx.header("X-Shopify-Hmac-Sha256");
        if (header == null || header.isBlank()) {
            throw new ApiError(403, "No HMAC signature found.", "webhook without X-Shopify-Hmac-Sha256");
        }
        if (!validHmac(ctx.bodyAsBytes(), header)) {
            throw new ApiError(403, "Invalid HMAC signature.", settings.hmacSecret().isEmpty() ? "TPG_SHOPIFY_HMAC_SECRET is not set" : "webhook HMAC does not match");
        }
    }

    /** A delivery already handled (same X-Shopify-Webhook-Id) is answered 200 and changes nothing. */
    private void skipRedelivery(Context ctx) {
        String id = ctx.header("X-Shopify-Webhook-Id");
        if (id != null && !id.isBlank() && deliveries.seen(id)) {
            ctx.json(new JsonResponse(true, "Duplicate delivery ignored."));
            ctx.skipRemainingHandlers();
        }
    }

    private void rememberDelivery(Context ctx) {
        String id = ctx.header("X-Shopify-Webhook-Id");
        if (id != null && !id.isBlank() && ctx.statusCode() == 200) {
            deliveries.handled(id, ctx.header("X-Shopify-Topic"), ctx.header("X-Shopify-Triggered-At"));
        }
    }

    private boolean validHmac(byte[] body, String header) {
        if (settings.hmacSecret().isEmpty()) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(settings.hmacSecret().get().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = mac.doFinal(body);
            byte[] given = Base64.getDecoder().decode(header.trim());
            return MessageDigest.isEqual(expected, given);
        } catch (IllegalArgumentException e) {
            return false;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
    }

    private void newOrder(Context ctx) throws Exception {
        ShopifyOrder order = ShopifyJson.read(ctx.bodyAsBytes(), ShopifyOrder.class);
        if (order.id() != null && !eventClock.advance(order.id(), ctx.header("X-Shopify-Triggered-At"))) {
            ctx.json(new JsonResponse(true, "A newer event for this order was already handled; nothing changed."));
            return;
        }
        try {
            NewOrderResult result = engine.orders().newOrder(ShopifyOrderConversion.convert(order, settings.priceField()), engine.rates());
            ctx.json(new JsonResponse(true, result.created() ? "Order processed successfully." : "Order already exists."));
        } catch (EngineException.MissingRate e) {
            awaitingRate.keep(order.id(), e.currency(), ctx.bodyAsBytes());
            ctx.json(new JsonResponse(false, e.getMessage() + " The order is kept and will be stored once the rate is set."));
        } catch (EngineException.Refused | IllegalArgumentException e) {
            log.warn("Shopify order {} was not stored: {}", order.id(), e.getMessage());
            ctx.json(new JsonResponse(false, e.getMessage()));
        }
    }

    /** orders/updated: a cancel in Shopify cancels the unpaid order here; older events than the last one are dropped. */
    private void orderUpdated(Context ctx) throws Exception {
        ShopifyOrder order = ShopifyJson.read(ctx.bodyAsBytes(), ShopifyOrder.class);
        if (order.id() == null) {
            ctx.json(new JsonResponse(false, "the order has no id"));
            return;
        }
        if (!eventClock.advance(order.id(), ctx.header("X-Shopify-Triggered-At"))) {
            ctx.json(new JsonResponse(true, "A newer event for this order was already handled; nothing changed."));
            return;
        }
        try {
            ctx.json(new JsonResponse(true, updates.apply(order).message()));
        } catch (EngineException.MissingRate e) {
            awaitingRate.keep(order.id(), e.currency(), ctx.bodyAsBytes());
            ctx.json(new JsonResponse(false, e.getMessage() + " The order is kept and will be stored once the rate is set."));
        } catch (EngineException.Refused e) {
            ctx.json(new JsonResponse(true, ShopifyOrderUpdates.Result.ALREADY_FINAL.message()));
        } catch (IllegalArgumentException e) {
            log.warn("orders/updated for {} not applied: {}", order.id(), e.getMessage());
            ctx.json(new JsonResponse(false, e.getMessage()));
        }
    }

    /**
     * Reprices the product's variants at the current rate of the shop currency. Always 200: Shopify retries anything
     * else, and a failure here is logged for the admin rather than retried forever.
     */
    private void productUpdated(Context ctx) throws Exception {
        ShopifyProduct product = ShopifyJson.read(ctx.bodyAsBytes(), ShopifyProduct.class);
        if (repricer.isEmpty()) {
            ctx.json(new JsonResponse(false, "Shopify Admin API is not configured; variant prices were not updated."));
            return;
        }
        var rate = engine.rates().latest(settings.shopCurrency());
        if (rate.isEmpty()) {
            log.warn("No {} exchange rate: Tari prices of product {} were not updated", settings.shopCurrency(), product.id());
            ctx.json(new JsonResponse(false, "No exchange rate for " + settings.shopCurrency() + "."));
            return;
        }
        try {
            int written = repricer.get().reprice(product, rate.get().rate());
            ctx.json(new JsonResponse(true, written + " variant price(s) updated."));
        } catch (com.tari.tps.shopify.admin.ShopifyException | IllegalArgumentException | ArithmeticException e) {
            log.warn("Repricing product {} failed: {}", product.id(), e.getMessage());
            ctx.json(new JsonResponse(false, "Repricing failed: " + e.getMessage()));
        }
    }

    /** Remembers a card authorisation; 503 when it cannot be stored, so Shopify retries. */
    private void transaction(Context ctx) throws Exception {
        ShopifyTransaction tx = ShopifyJson.read(ctx.bodyAsBytes(), ShopifyTransaction.class);
        try {
            ShopifyAuthorisations.Outcome outcome = authorisations.remember(tx);
            ctx.json(new JsonResponse(true, switch (outcome) {
                case STORED -> "Authorization stored.";
                case ALREADY_STORED -> "Authorization already exists.";
                case IGNORED -> "Not an authorization; nothing to do.";
            }));
        } catch (IllegalArgumentException e) {
            ctx.json(new JsonResponse(false, e.getMessage()));
        } catch (RuntimeException e) {
            log.error("Could not store Shopify transaction {}", tx.id(), e);
            ctx.status(503).json(new JsonResponse(false, "Could not store the transaction; please retry."));
        }
    }

}
