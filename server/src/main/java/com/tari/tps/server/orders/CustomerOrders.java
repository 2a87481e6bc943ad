package com.tari.tps.server.orders;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.tari.tps.common.amount.MicroTari;

/** A customer's total of orders in one status. */
@JsonPropertyOrder({"customer_id", "status", "total_orders"})
public record CustomerOrders(
        @JsonProperty("customer_id") String customerId,
        @JsonProperty("status") OrderStatus status,
        @JsonProperty("total_orders") MicroTari totalOrders) {}
