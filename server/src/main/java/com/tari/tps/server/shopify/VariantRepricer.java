package com.tari.tps.server.shopify;

import com.fasterxml.jackson.databind.JsonNode;
import com.tari.tps.common.amount.MicroTari;
import com.tari.tps.shopify.admin.ShopifyAdminClient;
import com.tari.tps.shopify.admin.ShopifyException;
import com.tari.tps.shopify.model.ShopifyProduct;
import com.tari.tps.shopify.model.ShopifyVariant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps each variant's {@code custom.tari_price} metafield equal to its price at the current rate:
 * only stale or missing values are written, so the products/update that a write itself causes changes nothing.
 */
public final class VariantRepricer {
    private static final Logger log = LoggerFactory.getLogger(VariantRepricer.class);

    private final ShopifyAdminClient shopify;

    public VariantRepricer(ShopifyAdminClient shopify) {
        this.shopify = shopify;
    }

    /** Reprices every variant of the store at a new rate (after POST /api/exchange_rate); returns how many were written. */
    public int repriceAll(MicroTari ratePerUnit) throws ShopifyException {
        int written = 0;
        for (JsonNode variant : shopify.variants()) {
            String gid = variant.path("id").asText("");
            String price = variant.path("price").asText("");
            if (gid.isEmpty() || price.isBlank()) {
                continue;
            }
            long id = Long.parseLong(gid.substring(gid.lastIndexOf('/') + 1));
            long expected = MicroTari.fromFiat(price, ratePerUnit.value()).value();
            JsonNode metafield = variant.path("metafield");
            if (metafield.isNull() || metafield.isMissingNode() || !metafield.path("value").asText().equals(Long.toString(expected))) {
                shopify.setTariPrice(id, expected);
                written++;
            }
        }
        return written;
    }

    /** Reprices the variants of a products/update payload; returns how many metafields were written. */
    public int reprice(ShopifyProduct product, MicroTari ratePerUnit) throws ShopifyException {
        int written = 0;
        for (ShopifyVariant variant : product.variants()) {
            String price = variant.price();
            if (variant.id() == null || !variant.id().matches("[0-9]{1,19}") || price == null || price.isBlank()) {
                continue;
            }
            long id = Long.parseLong(variant.id());
            long expected = MicroTari.fromFiat(price, ratePerUnit.value()).value();
            var current = shopify.variant(id);
            if (current.isEmpty()) {
                log.info("Variant {} is not in Shopify any more (deleted?); skipped", id);
                continue;
            }
            JsonNode metafield = current.get().path("metafield");
            if (!metafield.isNull() && !metafield.isMissingNode() && metafield.path("value").asText().equals(Long.toString(expected))) {
                continue;
            }
            shopify.setTariPrice(id, expected);
            written++;
        }
        return written;
    }
}
