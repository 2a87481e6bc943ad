package com.tari.tps.server.orders;

import com.tari.tps.server.db.Timestamps;
import com.tari.tps.server.config.EngineSettings;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * SQL for per-order deadlines (table order_deadlines), and the one rule for when an order expires. An order with a
 * deadline expires at it; any other open order expires after the global timeout of its status, counted from its last
 * change. Every method runs on the caller's handle.
 */
public final class OrderDeadlines {
    private OrderDeadlines() {}

    public static void set(Handle h, String orderId, Instant payableUntil) {
        h.createUpdate("INSERT INTO order_deadlines (order_id, payable_until) VALUES (:o, :t)")
                .bind("o", orderId).bind("t", Timestamps.format(payableUntil)).execute();
    }

    public static Optional<Instant> of(Handle h, String orderId) {
        return h.createQuery("SELECT payable_until FROM order_deadlines WHERE order_id = :o").bind("o", orderId)
                .mapTo(String.class).findOne().map(Timestamps::parse);
    }

    public static void clear(Handle h, String orderId) {
        h.createUpdate("DELETE FROM order_deadlines WHERE order_id = :o").bind("o", orderId).execute();
    }

    /** Open orders whose own deadline is at or before {@code now}: the expiry candidates that have a deadline. */
    public static List<Order> pastDue(Handle h, Instant now) {
        return h.createQuery("SELECT o.id, o.order_id, o.alt_id, o.customer_id, o.memo, o.total_price, o.original_price, "
                        + "o.currency, o.created_at, o.updated_at, o.status, o.amount_outstanding FROM orders o "
                        + "JOIN order_deadlines d ON d.order_id = o.order_id "
                        + "WHERE o.status IN ('Unclaimed', 'New') AND d.payable_until <= :now ORDER BY o.id")
                .bind("now", Timestamps.format(now)).map(OrderDao::map).list();
    }

    /** When the expiry worker will expire the order; empty once it is Paid, Cancelled or Expired. */
    public static Optional<Instant> expiresAt(Handle h, Order order, EngineSettings settings) {
        if (!order.status().isOpen()) {
            return Optional.empty();
        }
        Optional<Instant> own = of(h, order.orderId());
        if (own.isPresent()) {
            return own;
        }
        return Optional.of(order.updatedAt().plus(order.status() == OrderStatus.New
                ? settings.unpaidOrderTimeout() : settings.unclaimedOrderTimeout()));
    }
}
