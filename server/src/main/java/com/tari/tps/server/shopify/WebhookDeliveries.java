package com.tari.tps.server.shopify;

import com.tari.tps.server.db.Database;
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
        return database.read(h -> WebhookDeliveryDao.exists(h, webhookId));
    }

    /** Records a delivery once it was handled; only then does a redelivery count as a duplicate. */
    public void handled(String webhookId, String topic, String triggeredAt) {
        database.write(h -> WebhookDeliveryDao.insertIfAbsent(h, webhookId, topic, triggeredAt, clock.instant()));
    }
}
