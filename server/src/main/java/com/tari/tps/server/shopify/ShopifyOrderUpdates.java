package com.tari.tps.server.shopify;

import com.tari.tps.server.engine.Engine;
import com.tari.tps.server.orders.Order;
import com.tari.tps.shopify.model.ShopifyOrder;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code orders/updated}: what TPS does when Shopify changes an order. An order cancelled in Shopify is cancelled here
 * while still unpaid, so nobody pays for it; an order TPS never heard of (a lost orders/create) is stored. Other
 * edits change nothing: the price a shopper was asked to pay stays fixed.
 */
public final class ShopifyOrderUpdates {
    private static final Logger log = LoggerFactory.getLogger(ShopifyOrderUpdates.class);

    private final Engine engine;
    private final String priceField;

    public ShopifyOrderUpdates(Engine engine, String priceField) {
        this.engine = engine;
        this.priceField = priceField;
    }

    /** What an update did, for the webhook answer. */
    public enum Result {
        CANCELLED("Order cancelled, as in Shopify."),
        STORED("Order was missing and has been stored."),
        ALREADY_FINAL("Order is already final; nothing to do."),
        NO_CHANGE("Nothing to change.");

        private final String message;

        Result(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }

    /**
     * @throws com.tari.tps.server.tx.EngineException.MissingRate when a missing order is in a currency with no rate
     * @throws IllegalArgumentException                            when a missing order lacks its id, price or currency
     */
    public Result apply(ShopifyOrder update) {
        String orderId = Optional.ofNullable(update.id()).orElseThrow(() -> new IllegalArgumentException("the order has no id"));
        Optional<Order> known = engine.orders().find(orderId).filter(o -> o.orderId().equals(orderId));
        if (known.isEmpty()) {
            if (update.cancelled()) {
                return Result.NO_CHANGE;
            }
            engine.orders().newOrder(ShopifyOrderConversion.convert(update, priceField), engine.rates());
            log.info("Order {} arrived by orders/updated only; stored", orderId);
            return Result.STORED;
        }
        if (!update.cancelled()) {
            return Result.NO_CHANGE;
        }
        if (!known.get().status().isOpen()) {
            return Result.ALREADY_FINAL;
        }
        String reason = "Cancelled in Shopify" + (update.cancelReason() == null ? "" : " (" + update.cancelReason() + ")");
        engine.orders().cancel(orderId, reason);
        return Result.CANCELLED;
    }
}
