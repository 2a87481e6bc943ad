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

    public TransactionRunner(Database database, FactPublisher publisher, Clock clock) {
        this.database = database;
        this.publisher = publisher;
        this.clock = clock;
    }

    public <R> R write(Function<Tx, R> work) {
        Object[] published = new Object[1];
        R result = database.write(handle -> {
            Tx tx = new Tx(handle, clock.instant(), database);
            R r = work.apply(tx);
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
