package com.tari.tps.server.payments;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.tari.tps.common.address.TariAddress;
import com.tari.tps.common.amount.MicroTari;
import java.time.Instant;

/** A stored payment. Nullable: memo, orderId. */
@JsonPropertyOrder({"txid", "created_at", "updated_at", "sender", "amount", "memo", "payment_type", "status", "order_id"})
public record Payment(
        @JsonProperty("txid") String txid,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt,
        @JsonProperty("sender") TariAddress sender,
        @JsonProperty("amount") MicroTari amount,
        @JsonProperty("memo") String memo,
        @JsonProperty("payment_type") PaymentType paymentType,
        @JsonProperty("status") PaymentStatus status,
        @JsonProperty("order_id") String orderId) {}
