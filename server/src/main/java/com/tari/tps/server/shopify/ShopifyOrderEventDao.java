package com.tari.tps.server.shopify;

import com.tari.tps.server.db.Timestamps;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** SQL for the shopify_order_events table. Every method runs on the caller's handle. */
public final class ShopifyOrderEventDao {
    private ShopifyOrderEventDao() {}

    /** When the newest handled event of the order was triggered. */
    public static Optional<Instant> lastTriggeredAt(Handle h, String orderId) {
        return h.createQuery("SELECT last_triggered_at FROM shopify_order_events WHERE order_id = :o")
                .bind("o", orderId).mapTo(String.class).findOne().map(Timestamps::parse);
    }

    public static void setLastTriggeredAt(Handle h, String orderId, Instant triggeredAt) {
        h.createUpdate("INSERT INTO shopify_order_events (order_id, last_triggered_at) VALUES (:o, :t) "
                        + "ON CONFLICT (order_id) DO UPDATE SET last_triggered_at = excluded.last_triggered_at")
                .bind("o", orderId).bind("t", Timestamps.format(triggeredAt)).execute();
    }
}
