package com.tari.tps.server.shopify;

import com.tari.tps.server.db.Database;
import com.tari.tps.server.db.Timestamps;
import java.time.Clock;

/** Shopify webhook deliveries already handled (X-Shopify-Webhook-Id), so a redelivery changes nothing. */
public final class WebhookDeliveries {
    private final Database database;
    private final Clock clock;

    public WebhookDeliveries(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public boolean seen(String webhookId) {
        Integer n = database.read(h -> h.createQuery("SELECT COUNT(*) FROM webhook_deliveries WHERE webhook_id = :id")
                .bind("id", webhookId).mapTo(Integer.class).one());
        return n > 0;
    }

    /** Records a delivery once it was handled; only then does a redelivery count as a duplicate. */
    public void handled(String webhookId, String topic, String triggeredAt) {
        database.write(h -> h.createUpdate("INSERT INTO webhook_deliveries (webhook_id, topic, triggered_at, received_at) "
                        + "VALUES (:id, :topic, :at, :now) ON CONFLICT DO NOTHING")
                .bind("id", webhookId).bind("topic", topic).bind("at", triggeredAt)
                .bind("now", Timestamps.format(clock.instant())).execute());
    }
}
