package com.tari.tps.server.shopify;

import com.fasterxml.jackson.databind.JsonNode;
import com.tari.tps.common.address.TariAddress;
import com.tari.tps.common.signatures.MemoSignature;
import com.tari.tps.server.orders.StoreOrder;
import com.tari.tps.shopify.model.ShopifyOrder;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A Shopify order to a {@link StoreOrder}: numeric id, name as alt id, customer id (guest orders get
 * a per-order customer so they still work), the configured price field, currency, the note as memo, and a claim when
 * the note is a valid memo signature for this very order.
 */
public final class ShopifyOrderConversion {
    private ShopifyOrderConversion() {}

    /** @throws IllegalArgumentException when the order has no id, price or currency */
    public static StoreOrder convert(ShopifyOrder order, String priceField) {
        String orderId = present(order.id()).orElseThrow(() -> new IllegalArgumentException("the order has no id"));
        String price = order.price(priceField).orElseThrow(() -> new IllegalArgumentException("the order has no " + priceField));
        String currency = present(order.currency()).orElseThrow(() -> new IllegalArgumentException("the order has no currency"));
        String customerId = order.customerId().orElse("guest-" + orderId);
        Optional<String> note = present(order.note());
        Instant created = present(order.createdAt()).map(ShopifyOrderConversion::instant).orElse(Instant.now());
        return new StoreOrder(orderId, present(order.name()), customerId, note, claimant(note, orderId), price, currency, created,
                present(order.totalOutstanding()));
    }

    /**
     * An order node of the open-orders GraphQL query: ids are GIDs, money fields are strings. The
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
        Instant created = text(node, "createdAt").map(ShopifyOrderConversion::instant).orElse(Instant.now());
        return new StoreOrder(orderId, text(node, "name"), customerId, note, claimant(note, orderId), price, currency, created, Optional.empty());
    }

    /** The address of a memo-signature claim in the note, when it is valid and names this very order. */
    private static Optional<TariAddress> claimant(Optional<String> note, String orderId) {
        return note.flatMap(MemoSignature::parse)
                .filter(memo -> memo.orderId().equals(orderId))
                .filter(MemoSignature::isValid)
                .map(MemoSignature::address);
    }

    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("created_at is not an RFC 3339 time: " + text);
        }
    }

    private static String lastSegment(String gid) {
        return gid.substring(gid.lastIndexOf('/') + 1);
    }

    private static Optional<String> present(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? Optional.empty() : Optional.of(value.asText());
    }
}
