package com.tari.tps.server.shopify;

import com.tari.tps.server.db.Timestamps;
import java.time.Instant;
import org.jdbi.v3.core.Handle;

/** SQL for the webhook_deliveries table. Every method runs on the caller's handle. */
public final class WebhookDeliveryDao {
    private WebhookDeliveryDao() {}

    public static boolean exists(Handle h, String webhookId) {
        return h.createQuery("SELECT COUNT(*) FROM webhook_deliveries WHERE webhook_id = :id")
                .bind("id", webhookId).mapTo(Integer.class).one() > 0;
    }

    /** Idempotent: a delivery recorded before stays as it was. */
    public static int insertIfAbsent(Handle h, String webhookId, String topic, String triggeredAt, Instant now) {
        return h.createUpdate("INSERT INTO webhook_deliveries (webhook_id, topic, triggered_at, received_at) "
                        + "VALUES (:id, :topic, :at, :now) ON CONFLICT DO NOTHING")
                .bind("id", webhookId).bind("topic", topic).bind("at", triggeredAt)
                .bind("now", Timestamps.format(now)).execute();
    }
}
