package com.tari.tps.server.claims;

import com.tari.tps.common.address.TariAddress;
import com.tari.tps.server.accounts.LedgerDao;
import com.tari.tps.server.audit.AuditLog;
import com.tari.tps.server.tx.EngineException;
import com.tari.tps.server.tx.Tx;
import com.tari.tps.server.events.EngineEvent;
import com.tari.tps.server.orders.Order;
import com.tari.tps.server.orders.OrderDao;
import com.tari.tps.server.orders.OrderStatus;

/** Links an address to an order's customer and moves an Unclaimed order to New, inside the caller's transaction. */
public final class ClaimRecorder {
    private ClaimRecorder() {}

    /**
     * @throws EngineException.Conflict when the order is Paid, Cancelled or Expired: claiming must never reopen it
     */
    public static Order claim(Tx tx, Order order, TariAddress claimant) {
        if (!order.status().isOpen()) {
            throw new EngineException.Conflict("Order " + order.orderId() + " is " + order.status() + " and cannot be claimed.");
        }
        boolean linked = LedgerDao.link(tx.handle(), claimant.toBase58(), order.customerId(), tx.now());
        Order current = order;
        if (order.status() == OrderStatus.Unclaimed) {
            OrderDao.compareAndSetStatus(tx.handle(), order.orderId(), OrderStatus.Unclaimed, OrderStatus.New, tx.now());
            AuditLog.order(tx.handle(), order.orderId(), "claim", "status", OrderStatus.Unclaimed, OrderStatus.New, tx.now());
            current = OrderDao.byOrderId(tx.handle(), order.orderId()).orElseThrow();
        }
        if (linked || current != order) {
            tx.publishAfterCommit(new EngineEvent.OrderClaimed(current, claimant));
        }
        return current;
    }
}
