package com.tari.tps.server.live;

import com.tari.tps.server.events.EngineEvent;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * The last {@code capacity} live events in memory, numbered as they are appended, so a client that reconnects with
 * {@code Last-Event-ID} gets what it missed. Older events fall out. Thread-safe.
 *
 * <p>Numbering starts above {@code idsAbove}. The server passes its start time as epoch milliseconds × 1000, so ids
 * keep increasing across restarts (unless a restart comes with more than 1000 events a millisecond, or the clock
 * goes back), and an id from before a restart counts as older than everything kept rather than as a future id.
 */
public final class RecentEvents {
    private final int capacity;
    private final Deque<LiveEvent> events = new ArrayDeque<>();
    private long lastId;

    public RecentEvents(int capacity, long idsAbove) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
        this.lastId = idsAbove;
    }

    /** Numbers the event with the next id and keeps it, dropping the oldest when full. */
    public synchronized LiveEvent append(EngineEvent event, java.util.function.Supplier<Set<String>> audience, Set<String> orderIds) {
        LiveEvent live = new LiveEvent(++lastId, event, audience, orderIds);
        events.addLast(live);
        if (events.size() > capacity) {
            events.removeFirst();
        }
        return live;
    }

    /**
     * Keeps an event numbered elsewhere (the shared event log), whose ids only grow; empty for one at or below the
     * last id, already delivered.
     */
    public synchronized java.util.Optional<LiveEvent> appendNumbered(long id, EngineEvent event,
            java.util.function.Supplier<Set<String>> audience, Set<String> orderIds) {
        if (id <= lastId) {
            return java.util.Optional.empty();
        }
        lastId = id;
        LiveEvent live = new LiveEvent(id, event, audience, orderIds);
        events.addLast(live);
        if (events.size() > capacity) {
            events.removeFirst();
        }
        return java.util.Optional.of(live);
    }

    /** The kept events with an id above {@code id}, oldest first. */
    public synchronized List<LiveEvent> after(long id) {
        return events.stream().filter(e -> e.id() > id).toList();
    }

    /**
     * True when every event after {@code id} is still kept, so a resume from it misses nothing. False for an id older
     * than the oldest kept one, and for an id this feed never gave out.
     */
    public synchronized boolean covers(long id) {
        if (id > lastId) {
            return false;
        }
        return events.isEmpty() ? id == lastId : id >= events.peekFirst().id() - 1;
    }

    public synchronized long lastId() {
        return lastId;
    }
}
