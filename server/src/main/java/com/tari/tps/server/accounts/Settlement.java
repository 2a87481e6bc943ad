package com.tari.tps.server.accounts;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.tari.tps.common.address.TariAddress;
import com.tari.tps.common.amount.MicroTari;
import java.time.Instant;

/** One line of the settlement journal: {@code amount} of {@code paymentAddress}'s funds went to {@code orderId}. */
@JsonPropertyOrder({"id", "created_at", "order_id", "payment_address", "settlement_type", "amount"})
public record Settlement(
        @JsonProperty("id") long id,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("order_id") String orderId,
        @JsonProperty("payment_address") TariAddress paymentAddress,
        @JsonProperty("settlement_type") SettlementType settlementType,
        @JsonProperty("amount") MicroTari amount) {}
