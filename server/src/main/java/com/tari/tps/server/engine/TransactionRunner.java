package com.tari.tps.server.engine;

import com.tari.tps.server.db.Database;
import com.tari.tps.server.events.EngineEvent;
import com.tari.tps.server.events.EventBus;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;

/**
 * Runs engine work in one database transaction and publishes its events to this instance's bus only after the
 * commit; on PostgreSQL the events are also written to the shared event log in the same transaction.
 */
public final class TransactionRunner {
    private final Database database;
    private final EventBus events;
    private final Clock clock;
    private final com.tari.tps.server.events.EventCodec codec = new com.tari.tps.server.events.EventCodec();

    public TransactionRunner(Database database, EventBus events, Clock clock) {
        this.database = database;
        this.events = events;
        this.clock = clock;
    }

    public <R> R write(Function<Tx, R> work) {
        Object[] published = new Object[1];
        R result = database.write(handle -> {
            Tx tx = new Tx(handle, clock.instant(), database);
            R r = work.apply(tx);
            published[0] = List.copyOf(tx.events());
            if (database.dialect() == com.tari.tps.server.db.Dialect.POSTGRESQL) {
                // For the live clients of every instance on the database (EventLogFeed), committed with the change.
                com.tari.tps.server.events.EventLog.append(handle, codec, tx.events(), tx.now());
            }
            return r;
        });
        @SuppressWarnings("unchecked")
        List<EngineEvent> committed = (List<EngineEvent>) published[0];
        committed.forEach(events::publish);
        return result;
    }

    public <R> R read(Function<Handle, R> work) {
        return database.read(work);
    }

    public Clock clock() {
        return clock;
    }
}
