package com.tari.tps.server.accounts;

import com.tari.tps.common.address.TariAddress;
import com.tari.tps.common.amount.MicroTari;
import com.tari.tps.server.audit.AuditLog;
import com.tari.tps.server.tx.EngineException;
import com.tari.tps.server.tx.Tx;
import com.tari.tps.server.events.EngineEvent;
import com.tari.tps.server.orders.Order;
import com.tari.tps.server.orders.OrderDao;
import com.tari.tps.server.orders.OrderStatus;
import com.tari.tps.server.payments.PaymentDao;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Pays orders from confirmed funds, inside the caller's write transaction. Writers take turns,
 * so two confirmations can never spend the same balance; an order is settled at most once, its settlements add up to
 * its price, and no address's balance goes below zero through a settlement.
 */
public final class OrderPayer {
    private final boolean strictMode;
    private final com.tari.tps.server.outbox.Outbox outbox;

    public OrderPayer(boolean strictMode, com.tari.tps.server.outbox.Outbox outbox) {
        this.strictMode = strictMode;
        this.outbox = outbox;
    }

    /** Pays the address's payable orders from its own balance, oldest first, stopping at the first that does not fit. */
    public MultiAccountPayment payFromAddress(Tx tx, TariAddress address) {
        long remaining = LedgerDao.balance(tx.handle(), address, tx.now()).currentBalance().value();
        List<Order> paid = new ArrayList<>();
        List<Settlement> settlements = new ArrayList<>();
        for (Order order : OrderDao.payableForAddress(tx.handle(), address.toBase58())) {
            long price = order.totalPrice().value();
            if (price > remaining) {
                break;
            }
            settlements.add(LedgerDao.settle(tx.handle(), order.orderId(), address, SettlementType.SINGLE, order.totalPrice(), tx.now()));
            paid.add(markPaid(tx, order));
            remaining -= price;
        }
        return new MultiAccountPayment(List.copyOf(paid), List.copyOf(settlements));
    }

    /**
     * Pays one order from the pooled balances of every address linked to its customer and every address whose payments
     * named it, largest balance first. Nothing changes when together they cannot cover the price.
     */
    public MultiAccountPayment payAcrossCustomer(Tx tx, Order order) {
        if (!order.status().isOpen()) {
            return MultiAccountPayment.none();
        }
        Set<String> candidates = new LinkedHashSet<>(LedgerDao.addressesOf(tx.handle(), order.customerId()));
        Optional<String> alt = strictMode ? Optional.empty() : Optional.ofNullable(order.altId());
        candidates.addAll(PaymentDao.sendersNaming(tx.handle(), order.orderId(), alt));

        List<AddressBalance> funded = new ArrayList<>();
        long total = 0;
        for (String address : candidates) {
            AddressBalance balance = LedgerDao.balance(tx.handle(), TariAddress.parse(address), tx.now());
            if (balance.currentBalance().isPositive()) {
                funded.add(balance);
                total = Math.addExact(total, balance.currentBalance().value());
            }
        }
        long price = order.totalPrice().value();
        if (total < price) {
            return MultiAccountPayment.none();
        }
        funded.sort(Comparator.comparing((AddressBalance b) -> b.currentBalance().value()).reversed());
        SettlementType type = funded.isEmpty() || funded.get(0).currentBalance().value() >= price
                ? SettlementType.SINGLE : SettlementType.MULTIPLE;
        List<Settlement> settlements = new ArrayList<>();
        long due = price;
        for (AddressBalance balance : funded) {
            if (due == 0) {
                break;
            }
            long take = Math.min(due, balance.currentBalance().value());
            settlements.add(LedgerDao.settle(tx.handle(), order.orderId(), balance.address(), type, MicroTari.of(take), tx.now()));
            due -= take;
        }
        return new MultiAccountPayment(List.of(markPaid(tx, order)), List.copyOf(settlements));
    }

    /** Pays one order entirely from one address's balance (admin fulfilment from its credit note). */
    public Order payFrom(Tx tx, Order order, TariAddress address) {
        long balance = LedgerDao.balance(tx.handle(), address, tx.now()).currentBalance().value();
        if (balance < order.totalPrice().value()) {
            throw new EngineException.InsufficientFunds("not enough to pay order " + order.orderId());
        }
        LedgerDao.settle(tx.handle(), order.orderId(), address, SettlementType.SINGLE, order.totalPrice(), tx.now());
        return markPaid(tx, order);
    }

    private Order markPaid(Tx tx, Order order) {
        if (!OrderDao.compareAndSetStatus(tx.handle(), order.orderId(), order.status(), OrderStatus.Paid, tx.now())) {
            throw new EngineException.Conflict("Order " + order.orderId() + " changed while it was being paid.");
        }
        AuditLog.order(tx.handle(), order.orderId(), "paid", "status", order.status(), OrderStatus.Paid, tx.now());
        Order paid = order.withStatus(OrderStatus.Paid, tx.now());
        outbox.orderPaid(tx, paid);
        tx.publishAfterCommit(new EngineEvent.OrderPaid(paid));
        return paid;
    }
}
