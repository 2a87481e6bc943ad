package com.tari.tps.server.tx;

import com.tari.tps.server.db.Database;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;

/**
 * Runs engine work in one database transaction and hands its facts to the publisher: inside the transaction (the
 * engine's publisher writes them to the shared event log on PostgreSQL), and to this instance only after the commit.
 */
public final class TransactionRunner {
    private final Database database;
    private final FactPublisher publisher;
    private final Clock clock;
    private final ThreadLocal<Tx> current = new ThreadLocal<>();

    public TransactionRunner(Database database, FactPublisher publisher, Clock clock) {
        this.database = database;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * Runs {@code work} as one transaction. Called from inside another write's work, it joins that transaction (its
     * own savepoint: a failure undoes only its part) and its facts are published with the outer ones, after the
     * outer commit.
     */
    public <R> R write(Function<Tx, R> work) {
        Tx outer = current.get();
        if (outer != null) {
            int kept = outer.events().size();
            try {
                return database.write(handle -> work.apply(outer));
            } catch (RuntimeException | Error e) {
                outer.keepEvents(kept);
                throw e;
            }
        }
        Object[] published = new Object[1];
        R result = database.write(handle -> {
            Tx tx = new Tx(handle, clock.instant(), database);
            R r;
            current.set(tx);
            try {
                r = work.apply(tx);
            } finally {
                current.remove();
            }
            published[0] = List.copyOf(tx.events());
            publisher.inTransaction(handle, tx.events(), tx.now());
            return r;
        });
        @SuppressWarnings("unchecked")
        List<Fact> committed = (List<Fact>) published[0];
        publisher.afterCommit(committed);
        return result;
    }

    public <R> R read(Function<Handle, R> work) {
        return database.read(work);
    }

    public Clock clock() {
        return clock;
    }
}
