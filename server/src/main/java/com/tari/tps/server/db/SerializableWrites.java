package com.tari.tps.server.db;

import java.sql.SQLException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Writes on PostgreSQL, where several server instances write the same database at once and no in-process lock can
 * order them. Every operation runs in its own SERIALIZABLE transaction: engine operations read (a balance, an order's
 * status, a nonce) and then decide, and only serializable isolation makes that decision hold against a concurrent
 * writer in another process without hand-placed row locks. PostgreSQL then aborts one of two conflicting transactions
 * (SQLSTATE 40001) or a deadlock victim (40P01); that operation is run again from the start, a bounded number of
 * times, so callers only see it when conflicts persist. The work must therefore keep its effects inside the
 * transaction (the engine's events are collected per attempt and published after the commit).
 *
 * <p>Under heavy contention on the same rows (many payments to one account at once, or small tables that PostgreSQL
 * scans whole and so locks whole) optimistic retries alone can keep colliding. So every write first takes a shared
 * advisory lock, and an operation that already lost a conflict runs again under the same lock taken exclusively: it
 * then runs alone across all instances (PostgreSQL queues new shared requests behind a waiting exclusive one) and
 * cannot conflict. The lock is a session lock taken before BEGIN, so the transaction's snapshot is taken after the
 * wait, not before; it is released after COMMIT, and PostgreSQL drops it with the connection if an instance dies.
 */
final class SerializableWrites implements Writes {
    static final int MAX_ATTEMPTS = 10;

    private final Jdbi jdbi;
    private final Semaphore waiting;
    /** Takes a connection out of the pool for good: one whose lock could not be released must not be reused. */
    private final java.util.function.Consumer<java.sql.Connection> evict;
    private final CommitObserver observer;
    private final ThreadLocal<Handle> writing = new ThreadLocal<>();
    private volatile boolean closed;

    /** At most {@code writeQueue} writes in progress or waiting for a connection; beyond that, {@link WriteQueueFull}. */
    SerializableWrites(Jdbi jdbi, int writeQueue, CommitObserver observer, java.util.function.Consumer<java.sql.Connection> evict) {
        this.evict = evict;
        this.jdbi = jdbi;
        this.waiting = new Semaphore(writeQueue);
        this.observer = observer;
    }

    @Override
    public <R> R write(Function<Handle, R> work) {
        Handle current = writing.get();
        if (current != null) {
            return nested(current, work);
        }
        if (closed || !waiting.tryAcquire()) {
            throw new WriteQueueFull();
        }
        try {
            for (int attempt = 1; ; attempt++) {
                long started = System.nanoTime();
                try {
                    R result = once(work, attempt > 1);
                    observe(System.nanoTime() - started, true);
                    return result;
                } catch (RuntimeException e) {
                    observe(System.nanoTime() - started, false);
                    if (attempt >= MAX_ATTEMPTS || !isConflict(e)) {
                        throw e;
                    }
                    pause(attempt);
                }
            }
        } finally {
            waiting.release();
        }
    }

    private <R> R once(Function<Handle, R> work, boolean alone) {
        try (Handle h = jdbi.open()) {
            h.createQuery(alone ? "SELECT 1 FROM (SELECT pg_advisory_lock(:key)) AS locked"
                            : "SELECT 1 FROM (SELECT pg_advisory_lock_shared(:key)) AS locked")
                    .bind("key", StoreLock.Keys.WRITES).mapTo(Integer.class).one();
            try {
                return inTransaction(h, work);
            } finally {
                try {
                    h.createQuery(alone ? "SELECT 1 FROM (SELECT pg_advisory_unlock(:key)) AS unlocked"
                                    : "SELECT 1 FROM (SELECT pg_advisory_unlock_shared(:key)) AS unlocked")
                            .bind("key", StoreLock.Keys.WRITES).mapTo(Integer.class).one();
                } catch (RuntimeException e) {
                    evict.accept(h.getConnection());
                }
            }
        }
    }

    private <R> R inTransaction(Handle h, Function<Handle, R> work) {
        h.setTransactionIsolationLevel(TransactionIsolationLevel.SERIALIZABLE);
        h.begin();
        writing.set(h);
        try {
            R result = work.apply(h);
            h.commit();
            return result;
        } catch (RuntimeException | Error e) {
            try {
                h.rollback();
            } catch (RuntimeException ignored) {
                // the connection is broken; it is evicted when its lock cannot be released
            }
            throw e;
        } finally {
            writing.remove();
        }
    }

    /** A write from inside a write (same thread): its own savepoint in the same transaction. */
    private static <R> R nested(Handle h, Function<Handle, R> work) {
        Savepoints.set(h, "nested");
        R result;
        try {
            result = work.apply(h);
        } catch (RuntimeException | Error e) {
            Savepoints.undo(h, "nested");
            throw e;
        }
        Savepoints.release(h, "nested");
        return result;
    }

    /** A serialization failure or a deadlock: nothing of the attempt stayed, running it again is safe. */
    static boolean isConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if ("40001".equals(s.getSQLState()) || "40P01".equals(s.getSQLState())) {
                        return true;
                    }
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** Randomised and growing, so the transactions that collided do not collide again in step. */
    private static void pause(int attempt) {
        long ceilingMicros = Math.min(20_000, 500L << Math.min(attempt, 6));
        try {
            java.util.concurrent.TimeUnit.MICROSECONDS.sleep(ThreadLocalRandom.current().nextLong(ceilingMicros / 2, ceilingMicros + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a write", e);
        }
    }

    private void observe(long nanos, boolean committed) {
        try {
            observer.batch(1, nanos, committed);
        } catch (RuntimeException ignored) {
            // metrics never stop a write
        }
    }

    @Override
    public void close() {
        closed = true;
    }
}
