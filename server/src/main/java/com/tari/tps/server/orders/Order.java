package com.tari.tps.server.orders;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.tari.tps.common.amount.MicroTari;
import java.time.Instant;

/** A storefront order as the engine keeps it. Nullable: altId, memo, originalPrice, amountOutstanding. */
@JsonPropertyOrder({"id", "order_id", "alt_id", "customer_id", "memo", "total_price", "original_price", "currency",
        "created_at", "updated_at", "status", "amount_outstanding"})
public record Order(
        @JsonProperty("id") long id,
        @JsonProperty("order_id") String orderId,
        @JsonProperty("alt_id") String altId,
        @JsonProperty("customer_id") String customerId,
        @JsonProperty("memo") String memo,
        @JsonProperty("total_price") MicroTari totalPrice,
        @JsonProperty("original_price") String originalPrice,
        @JsonProperty("currency") String currency,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt,
        @JsonProperty("status") OrderStatus status,
        @JsonProperty("amount_outstanding") String amountOutstanding) {

    public Order withStatus(OrderStatus newStatus, Instant at) {
        return new Order(id, orderId, altId, customerId, memo, totalPrice, originalPrice, currency, createdAt, at,
                newStatus, amountOutstanding);
    }
}
