package com.tari.tps.server.shopify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tari.tps.server.db.Database;
import com.tari.tps.server.outbox.Callback;
import com.tari.tps.server.outbox.OutboxDao;
import com.tari.tps.server.workers.PeriodicTask;
import com.tari.tps.shopify.admin.ShopifyAdminClient;
import com.tari.tps.shopify.admin.ShopifyException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the outbox's Shopify callbacks: each until Shopify accepts it, surviving restarts (the rows are the state),
 * one order's callbacks in the order they were written. Before acting it re-reads the Shopify order, so a callback
 * that Shopify accepted just before a crash is not sent twice: an order already paid or cancelled counts as done.
 */
public final class ShopifyCallbackWorker implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ShopifyCallbackWorker.class);
    private static final Set<String> PAID = Set.of("paid", "partially_refunded", "refunded");
    private static final Duration FIRST_RETRY = Duration.ofSeconds(10);
    private static final Duration LAST_RETRY = Duration.ofHours(1);

    private final Database database;
    private final ShopifyAdminClient shopify;
    private final Clock clock;
    private final Random random = new Random();
    private final ObjectMapper json = new ObjectMapper();
    private final PeriodicTask task = new PeriodicTask("shopify-callbacks", this::deliverDue);

    public ShopifyCallbackWorker(Database database, ShopifyAdminClient shopify, Clock clock) {
        this.database = database;
        this.shopify = shopify;
        this.clock = clock;
    }

    /** Sends every callback due now; returns how many Shopify accepted. */
    public int deliverDue() {
        List<Callback> due = database.read(h -> OutboxDao.due(h, clock.instant(), 100));
        int sent = 0;
        for (Callback callback : due) {
            sent += deliver(callback) ? 1 : 0;
        }
        return sent;
    }

    private boolean deliver(Callback callback) {
        long orderId = Long.parseLong(callback.orderId());
        try {
            JsonNode order = shopify.order(orderId);
            JsonNode payload = json.readTree(callback.payload());
            switch (callback.kind()) {
                case Callback.MARK_PAID -> {
                    if (!PAID.contains(order.path("financial_status").asText())) {
                        shopify.markPaid(orderId, payload.path("amount").asText(), payload.path("currency").asText());
                    }
                }
                case Callback.CANCEL -> {
                    if (order.path("cancelled_at").isNull() || order.path("cancelled_at").isMissingNode()) {
                        shopify.cancelOrder(orderId);
                    }
                }
                default -> throw new ShopifyException(0, false, "unknown callback kind " + callback.kind());
            }
            database.write(h -> {
                OutboxDao.sent(h, callback.id(), clock.instant());
                return null;
            });
            return true;
        } catch (ShopifyException e) {
            record(callback, e.retryable(), e.getMessage());
        } catch (java.io.IOException | RuntimeException e) {
            record(callback, false, e.toString());
        }
        return false;
    }

    private void record(Callback callback, boolean retryable, String error) {
        database.write(h -> {
            if (retryable) {
                long cap = Math.min(LAST_RETRY.toMillis(), FIRST_RETRY.toMillis() << Math.min(callback.attempts(), 20));
                Duration wait = Duration.ofMillis(cap / 2 + (long) (random.nextDouble() * cap / 2));
                OutboxDao.retryLater(h, callback.id(), clock.instant().plus(wait), error);
            } else {
                OutboxDao.failed(h, callback.id(), error);
            }
            return null;
        });
        log.warn("Shopify callback {} ({} for order {}) {}: {}", callback.id(), callback.kind(), callback.orderId(),
                retryable ? "will be retried" : "failed; an admin can retry it", error);
    }

    /** Runs {@link #deliverDue()} every interval on its own thread until closed. */
    public void start(Duration interval) {
        task.start(interval);
    }

    @Override
    public void close() {
        task.close();
    }
}
