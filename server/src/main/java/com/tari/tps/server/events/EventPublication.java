package com.tari.tps.server.events;

import com.tari.tps.server.db.Dialect;
import com.tari.tps.server.tx.Fact;
import com.tari.tps.server.tx.FactPublisher;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The engine's events after commit: to this instance's bus; on PostgreSQL also, in the same transaction, to the shared
 * event log, for the live clients of every instance on the database ({@link EventLogFeed}).
 */
public final class EventPublication implements FactPublisher {
    private final EventBus events;
    private final Dialect dialect;
    private final EventCodec codec = new EventCodec();

    public EventPublication(EventBus events, Dialect dialect) {
        this.events = events;
        this.dialect = dialect;
    }

    @Override
    public void inTransaction(Handle h, List<Fact> facts, Instant now) {
        if (dialect == Dialect.POSTGRESQL) {
            EventLog.append(h, codec, engineEvents(facts), now);
        }
    }

    @Override
    public void afterCommit(List<Fact> facts) {
        engineEvents(facts).forEach(events::publish);
    }

    /** Every fact of the engine is one of its events (EngineEvent is the only kind it publishes). */
    private static List<EngineEvent> engineEvents(List<Fact> facts) {
        return facts.stream().map(EngineEvent.class::cast).toList();
    }
}
