package com.tari.tps.shopify.admin;

import com.tari.tps.shopify.model.ShopifyWebhook;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Subscribes the store to the webhooks TPS handles: an identical subscription is left alone, one
 * pointing elsewhere is moved, a missing one is created. Running it twice changes nothing the second time.
 */
public final class WebhookInstaller {
    /** Topic → path under the server URL. orders/updated has its own path; the old no_op path still answers. */
    public static final Map<String, String> TOPICS = topics();

    private final ShopifyAdminClient shopify;

    public WebhookInstaller(ShopifyAdminClient shopify) {
        this.shopify = shopify;
    }

    /** What install did for one topic. */
    public record Outcome(String topic, String address, Action action) {}

    public enum Action { ALREADY_INSTALLED, UPDATED, CREATED }

    /** Installs every topic for the server at {@code serverUrl} (a trailing slash is fine). */
    public List<Outcome> install(String serverUrl) throws ShopifyException {
        String base = serverUrl.trim().replaceAll("/+$", "");
        if (!base.startsWith("https://") && !base.startsWith("http://")) {
            throw new IllegalArgumentException("The server URL must start with https:// (got '" + serverUrl + "')");
        }
        List<ShopifyWebhook> existing = shopify.webhooks();
        List<Outcome> outcomes = new ArrayList<>();
        for (Map.Entry<String, String> topic : TOPICS.entrySet()) {
            String address = base + "/shopify/webhook/" + topic.getValue();
            ShopifyWebhook current = existing.stream().filter(h -> topic.getKey().equals(h.topic())).findFirst().orElse(null);
            if (current == null) {
                shopify.createWebhook(topic.getKey(), address);
                outcomes.add(new Outcome(topic.getKey(), address, Action.CREATED));
            } else if (address.equals(current.address())) {
                outcomes.add(new Outcome(topic.getKey(), address, Action.ALREADY_INSTALLED));
            } else {
                shopify.updateWebhook(current.id(), address);
                outcomes.add(new Outcome(topic.getKey(), address, Action.UPDATED));
            }
        }
        return outcomes;
    }

    private static Map<String, String> topics() {
        Map<String, String> topics = new LinkedHashMap<>();
        topics.put("orders/create", "checkout_create");
        topics.put("products/update", "product_updated");
        topics.put("order_transactions/create", "transaction_create");
        topics.put("orders/updated", "order_updated");
        return java.util.Collections.unmodifiableMap(topics);
    }
}
