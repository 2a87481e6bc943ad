package com.tari.tps.server.shopify;

import com.fasterxml.jackson.databind.JsonNode;
import com.tari.tps.common.signatures.MemoSignature;
import com.tari.tps.server.orders.StoreOrder;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A Shopify order JSON to a {@link StoreOrder} (shopify.md §3.1, the minimal part): numeric id, name as alt id,
 * customer id (guest orders get a per-order customer so they still work), the configured price field, currency, the
 * note as memo, and a claim when the note is a valid memo signature for this very order.
 */
public final class ShopifyOrderConversion {
    private ShopifyOrderConversion() {}

    /** @throws IllegalArgumentException when the order has no id, price or currency */
    public static StoreOrder convert(JsonNode order, String priceField) {
        JsonNode id = order.get("id");
        if (id == null || !(id.isIntegralNumber() || id.isTextual()) || id.asText().isBlank()) {
            throw new IllegalArgumentException("the order has no id");
        }
        String orderId = id.asText();
        String price = text(order, priceField).orElseThrow(() -> new IllegalArgumentException("the order has no " + priceField));
        String currency = text(order, "currency").orElseThrow(() -> new IllegalArgumentException("the order has no currency"));
        JsonNode customer = order.get("customer");
        String customerId = customer != null && customer.hasNonNull("id") ? customer.get("id").asText() : "guest-" + orderId;
        Optional<String> note = text(order, "note");
        Optional<com.tari.tps.common.address.TariAddress> claimant = note.flatMap(MemoSignature::parse)
                .filter(memo -> memo.orderId().equals(orderId))
                .filter(MemoSignature::isValid)
                .map(MemoSignature::address);
        Instant created = text(order, "created_at").map(t -> OffsetDateTime.parse(t).toInstant()).orElse(Instant.now());
        return new StoreOrder(orderId, text(order, "name"), customerId, note, claimant, price, currency, created,
                text(order, "total_outstanding"));
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? Optional.empty() : Optional.of(value.asText());
    }
}
