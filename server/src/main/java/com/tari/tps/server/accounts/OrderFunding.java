package com.tari.tps.server.accounts;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.tari.tps.common.amount.MicroTari;
import com.tari.tps.server.accounts.Settlement;
import com.tari.tps.server.orders.Order;
import com.tari.tps.server.orders.OrderStatus;
import com.tari.tps.server.payments.Payment;
import com.tari.tps.server.payments.PaymentStatus;
import java.util.List;

/**
 * What paid one order, for admins ({@code GET /api/order_funding/{order_id}}). The ledger pays orders from an
 * address's confirmed balance, so an order matched by account (its customer's addresses) can be paid without any
 * payment naming it; then {@code payments} is empty, {@code paid_from_credit} is true and the settlements say whose
 * balance paid it.
 *
 * @param payments        payments naming the order, any status, oldest first
 * @param settlements     the journal lines that moved funds to the order
 * @param paidFromCredit  Paid, and no confirmed payment names it: the funds came from account credit
 * @param explanation     one sentence for a person: why the lists look the way they do
 */
@JsonPropertyOrder({"order_id", "alt_id", "status", "total_price", "payments", "settlements", "paid_from_credit", "explanation"})
public record OrderFunding(
        @JsonProperty("order_id") String orderId,
        @JsonProperty("alt_id") String altId,
        @JsonProperty("status") OrderStatus status,
        @JsonProperty("total_price") MicroTari totalPrice,
        @JsonProperty("payments") List<Payment> payments,
        @JsonProperty("settlements") List<Settlement> settlements,
        @JsonProperty("paid_from_credit") boolean paidFromCredit,
        @JsonProperty("explanation") String explanation) {

    public OrderFunding {
        payments = List.copyOf(payments);
        settlements = List.copyOf(settlements);
    }

    public static OrderFunding of(Order order, List<Payment> payments, List<Settlement> settlements) {
        boolean confirmedPayment = payments.stream().anyMatch(p -> p.status() == PaymentStatus.CONFIRMED);
        boolean paid = order.status() == OrderStatus.Paid;
        boolean fromCredit = paid && !confirmedPayment && !settlements.isEmpty();
        return new OrderFunding(order.orderId(), order.altId(), order.status(), order.totalPrice(), payments, settlements,
                fromCredit, explain(order.status(), payments, settlements, confirmedPayment));
    }

    private static String explain(OrderStatus status, List<Payment> payments, List<Settlement> settlements,
                                  boolean confirmedPayment) {
        if (status == OrderStatus.Paid) {
            if (settlements.isEmpty()) {
                return "Marked paid without a settlement (an admin fulfilled it); no funds were moved.";
            }
            if (!confirmedPayment) {
                return "Paid from account credit: no confirmed payment names this order. The settlements show whose "
                        + "confirmed balance paid it; that address's payments are under /api/payments/{address}.";
            }
            return "Paid: the listed payments named this order, and the settlements show whose balance paid it.";
        }
        if (payments.isEmpty()) {
            return status.isOpen() ? "No payment names this order yet."
                    : "The order is " + status.name().toLowerCase(java.util.Locale.ROOT) + "; no payment named it.";
        }
        return status.isOpen() ? "Payments name this order; it is paid once confirmed funds cover its price."
                : "The order is " + status.name().toLowerCase(java.util.Locale.ROOT)
                        + "; the payments that named it stay as credit of their senders.";
    }
}
