package com.tari.tps.server.events;

import com.tari.tps.server.db.Database;
import com.tari.tps.server.db.Notifications;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every instance's events, read back from the shared event log (PostgreSQL) in id order and handed to one sink on a
 * thread of its own: what a request to another instance caused reaches this instance's live clients too. Woken by
 * {@code NOTIFY}, and reading anyway every second, so a lost notification or a dropped listening connection delays
 * events but loses none. Old rows are pruned after {@link #KEEP}.
 */
public final class EventLogFeed implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EventLogFeed.class);
    static final Duration KEEP = Duration.ofHours(1);
    private static final Duration WAIT = Duration.ofSeconds(1);
    private static final Duration PRUNE_EVERY = Duration.ofMinutes(5);
    private static final int BATCH = 500;

    /** Receives each event with its log id, which every instance gives the same event. */
    public interface Sink {
        void accept(long id, EngineEvent event);
    }

    private final Database database;
    private final EventCodec codec;
    private final Clock clock;
    private volatile Sink sink;
    private final Thread thread;
    private volatile boolean closed;
    private volatile Notifications notifications;
    private long last;

    /** Starts after the log's current end: older events are no one's live news. */
    public EventLogFeed(Database database, Clock clock) {
        this.database = database;
        this.codec = new EventCodec();
        this.clock = clock;
        this.last = database.read(EventLog::lastId);
        this.thread = new Thread(this::run, "event-log-feed");
        thread.setDaemon(true);
    }

    /** The id of the newest event in the log when this feed began: ids above it are what it delivers. */
    public long startedAfter() {
        return last;
    }

    public void start(Sink sink) {
        this.sink = sink;
        thread.start();
    }

    private void run() {
        long nextPrune = 0;
        try (Notifications listening = database.listen(EventLog.CHANNEL)) {
            notifications = listening;
            while (!closed) {
                listening.await(WAIT);
                drain();
                if (System.nanoTime() - nextPrune > 0) {
                    prune();
                    nextPrune = System.nanoTime() + PRUNE_EVERY.toNanos();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void drain() {
        while (!closed) {
            List<EventLog.Row> rows;
            try {
                rows = database.read(h -> EventLog.after(h, last, BATCH));
            } catch (RuntimeException e) {
                log.warn("Reading the shared event log failed, trying again: {}", e.toString());
                return;
            }
            for (EventLog.Row row : rows) {
                try {
                    sink.accept(row.id(), codec.decode(row.type(), row.body()));
                } catch (RuntimeException e) {
                    log.warn("Event {} of the shared event log was not delivered: {}", row.id(), e.toString());
                }
                last = row.id();
            }
            if (rows.size() < BATCH) {
                return;
            }
        }
    }

    private void prune() {
        try {
            database.write(h -> EventLog.prune(h, clock.instant().minus(KEEP)));
        } catch (RuntimeException e) {
            log.warn("Pruning the shared event log failed: {}", e.toString());
        }
    }

    @Override
    public void close() {
        closed = true;
        Notifications n = notifications;
        if (n != null) {
            n.close();
        }
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
