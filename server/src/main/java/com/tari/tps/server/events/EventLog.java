package com.tari.tps.server.events;

import com.tari.tps.server.db.StoreLock;
import com.tari.tps.server.db.Timestamps;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * SQL of the shared event log (PostgreSQL, several instances): each committed transaction's events as rows, and a
 * notification to every listening instance. Rows get their ids under a transaction lock taken last, just before the
 * commit, so ids follow commit order and a reader that has seen id N never later finds a new row below N.
 */
public final class EventLog {
    public static final String CHANNEL = "tps_events";

    private EventLog() {}

    public record Row(long id, String type, String body) {}

    public static void append(Handle h, EventCodec codec, List<EngineEvent> events, Instant now) {
        if (events.isEmpty()) {
            return;
        }
        h.createQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(:key)) AS locked").bind("key", StoreLock.Keys.EVENT_LOG)
                .mapTo(Integer.class).one();
        for (EngineEvent event : events) {
            h.createUpdate("INSERT INTO event_log (type, body, created_at) VALUES (:type, :body, :at)")
                    .bind("type", event.type()).bind("body", codec.encode(event)).bind("at", Timestamps.format(now)).execute();
        }
        // Delivered to the listeners when this transaction commits, and not at all if it rolls back.
        h.createQuery("SELECT 1 FROM (SELECT pg_notify(:channel, '')) AS sent").bind("channel", CHANNEL).mapTo(Integer.class).one();
    }

    public static List<Row> after(Handle h, long id, int limit) {
        return h.createQuery("SELECT id, type, body FROM event_log WHERE id > :id ORDER BY id LIMIT :limit")
                .bind("id", id).bind("limit", limit)
                .map((rs, ctx) -> new Row(rs.getLong("id"), rs.getString("type"), rs.getString("body"))).list();
    }

    public static long lastId(Handle h) {
        return h.createQuery("SELECT COALESCE(MAX(id), 0) FROM event_log").mapTo(Long.class).one();
    }

    public static int prune(Handle h, Instant before) {
        return h.createUpdate("DELETE FROM event_log WHERE created_at < :before").bind("before", Timestamps.format(before)).execute();
    }
}
