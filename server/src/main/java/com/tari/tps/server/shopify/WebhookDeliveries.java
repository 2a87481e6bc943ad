package com.tari.tps.server.shopify;

import com.tari.tps.server.tx.TransactionRunner;

/** Shopify webhook deliveries already handled (X-Shopify-Webhook-Id), so a redelivery changes nothing. */
public final class WebhookDeliveries {
    private final TransactionRunner runner;

    public WebhookDeliveries(TransactionRunner runner) {
        this.runner = runner;
    }

    public boolean seen(String webhookId) {
        return runner.read(h -> WebhookDeliveryDao.exists(h, webhookId));
    }

    /** Records a delivery once it was handled; only then does a redelivery count as a duplicate. */
    public void handled(String webhookId, String topic, String triggeredAt) {
        runner.write(tx -> WebhookDeliveryDao.insertIfAbsent(tx.handle(), webhookId, topic, triggeredAt, tx.now()));
    }
}
