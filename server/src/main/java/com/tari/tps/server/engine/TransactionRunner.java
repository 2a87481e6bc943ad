package com.tari.tps.server.engine;

import com.tari.tps.server.db.Database;
import com.tari.tps.server.events.EngineEvent;
import com.tari.tps.server.events.EventBus;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;

/** Runs engine work in one database transaction and publishes its events only after the commit. */
public final class TransactionRunner {
    private final Database database;
    private final EventBus events;
    private final Clock clock;

    public TransactionRunner(Database database, EventBus events, Clock clock) {
        this.database = database;
        this.events = events;
        this.clock = clock;
    }

    public <R> R write(Function<Tx, R> work) {
        Object[] published = new Object[1];
        R result = database.write(handle -> {
            Tx tx = new Tx(handle, clock.instant());
            R r = work.apply(tx);
            published[0] = List.copyOf(tx.events());
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
