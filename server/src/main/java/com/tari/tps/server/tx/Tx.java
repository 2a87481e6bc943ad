package com.tari.tps.server.tx;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** One write transaction: its handle, the time it runs at, and the events to publish once it commits. */
public final class Tx {
    private final Handle handle;
    private final Instant now;
    private final List<Fact> events = new ArrayList<>();
    private final com.tari.tps.server.db.Database database;

    Tx(Handle handle, Instant now, com.tari.tps.server.db.Database database) {
        this.handle = handle;
        this.now = now;
        this.database = database;
    }

    /**
     * Claims {@code key} until this transaction ends, or false when another server instance's transaction holds it
     * (work that one instance at a time should do, such as an expiry pass).
     */
    public boolean tryExclusive(long key) {
        return database.tryTransactionLock(handle, key);
    }

    public Handle handle() {
        return handle;
    }

    /** The one clock reading every row of this transaction is stamped with. */
    public Instant now() {
        return now;
    }

    /** Told (to this instance's listeners, and on PostgreSQL to every instance's) once this transaction commits. */
    public void publishAfterCommit(Fact event) {
        events.add(event);
    }

    /** Forgets the facts recorded after the first {@code keep}: a nested write that failed was rolled back. */
    void keepEvents(int keep) {
        events.subList(keep, events.size()).clear();
    }

    List<Fact> events() {
        return events;
    }
}
