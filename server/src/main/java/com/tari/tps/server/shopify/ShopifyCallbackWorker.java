package com.tari.tps.server.shopify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tari.tps.server.db.Database;
import com.tari.tps.server.outbox.Callback;
import com.tari.tps.server.outbox.OutboxDao;
import com.tari.tps.server.workers.PeriodicTask;
import com.tari.tps.shopify.admin.ShopifyAdminClient;
import com.tari.tps.shopify.admin.ShopifyException;
import com.tari.tps.shopify.admin.CancelReason;
import com.tari.tps.shopify.model.ShopifyOrder;
import com.tari.tps.shopify.model.ShopifyTransaction;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the outbox's Shopify callbacks: each until Shopify accepts it, surviving restarts (the rows are the state),
 * one order's callbacks in the order they were written. Before acting it re-reads the Shopify order, so a callback
 * that Shopify accepted just before a crash is not sent twice: an order already paid or cancelled counts as done.
 */
public final class ShopifyCallbackWorker implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ShopifyCallbackWorker.class);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(10);
    private static final Duration LAST_RETRY = Duration.ofHours(1);

    private final Database database;
    private final ShopifyAdminClient shopify;
    private final Clock clock;
    private final Random random = new Random();
    private final ObjectMapper json = new ObjectMapper();
    private final PeriodicTask task = new PeriodicTask("shopify-callbacks", this::deliverDue);

    private final CallbackAttempts attempts;

    public ShopifyCallbackWorker(Database database, ShopifyAdminClient shopify, Clock clock) {
        this(database, shopify, clock, CallbackAttempts.NONE);
    }

    /** Telling {@code attempts} of every delivery attempt (the server's metrics). */
    public ShopifyCallbackWorker(Database database, ShopifyAdminClient shopify, Clock clock, CallbackAttempts attempts) {
        this.database = database;
        this.shopify = shopify;
        this.clock = clock;
        this.attempts = attempts;
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
            ShopifyOrder order = shopify.order(orderId);
            JsonNode payload = json.readTree(callback.payload());
            switch (callback.kind()) {
                case Callback.MARK_PAID -> {
                    if (!order.paid()) {
                        shopify.markPaid(orderId, payload.path("amount").asText(), payload.path("currency").asText());
                    }
                }
                case Callback.CAPTURE -> capture(orderId, payload);
                case Callback.CANCEL -> {
                    if (!order.cancelled()) {
                        shopify.cancelOrder(orderId, CancelReason.of(payload.path("reason").asText("other")));
                    }
                }
                default -> throw new ShopifyException(0, false, "unknown callback kind " + callback.kind());
            }
            database.write(h -> {
                OutboxDao.sent(h, callback.id(), clock.instant());
                if (callback.kind().equals(Callback.CAPTURE)) {
                    ShopifyAuthorisations.captured(h, payload.path("transaction_id").asText());
                }
                return null;
            });
            attempts.sent(callback);
            return true;
        } catch (ShopifyException e) {
            record(callback, e.retryable(), e.getMessage());
        } catch (java.io.IOException | RuntimeException e) {
            record(callback, false, e.toString());
        }
        return false;
    }

    /** Captures one authorisation, unless Shopify already shows a successful capture of it. */
    private void capture(long orderId, JsonNode payload) throws ShopifyException {
        String authorisation = payload.path("transaction_id").asText();
        if (shopify.transactions(orderId).stream().anyMatch(t -> t.captures(authorisation))) {
            return;
        }
        ShopifyTransaction auth = new ShopifyTransaction(authorisation, Long.toString(orderId), null, "authorization", "success",
                payload.path("amount").asText(), payload.path("currency").asText(), payload.path("test").asBoolean(false),
                null, null, null);
        ShopifyTransaction result = shopify.capture(orderId, auth);
        if (result.status() != null && !"success".equals(result.status()) && !"pending".equals(result.status())) {
            throw new ShopifyException(200, false, "Shopify did not capture authorisation " + authorisation + ": "
                    + result.status() + " " + (result.message() == null ? "" : result.message()));
        }
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
        attempts.failed(callback, retryable);
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
