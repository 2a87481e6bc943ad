package com.tari.tps.server.shopify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tari.tps.server.db.Database;
import com.tari.tps.server.outbox.Callback;
import com.tari.tps.server.outbox.OutboxDao;
import com.tari.tps.server.workers.PeriodicTask;
import com.tari.tps.shopify.admin.RetryPolicy;
import com.tari.tps.shopify.admin.ShopifyAdminClient;
import com.tari.tps.shopify.admin.ShopifyException;
import com.tari.tps.shopify.admin.CancelReason;
import com.tari.tps.shopify.model.ShopifyTransaction;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import com.tari.tps.server.db.StoreLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the outbox's Shopify callbacks: each until Shopify has its effect, surviving restarts (the rows are the
 * state), one order's callbacks in the order they were written.
 *
 * <p>Exactly once: mark-as-paid, capture and cancel are not safe to repeat, so the worker reads the order from
 * Shopify before every attempt, and again right after an attempt whose answer does not prove Shopify ignored it (a
 * lost answer, a timeout, a 5xx, or a 422 saying the effect is already there). When Shopify shows the effect, the
 * callback is delivered; only otherwise is it sent again.
 *
 * <p>A callback is Failed (kept, shown by {@code GET /api/callbacks}, retried by an admin) only for causes that waiting
 * does not cure: the order is gone on Shopify, the token is refused, or Shopify refused the call and a read shows it
 * is not in effect. Everything else is retried with the server's one {@link RetryPolicy} (capped, jittered). A
 * transient failure ends the round, since Shopify is then down or throttling for every order; the first success
 * after failures wakes every pending callback, so a backlog drains at the pace the shop's rate limiter allows.
 */
