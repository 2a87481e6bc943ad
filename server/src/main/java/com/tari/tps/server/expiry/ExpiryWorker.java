package com.tari.tps.server.expiry;

import com.tari.tps.server.audit.AuditLog;
import com.tari.tps.server.config.EngineSettings;
import com.tari.tps.server.tx.TransactionRunner;
import com.tari.tps.server.tx.Tx;
import com.tari.tps.server.events.EngineEvent;
import com.tari.tps.server.orders.Order;
import com.tari.tps.server.orders.OrderDao;
import com.tari.tps.server.orders.OrderDeadlines;
import com.tari.tps.server.orders.OrderStatus;
import com.tari.tps.server.workers.PeriodicTask;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Expires Unclaimed orders older than the unclaimed timeout and New (claimed, unpaid) orders older than the unpaid
 * timeout, measured from their last change, on the engine's clock. Orders created with their own
 * deadline (payment links) expire at that deadline instead.
 */
public final class ExpiryWorker implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ExpiryWorker.class);

    private final TransactionRunner runner;
    private final EngineSettings settings;
    private final com.tari.tps.server.outbox.Outbox outbox;
    private volatile ExpiryRuns runs = ExpiryRuns.NONE;
    private final PeriodicTask task = new PeriodicTask("order-expiry", this::scheduledPass);

    public ExpiryWorker(TransactionRunner runner, EngineSettings settings, com.tari.tps.server.outbox.Outbox outbox) {
        this.runner = runner;
        this.settings = settings;
        this.outbox = outbox;
    }

    /**
     * One pass; returns the orders it expired. Orders that became Paid meanwhile are never touched. With several
     * server instances on one PostgreSQL database, one instance at a time runs a pass (the others find the pass's
     * lock taken and skip theirs); the lock ends with the pass's transaction, also when its instance dies.
     */
    public List<Order> expireNow() {
        return runner.write(tx -> {
            List<Order> expired = new ArrayList<>();
            if (!tx.tryExclusive(com.tari.tps.server.db.StoreLock.Keys.EXPIRY)) {
                return expired;
            }
            expire(tx, OrderStatus.Unclaimed, settings.unclaimedOrderTimeout(), expired);
            expire(tx, OrderStatus.New, settings.unpaidOrderTimeout(), expired);
            for (Order order : OrderDeadlines.pastDue(tx.handle(), tx.now())) {
                expire(tx, order, expired);
            }
            return expired;
        });
    }

    private void expire(Tx tx, OrderStatus status, Duration timeout, List<Order> expired) {
        for (Order order : OrderDao.staleInStatus(tx.handle(), status, tx.now().minus(timeout))) {
            expire(tx, order, expired);
        }
    }

    private void expire(Tx tx, Order order, List<Order> expired) {
        OrderStatus status = order.status();
        if (OrderDao.compareAndSetStatus(tx.handle(), order.orderId(), status, OrderStatus.Expired, tx.now())) {
            AuditLog.order(tx.handle(), order.orderId(), "expire", "status", status, OrderStatus.Expired, tx.now());
            Order done = order.withStatus(OrderStatus.Expired, tx.now());
            outbox.orderAnnulled(tx, done, OrderStatus.Expired);
            tx.publishAfterCommit(new EngineEvent.OrderAnnulled(done, OrderStatus.Expired));
            expired.add(done);
        }
    }

    /** Runs {@link #expireNow()} every interval on its own thread until closed. */
    public void start(Duration interval) {
        start(interval, ExpiryRuns.NONE);
    }

    /** As {@link #start(Duration)}, telling {@code observer} of every pass. */
    public void start(Duration interval, ExpiryRuns observer) {
        runs = observer;
        task.start(interval);
    }

    private void scheduledPass() {
        long started = System.nanoTime();
        int n;
        try {
            n = expireNow().size();
        } catch (RuntimeException e) {
            runs.failed(System.nanoTime() - started);
            throw e;
        }
        runs.ran(n, System.nanoTime() - started);
        if (n > 0) {
            log.info("Expired {} order(s)", n);
        }
    }

    @Override
    public void close() {
        task.close();
    }
}
