package com.tari.tps.server.checkout;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.tari.tps.common.amount.MicroTari;
import com.tari.tps.server.orders.OrderStatus;
import java.time.Instant;

/**
 * What a checkout page may know about an order, and nothing more: no customer id, memo, claimant or sender. Shown
 * without login ({@code GET /order/status/{order_id}}, the checkout page, the WebSocket feed).
 *
 * @param amountDue  µT still to pay: the price less what settlements paid (0 once Paid)
 * @param amountPaid µT settled towards the order
 * @param expiresAt  when it stops being payable; null once Paid, Cancelled or Expired
 * @param payTo      the shop's payment wallet address in base58; null when the server has none configured
 * @param qrPayload  {@code tari://{network}/transactions/send?tariAddress={base58}} of payTo; null without payTo
 */
@JsonPropertyOrder({"order_id", "status", "total_price", "amount_due", "amount_paid", "expires_at", "pay_to", "qr_payload"})
public record OrderStatusView(
        @JsonProperty("order_id") String orderId,
        @JsonProperty("status") OrderStatus status,
        @JsonProperty("total_price") MicroTari totalPrice,
        @JsonProperty("amount_due") MicroTari amountDue,
        @JsonProperty("amount_paid") MicroTari amountPaid,
        @JsonProperty("expires_at") Instant expiresAt,
        @JsonProperty("pay_to") String payTo,
        @JsonProperty("qr_payload") String qrPayload) {}
