package com.tari.tps.server.audit;

import com.tari.tps.server.db.Timestamps;
import java.time.Instant;
import org.jdbi.v3.core.Handle;

/** Writes the order and payment audit history, in the caller's transaction: one row per insert and per change. */
public final class AuditLog {
    private AuditLog() {}

    public static void order(Handle h, String orderId, String action, String field, Object oldValue, Object newValue, Instant at) {
        h.createUpdate("INSERT INTO order_audit (order_id, action, field, old_value, new_value, changed_at) "
                        + "VALUES (:id, :action, :field, :old, :new, :at)")
                .bind("id", orderId).bind("action", action).bind("field", field)
                .bind("old", oldValue == null ? null : oldValue.toString())
                .bind("new", newValue == null ? null : newValue.toString())
                .bind("at", Timestamps.format(at)).execute();
    }

    public static void payment(Handle h, String txid, String action, String field, Object oldValue, Object newValue, Instant at) {
        h.createUpdate("INSERT INTO payment_audit (txid, action, field, old_value, new_value, changed_at) "
                        + "VALUES (:id, :action, :field, :old, :new, :at)")
                .bind("id", txid).bind("action", action).bind("field", field)
                .bind("old", oldValue == null ? null : oldValue.toString())
                .bind("new", newValue == null ? null : newValue.toString())
                .bind("at", Timestamps.format(at)).execute();
    }

    public static long orderRows(Handle h, String orderId) {
        return h.createQuery("SELECT COUNT(*) FROM order_audit WHERE order_id = :id").bind("id", orderId).mapTo(Long.class).one();
    }

    public static long paymentRows(Handle h, String txid) {
        return h.createQuery("SELECT COUNT(*) FROM payment_audit WHERE txid = :id").bind("id", txid).mapTo(Long.class).one();
    }
}
