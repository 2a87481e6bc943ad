package com.tari.tps.server.checkout;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.tari.tps.common.amount.MicroTari;
import com.tari.tps.server.orders.OrderStatus;
import java.time.Instant;
import java.util.List;

/**
 * What a checkout page may know about an order, and nothing more: no customer id, memo, claimant or sender. Shown
 * without login ({@code GET /order/status/{order_id}}, the checkout page, the WebSocket feed).
 *
 * @param amountDue      µT still to send: the price less what was settled or received for it (0 once Paid)
 * @param amountPaid     µT settled towards the order
 * @param expiresAt      when it stops being payable; null once Paid, Cancelled or Expired
 * @param payTo          the shop's payment wallet address in base58; null when the server has none configured
 * @param qrPayload      the wallet payment request for what is due (see {@link com.tari.tps.common.address.PaymentRequest}); null without payTo
 * @param orderName      what the shop calls the order (its alt id, e.g. {@code #1002}), else the order id
 * @param amountReceived µT of the payments naming the order that are not cancelled, confirmed or not
 * @param amountPending  the part of amountReceived still waiting for confirmation
 * @param txids          the transactions of those payments, oldest first; empty when none named it
 * @param closedAt       when the order became Paid, Expired or Cancelled; null while open
 */
@JsonPropertyOrder({"order_id", "status", "total_price", "amount_due", "amount_paid", "expires_at", "pay_to", "qr_payload",
        "order_name", "stage", "amount_received", "amount_pending", "txids", "closed_at"})
public record OrderStatusView(
        @JsonProperty("order_id") String orderId,
        @JsonProperty("status") OrderStatus status,
        @JsonProperty("total_price") MicroTari totalPrice,
        @JsonProperty("amount_due") MicroTari amountDue,
        @JsonProperty("amount_paid") MicroTari amountPaid,
        @JsonProperty("expires_at") Instant expiresAt,
        @JsonProperty("pay_to") String payTo,
        @JsonProperty("qr_payload") String qrPayload,
        @JsonProperty("order_name") String orderName,
        @JsonProperty("stage") CheckoutStage stage,
        @JsonProperty("amount_received") MicroTari amountReceived,
        @JsonProperty("amount_pending") MicroTari amountPending,
        @JsonProperty("txids") List<String> txids,
        @JsonProperty("closed_at") Instant closedAt) {

    public OrderStatusView {
        txids = List.copyOf(txids);
    }
}
