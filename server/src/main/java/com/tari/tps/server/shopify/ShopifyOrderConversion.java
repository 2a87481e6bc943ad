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

    /**
     * An order node of the open-orders GraphQL query (shopify.md §5.6): ids are GIDs, money fields are strings. The
     * line-items total is not in that query, so that price field is refused rather than guessed.
     */
    public static StoreOrder fromGraphql(JsonNode node, String priceField) {
        String orderId = lastSegment(text(node, "id").orElseThrow(() -> new IllegalArgumentException("the order has no id")));
        String price = switch (priceField) {
            case "total_price" -> text(node, "totalPrice").orElse(null);
            case "subtotal_price" -> text(node, "subtotalPrice").orElse(null);
            default -> throw new IllegalArgumentException("the open-orders query has no line-items total; use the total or subtotal price field");
        };
        if (price == null) {
            throw new IllegalArgumentException("order " + orderId + " has no " + priceField);
        }
        String currency = text(node, "currencyCode").orElseThrow(() -> new IllegalArgumentException("order " + orderId + " has no currency"));
        JsonNode customer = node.get("customer");
        String customerId = customer != null && customer.hasNonNull("id") ? lastSegment(customer.get("id").asText()) : "guest-" + orderId;
        Optional<String> note = text(node, "note");
        Optional<com.tari.tps.common.address.TariAddress> claimant = note.flatMap(MemoSignature::parse)
                .filter(memo -> memo.orderId().equals(orderId)).filter(MemoSignature::isValid).map(MemoSignature::address);
        Instant created = text(node, "createdAt").map(t -> OffsetDateTime.parse(t).toInstant()).orElse(Instant.now());
        return new StoreOrder(orderId, text(node, "name"), customerId, note, claimant, price, currency, created, Optional.empty());
    }

    private static String lastSegment(String gid) {
        return gid.substring(gid.lastIndexOf('/') + 1);
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? Optional.empty() : Optional.of(value.asText());
    }
}
