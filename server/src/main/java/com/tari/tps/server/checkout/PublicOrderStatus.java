package com.tari.tps.server.checkout;

import com.tari.tps.common.amount.MicroTari;
import com.tari.tps.server.claims.ClaimService;
import com.tari.tps.server.orders.Order;
import com.tari.tps.server.orders.OrderService;
import com.tari.tps.server.orders.OrderStatus;
import java.util.Optional;

/** Builds the public {@link OrderStatusView} of an order from the engine. Thread-safe. */
public final class PublicOrderStatus {
    private final OrderService orders;
    private final ClaimService claims;

    public PublicOrderStatus(OrderService orders, ClaimService claims) {
        this.orders = orders;
        this.claims = claims;
    }

    /** Empty for an unknown order id. */
    public Optional<OrderStatusView> of(String orderId) {
        return orders.find(orderId).map(this::view);
    }

    private OrderStatusView view(Order order) {
        MicroTari paid = orders.settledAmount(order.orderId());
        MicroTari due = order.status() == OrderStatus.Paid ? MicroTari.ZERO
                : MicroTari.of(Math.max(0, order.totalPrice().minus(paid).value()));
        var sendTo = claims.sendTo();
        return new OrderStatusView(order.orderId(), order.status(), order.totalPrice(), due, paid,
                orders.expiresAt(order).orElse(null), sendTo.map(a -> a.toBase58()).orElse(null),
                sendTo.map(PaymentUri::of).orElse(null));
    }
}
