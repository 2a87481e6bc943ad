package com.tari.tps.server.claims;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.tari.tps.common.address.TariAddress;
import com.tari.tps.common.amount.MicroTari;
import com.tari.tps.server.orders.OrderStatus;
import java.time.Instant;

/** What a shopper learns from a claim: what to pay, by when, and where (data_objects.md §6.2). sendTo may be null. */
@JsonPropertyOrder({"order_id", "total_price", "expires_at", "status", "send_to"})
public record ClaimedOrder(
        @JsonProperty("order_id") String orderId,
        @JsonProperty("total_price") MicroTari totalPrice,
        @JsonProperty("expires_at") Instant expiresAt,
        @JsonProperty("status") OrderStatus status,
        @JsonProperty("send_to") TariAddress sendTo) {}
