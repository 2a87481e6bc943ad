package com.tari.tps.server.outbox;

import com.tari.tps.server.tx.Tx;
import com.tari.tps.server.orders.Order;
import com.tari.tps.server.orders.OrderStatus;

/**
 * Records the storefront callbacks an order change needs, in the same transaction as the change, so none is lost
 * if the process dies. {@link #disabled()} when no storefront is connected.
 */
public interface Outbox {
    void orderPaid(Tx tx, Order order);

    void orderAnnulled(Tx tx, Order order, OrderStatus status);

    static Outbox disabled() {
        return new Outbox() {
            @Override
            public void orderPaid(Tx tx, Order order) {}

            @Override
            public void orderAnnulled(Tx tx, Order order, OrderStatus status) {}
        };
    }
}
