package com.tari.tps.server.outbox;

import com.tari.tps.server.db.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** SQL for the outbox table. */
public final class OutboxDao {
    private OutboxDao() {}

    public static void insert(Handle h, String kind, String orderId, String payload, Instant now) {
        h.createUpdate("INSERT INTO outbox (kind, order_id, payload, status, attempts, next_attempt_at, created_at) "
                        + "VALUES (:kind, :order, :payload, 'Pending', 0, :now, :now)")
                .bind("kind", kind).bind("order", orderId).bind("payload", payload).bind("now", Timestamps.format(now)).execute();
    }

    /**
     * Pending callbacks due now, oldest first, leaving out any whose order has an older callback not yet sent: an
     * order's callbacks go out in the order they were written.
     */
    public static List<Callback> due(Handle h, Instant now, int limit) {
        return h.createQuery("SELECT * FROM outbox o WHERE status = 'Pending' AND next_attempt_at <= :now AND NOT EXISTS "
                        + "(SELECT 1 FROM outbox e WHERE e.order_id = o.order_id AND e.id < o.id AND e.status <> 'Sent') "
                        + "ORDER BY id LIMIT :limit")
                .bind("now", Timestamps.format(now)).bind("limit", limit).map(OutboxDao::map).list();
    }

    public static void sent(Handle h, long id, Instant now) {
        h.createUpdate("UPDATE outbox SET status = 'Sent', attempts = attempts + 1, sent_at = :now, last_error = NULL WHERE id = :id")
                .bind("now", Timestamps.format(now)).bind("id", id).execute();
    }

    public static void retryLater(Handle h, long id, Instant next, String error) {
        h.createUpdate("UPDATE outbox SET attempts = attempts + 1, next_attempt_at = :next, last_error = :error WHERE id = :id")
                .bind("next", Timestamps.format(next)).bind("error", error).bind("id", id).execute();
    }

    public static void failed(Handle h, long id, String error) {
        h.createUpdate("UPDATE outbox SET status = 'Failed', attempts = attempts + 1, last_error = :error WHERE id = :id")
                .bind("error", error).bind("id", id).execute();
    }

    /** Makes every pending callback waiting for a later attempt due now (Shopify answers again); how many. */
    public static int wakePending(Handle h, Instant now) {
        return h.createUpdate("UPDATE outbox SET next_attempt_at = :now WHERE status = 'Pending' AND next_attempt_at > :now")
                .bind("now", Timestamps.format(now)).execute();
    }

    /** Puts a failed or pending callback back in line now; false when it does not exist or was already sent. */
    public static boolean retryNow(Handle h, long id, Instant now) {
        return h.createUpdate("UPDATE outbox SET status = 'Pending', next_attempt_at = :now WHERE id = :id AND status <> 'Sent'")
                .bind("now", Timestamps.format(now)).bind("id", id).execute() == 1;
    }

    public static List<Callback> unsent(Handle h) {
        return h.createQuery("SELECT * FROM outbox WHERE status <> 'Sent' ORDER BY id").map(OutboxDao::map).list();
    }

    public static Optional<Callback> byId(Handle h, long id) {
        return h.createQuery("SELECT * FROM outbox WHERE id = :id").bind("id", id).map(OutboxDao::map).findOne();
    }

    static Callback map(ResultSet rs, StatementContext ctx) throws SQLException {
        String sent = rs.getString("sent_at");
        return new Callback(rs.getLong("id"), rs.getString("kind"), rs.getString("order_id"), rs.getString("payload"),
                rs.getString("status"), rs.getInt("attempts"), Timestamps.parse(rs.getString("next_attempt_at")),
                rs.getString("last_error"), Timestamps.parse(rs.getString("created_at")), sent == null ? null : Timestamps.parse(sent));
    }

    /** Callbacks not yet sent with one status: how many, and when the oldest was written (text; null when none). */
    public record Unsent(String status, long count, String oldestCreatedAt) {}

    /** The callbacks not yet sent, grouped by status. */
    public static List<Unsent> unsentByStatus(Handle h) {
        return h.createQuery("SELECT status, COUNT(*) AS n, MIN(created_at) AS oldest FROM outbox WHERE status <> 'Sent' GROUP BY status")
                .map((rs, ctx) -> new Unsent(rs.getString("status"), rs.getLong("n"), rs.getString("oldest"))).list();
    }
}
