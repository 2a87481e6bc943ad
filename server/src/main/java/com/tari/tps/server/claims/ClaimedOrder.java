package com.tari.tps.server.claims;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.tari.tps.common.address.TariAddress;
import com.tari.tps.common.address.TariAddressSerdeJson;
import com.tari.tps.common.amount.MicroTari;
import com.tari.tps.server.orders.OrderStatus;
import java.time.Instant;

/**
 * What a shopper learns from a claim: what to pay, by when, and where. sendTo may be null. Unlike most addresses on
 * the wire, {@code send_to} is the raw address object ({@code {"Single":{…}}}), which the original taritools and
 * wallets decode; a base58 string there breaks them.
 */
@JsonPropertyOrder({"order_id", "total_price", "expires_at", "status", "send_to"})
public record ClaimedOrder(
        @JsonProperty("order_id") String orderId,
        @JsonProperty("total_price") MicroTari totalPrice,
        @JsonProperty("expires_at") Instant expiresAt,
        @JsonProperty("status") OrderStatus status,
        @JsonProperty("send_to") @JsonSerialize(using = TariAddressSerdeJson.Serializer.class) TariAddress sendTo) {}
