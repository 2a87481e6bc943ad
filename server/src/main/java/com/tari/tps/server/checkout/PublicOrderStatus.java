package com.tari.tps.server.checkout;

import com.tari.tps.common.amount.MicroTari;
import com.tari.tps.server.claims.ClaimService;
import com.tari.tps.server.orders.Order;
import com.tari.tps.server.orders.lifecycle.OrderService;
import com.tari.tps.server.orders.OrderStatus;
import com.tari.tps.server.payments.Payment;
import com.tari.tps.server.payments.processing.PaymentService;
import com.tari.tps.server.payments.PaymentStatus;
import java.util.List;
import java.util.Optional;

/** Builds the public {@link OrderStatusView} of an order from the engine. Thread-safe. */
public final class PublicOrderStatus {
    private final OrderService orders;
    private final PaymentService payments;
    private final ClaimService claims;

    public PublicOrderStatus(OrderService orders, PaymentService payments, ClaimService claims) {
        this.orders = orders;
        this.payments = payments;
        this.claims = claims;
    }

    /** Empty for an unknown order id. */
    public Optional<OrderStatusView> of(String orderId) {
        return orders.find(orderId).map(this::view);
    }

    private OrderStatusView view(Order order) {
        MicroTari settled = orders.settledAmount(order.orderId());
        List<Payment> named = payments.paymentsNaming(order).stream()
                .filter(p -> p.status() != PaymentStatus.CANCELLED).toList();
        long received = named.stream().mapToLong(p -> p.amount().value()).sum();
        long pending = named.stream().filter(p -> p.status() == PaymentStatus.RECEIVED).mapToLong(p -> p.amount().value()).sum();
        MicroTari due = order.status() == OrderStatus.Paid ? MicroTari.ZERO
                : MicroTari.of(Math.max(0, order.totalPrice().value() - Math.max(settled.value(), received)));
        String name = order.altId() == null || order.altId().isBlank() ? order.orderId() : order.altId();
        var sendTo = claims.sendTo();
        return new OrderStatusView(order.orderId(), order.status(), order.totalPrice(), due, settled,
                orders.expiresAt(order).orElse(null), sendTo.map(a -> a.toBase58()).orElse(null),
                sendTo.map(a -> com.tari.tps.common.address.PaymentRequest.forOrder(a, due, name)).orElse(null), name,
                stage(order.status(), received, pending), MicroTari.of(received), MicroTari.of(pending),
                named.stream().map(Payment::txid).toList(), order.status().isOpen() ? null : order.updatedAt());
    }

    static CheckoutStage stage(OrderStatus status, long received, long pending) {
        return switch (status) {
            case Paid -> CheckoutStage.PAID;
            case Expired -> CheckoutStage.EXPIRED;
            case Cancelled -> CheckoutStage.CANCELLED;
            case Unclaimed, New -> pending > 0 ? CheckoutStage.CONFIRMING
                    : received > 0 ? CheckoutStage.PARTIALLY_PAID : CheckoutStage.AWAITING_PAYMENT;
        };
    }
}
