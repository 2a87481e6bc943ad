package com.tari.tps.taritools.interactive;

import com.fasterxml.jackson.databind.JsonNode;
import com.tari.tps.server.config.Environment;
import com.tari.tps.server.shopify.ShopifySettings;
import com.tari.tps.shopify.admin.RetryPolicy;
import com.tari.tps.shopify.admin.ShopifyAdminClient;
import com.tari.tps.shopify.admin.ShopifyException;
import java.util.List;

/** The Shopify menu talks to the store directly, with the same TPG_SHOPIFY_* settings as the server. */
final class ShopifyMenu {
    private ShopifyMenu() {}

    static List<JsonNode> openOrders(Environment env) {
        ShopifyAdminClient client = new ShopifyAdminClient(ShopifySettings.from(env).admin().orElseThrow(() ->
                new IllegalStateException("Shopify is not configured: set TPG_SHOPIFY_SHOP and TPG_SHOPIFY_ADMIN_ACCESS_TOKEN")),
                RetryPolicy.standard());
        try {
            return client.openOrders();
        } catch (ShopifyException e) {
            throw new IllegalStateException("Error fetching open orders: " + e.getMessage());
        }
    }
}