public final class ShopifyCallbackWorker implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ShopifyCallbackWorker.class);
    private static final int BATCH = 100;
    /** Rounds in one run at most: each round needs a delivery, so this only bounds a run that keeps waking. */
    private static final int MAX_ROUNDS = 50;

    private final Database database;
    private final ShopifyAdminClient shopify;
    private final RetryPolicy retry;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();
    private final PeriodicTask task = new PeriodicTask("shopify-callbacks", this::deliverDue);
    /** Whether a transient failure happened since the last wake-up (true at start: a restart may follow an outage). */
    private boolean failing = true;

    private final CallbackAttempts attempts;

    public ShopifyCallbackWorker(Database database, ShopifyAdminClient shopify, Clock clock) {
        this(database, shopify, clock, CallbackAttempts.NONE);
    }

    /**
     * Telling {@code attempts} of every delivery attempt (the server's metrics). Waits between attempts of a callback
     * follow the client's policy, so the server has one.
     */
    public ShopifyCallbackWorker(Database database, ShopifyAdminClient shopify, Clock clock, CallbackAttempts attempts) {
        this.database = database;
        this.shopify = shopify;
        this.retry = shopify.retryPolicy();
        this.clock = clock;
        this.attempts = attempts;
    }

    /** Sends every callback due now, and those a success wakes; returns how many were delivered. */
    public synchronized int deliverDue() {
        int delivered = 0;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<Callback> due = database.read(h -> OutboxDao.due(h, clock.instant(), BATCH));
            int inRound = 0;
            boolean stopped = false;
            for (Callback listed : due) {
                Outcome outcome;
                // Several instances may list the same callback: the one holding its lock sends it, after checking
                // that it is still due (another may have just sent it or put it off). A lock dies with its instance,
                // and the next instance reads Shopify before sending again.
                Optional<StoreLock> lock = database.tryLock(StoreLock.Keys.outboxEntry(listed.id()));
                if (lock.isEmpty()) {
                    continue;
                }
                try (StoreLock held = lock.get()) {
                    Optional<Callback> current = database.read(h -> OutboxDao.byId(h, listed.id()))
                            .filter(c -> c.status().equals("Pending") && !c.nextAttemptAt().isAfter(clock.instant()));
                    if (current.isEmpty()) {
                        continue;
                    }
                    outcome = deliver(current.get());
                }
                if (outcome == Outcome.DELIVERED) {
                    inRound++;
                    if (failing) {
                        failing = false;
                        int woken = database.write(h -> OutboxDao.wakePending(h, clock.instant()));
                        if (woken > 0) {
                            log.info("Shopify accepts calls again; {} pending callbacks woken", woken);
                        }
                    }
                } else if (outcome == Outcome.LATER) {
                    failing = true;
                    stopped = true;
                    break;
                }
            }
            delivered += inRound;
            // Deliveries may have unblocked an order's next callback or woken others; a transient failure waits.
            if (inRound == 0 || stopped) {
                break;
            }
        }
        return delivered;
    }

    private enum Outcome { DELIVERED, LATER, FAILED }

    private Outcome deliver(Callback callback) {
        long orderId = Long.parseLong(callback.orderId());
        JsonNode payload;
        try {
            payload = json.readTree(callback.payload());
        } catch (java.io.IOException e) {
            return failed(callback, "unreadable callback payload: " + e.getMessage());
        }
        Effect effect;
        try {
            effect = effect(callback.kind(), orderId, payload);
        } catch (IllegalArgumentException e) {
            return failed(callback, e.getMessage());
        }
        try {
            if (effect.inPlace()) {
                return delivered(callback, payload, "Shopify already shows it");
            }
            try {
                effect.send();
            } catch (ShopifyException e) {
                if (!e.mayHaveApplied() && e.status() != 422) {
                    throw e;
                }
                return reconcile(callback, payload, effect, e);
            }
            return delivered(callback, payload, null);
        } catch (ShopifyException e) {
            return problem(callback, e);
        } catch (RuntimeException e) {
            return failed(callback, e.toString());
        }
    }

    /** After an answer that does not prove Shopify ignored the call: read before anything is sent again. */
    private Outcome reconcile(Callback callback, JsonNode payload, Effect effect, ShopifyException sendFailure) {
        try {
            if (effect.inPlace()) {
                return delivered(callback, payload, "Shopify applied it though its answer was: " + sendFailure.getMessage());
            }
        } catch (ShopifyException readFailure) {
            // Unknown whether it was applied: the next attempt reads first.
            return later(callback, sendFailure.getMessage() + "; reading the order back failed: " + readFailure.getMessage());
        }
        if (sendFailure.mayHaveApplied()) {
            return later(callback, sendFailure.getMessage() + "; Shopify does not show it applied");
        }
        return failed(callback, sendFailure.getMessage() + "; Shopify does not show it applied");
    }

    private Outcome problem(Callback callback, ShopifyException e) {
        int status = e.status();
        if (status == 404) {
            return failed(callback, "order " + callback.orderId() + " does not exist on Shopify (deleted?): " + e.getMessage());
        }
        if (status == 401 || status == 403) {
            return failed(callback, "Shopify refused the Admin API token (check TPG_SHOPIFY_ADMIN_ACCESS_TOKEN and the app's scopes): "
                    + e.getMessage());
        }
        return e.retryable() ? later(callback, e.getMessage()) : failed(callback, e.getMessage());
    }

    /** One callback's effect on Shopify: whether Shopify shows it, and the call that makes it. */
    private interface Effect {
        boolean inPlace() throws ShopifyException;

        void send() throws ShopifyException;
    }

    private Effect effect(String kind, long orderId, JsonNode payload) {
        return switch (kind) {
            case Callback.MARK_PAID -> new Effect() {
                public boolean inPlace() throws ShopifyException {
                    return shopify.order(orderId).paid();
                }

                public void send() throws ShopifyException {
                    shopify.markPaid(orderId, payload.path("amount").asText(), payload.path("currency").asText());
                }
            };
            case Callback.CANCEL -> new Effect() {
                public boolean inPlace() throws ShopifyException {
                    return shopify.order(orderId).cancelled();
                }

                public void send() throws ShopifyException {
                    shopify.cancelOrder(orderId, CancelReason.of(payload.path("reason").asText("other")));
                }
            };
            case Callback.CAPTURE -> new Effect() {
                private final String authorisation = payload.path("transaction_id").asText();

                public boolean inPlace() throws ShopifyException {
                    shopify.order(orderId); // a deleted order is a 404 here, as for the other kinds
                    return shopify.transactions(orderId).stream().anyMatch(t -> t.captures(authorisation));
                }

                public void send() throws ShopifyException {
                    capture(orderId, authorisation, payload);
                }
            };
            default -> throw new IllegalArgumentException("unknown callback kind " + kind);
        };
    }

    private void capture(long orderId, String authorisation, JsonNode payload) throws ShopifyException {
        ShopifyTransaction auth = new ShopifyTransaction(authorisation, Long.toString(orderId), null, "authorization", "success",
                payload.path("amount").asText(), payload.path("currency").asText(), payload.path("test").asBoolean(false),
                null, null, null);
        ShopifyTransaction result = shopify.capture(orderId, auth);
        if (result.status() != null && !"success".equals(result.status()) && !"pending".equals(result.status())) {
            throw new ShopifyException(200, false, "Shopify did not capture authorisation " + authorisation + ": "
                    + result.status() + " " + (result.message() == null ? "" : result.message()));
        }
    }

    private Outcome delivered(Callback callback, JsonNode payload, String note) {
        database.write(h -> {
            OutboxDao.sent(h, callback.id(), clock.instant());
            if (callback.kind().equals(Callback.CAPTURE)) {
                ShopifyTransactionDao.captured(h, payload.path("transaction_id").asText());
            }
            return null;
        });
        if (note != null) {
            log.info("Shopify callback {} ({} for order {}) delivered: {}", callback.id(), callback.kind(), callback.orderId(), note);
        }
        attempts.sent(callback);
        return Outcome.DELIVERED;
    }

    private Outcome later(Callback callback, String error) {
        Duration wait = retry.backoff(callback.attempts() + 1);
        database.write(h -> {
            OutboxDao.retryLater(h, callback.id(), clock.instant().plus(wait), error);
            return null;
        });
        log.info("Shopify callback {} ({} for order {}) will be retried in {} ms: {}", callback.id(), callback.kind(),
                callback.orderId(), wait.toMillis(), error);
        attempts.failed(callback, true);
        return Outcome.LATER;
    }

    private Outcome failed(Callback callback, String error) {
        database.write(h -> {
            OutboxDao.failed(h, callback.id(), error);
            return null;
        });
        log.warn("Shopify callback {} ({} for order {}) failed; fix the cause, then retry it with POST /api/callbacks/{}/retry "
                + "or taritools callbacks retry {}: {}", callback.id(), callback.kind(), callback.orderId(), callback.id(), callback.id(), error);
        attempts.failed(callback, false);
        return Outcome.FAILED;
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
