package com.tari.tps.server.orders.lifecycle;

import com.tari.tps.common.address.TariAddress;
import com.tari.tps.common.amount.MicroTari;
import com.tari.tps.server.accounts.CreditNotes;
import com.tari.tps.server.accounts.LedgerDao;
import com.tari.tps.server.accounts.MultiAccountPayment;
import com.tari.tps.server.accounts.OrderPayer;
import com.tari.tps.server.audit.AuditLog;
import com.tari.tps.server.claims.ClaimRecorder;
import com.tari.tps.server.config.EngineSettings;
import com.tari.tps.server.events.EngineEvent;
import com.tari.tps.server.orders.CustomerOrders;
import com.tari.tps.server.orders.NewOrder;
import com.tari.tps.server.orders.NewOrderResult;
import com.tari.tps.server.orders.Order;
import com.tari.tps.server.orders.OrderDao;
import com.tari.tps.server.orders.OrderDeadlines;
import com.tari.tps.server.orders.OrderQuery;
import com.tari.tps.server.orders.OrderStatus;
import com.tari.tps.server.orders.StoreOrder;
import com.tari.tps.server.payments.PaymentDao;
import com.tari.tps.server.rates.ExchangeRateService;
import com.tari.tps.server.tx.EngineException;
import com.tari.tps.server.tx.TransactionRunner;
import com.tari.tps.server.tx.Tx;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;

/** Orders from the storefront and an admin's changes to them. */
public final class OrderService {
    private final TransactionRunner runner;
    private final OrderPayer payer;
    private final EngineSettings settings;
    private final com.tari.tps.server.outbox.Outbox outbox;

    public OrderService(TransactionRunner runner, OrderPayer payer, EngineSettings settings, com.tari.tps.server.outbox.Outbox outbox) {
        this.runner = runner;
        this.payer = payer;
        this.settings = settings;
        this.outbox = outbox;
    }

    /** Stores a new order (idempotent on order id), claims it when it carried or can find a claimant, and pays what it can. */
    public NewOrderResult newOrder(NewOrder newOrder) {
        return newOrder(newOrder, Optional.empty(), h -> { });
    }

    /**
     * As {@link #newOrder(NewOrder)}, and when the order is new: it stays payable until {@code payableUntil} (when
     * given; the expiry worker expires it then instead of after the global timeouts), and {@code alongside} runs in the
     * same transaction, so what created the order can record its link to it atomically. Neither runs for a duplicate.
     */
    public NewOrderResult newOrder(NewOrder newOrder, Optional<Instant> payableUntil, Consumer<Handle> alongside) {
        return runner.write(tx -> {
            Optional<Order> inserted = OrderDao.insertIfAbsent(tx.handle(), newOrder, tx.now());
            if (inserted.isEmpty()) {
                Order existing = OrderDao.byOrderId(tx.handle(), newOrder.orderId())
                        .orElseThrow(() -> new EngineException.Conflict("alt_id " + newOrder.altId().orElse("")
                                + " already belongs to another order"));
                return new NewOrderResult(existing, false);
            }
            Order stored = inserted.get();
            AuditLog.order(tx.handle(), stored.orderId(), "insert", null, null, stored.status(), tx.now());
            payableUntil.ifPresent(until -> OrderDeadlines.set(tx.handle(), stored.orderId(), until));
            alongside.accept(tx.handle());
            Optional<TariAddress> claimant = newOrder.claimant().or(() -> autoClaimant(tx.handle(), stored));
            Order order = stored;
            if (claimant.isPresent()) {
                order = ClaimRecorder.claim(tx, order, claimant.get());
            }
            tx.publishAfterCommit(new EngineEvent.NewOrder(order));
            if (claimant.isPresent()) {
                payer.payFromAddress(tx, claimant.get());
            }
            return new NewOrderResult(OrderDao.byOrderId(tx.handle(), order.orderId()).orElseThrow(), true);
        });
    }

    /**
     * Converts a storefront-priced order to µT at the latest stored rate for its currency (XTR at parity), then stores it
     * as {@link #newOrder} does.
     *
     * @throws EngineException.MissingRate when there is no rate for the currency
     * @throws EngineException.Refused when the price is not a decimal amount
     */
    public NewOrderResult newOrder(StoreOrder order, ExchangeRateService rates) {
        return newOrder(priced(order, rates));
    }

    /** The storefront order in µT at the latest stored rate; see {@link #newOrder(StoreOrder, ExchangeRateService)}. */
    public NewOrder priced(StoreOrder order, ExchangeRateService rates) {
        String currency = order.currency().toUpperCase(java.util.Locale.ROOT);
        MicroTari perUnit = rates.latest(currency).map(com.tari.tps.server.rates.ExchangeRate::rate)
                .orElseThrow(() -> new EngineException.MissingRate(currency));
        MicroTari price;
        try {
            price = MicroTari.fromFiat(order.price(), perUnit.value());
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new EngineException.Refused("Order price '" + order.price() + "' is not a valid amount: " + e.getMessage());
        }
        return new NewOrder(order.orderId(), order.altId(), order.customerId(), order.memo(), order.claimant(), price,
                Optional.of(order.price()), order.currency(), order.createdAt(), order.amountOutstanding());
    }

    /** An address whose payments named the order, else one already linked to its customer. */
    private Optional<TariAddress> autoClaimant(Handle h, Order order) {
        Optional<String> alt = settings.strictMode() ? Optional.empty() : Optional.ofNullable(order.altId());
        List<String> named = PaymentDao.sendersNaming(h, order.orderId(), alt);
        if (!named.isEmpty()) {
            return Optional.of(TariAddress.parse(named.get(0)));
        }
        return LedgerDao.addressesOf(h, order.customerId()).stream().findFirst().map(TariAddress::parse);
    }

    public Optional<Order> find(String orderId) {
        return runner.read(h -> lookup(h, orderId));
    }

    /** When the expiry worker will expire the order (its own deadline, else the global timeout); empty once final. */
    public Optional<Instant> expiresAt(Order order) {
        return runner.read(h -> OrderDeadlines.expiresAt(h, order, settings));
    }

    /** What settlements have paid towards the order so far (zero for an unpaid order). */
    public MicroTari settledAmount(String orderId) {
        return MicroTari.of(runner.read(h -> LedgerDao.settledAmount(h, orderId)).orElse(0L));
    }

    /** By order id, then by alt id when strict mode is off. */
    Optional<Order> lookup(Handle h, String orderId) {
        Optional<Order> order = OrderDao.byOrderId(h, orderId);
        return order.isPresent() || settings.strictMode() ? order : OrderDao.byAltId(h, orderId);
    }

    private Order require(Tx tx, String orderId) {
        return lookup(tx.handle(), orderId).orElseThrow(() -> new EngineException.OrderNotFound(orderId));
    }

    private static void requireOpen(Order order, String action) {
        if (!order.status().isOpen()) {
            throw new EngineException.ForbiddenChange("cannot " + action + " order " + order.orderId() + ": it is " + order.status());
        }
    }

    public Order cancel(String orderId, String reason) {
        return annul(orderId, OrderStatus.Cancelled, reason);
    }

    private Order annul(String orderId, OrderStatus status, String reason) {
        return runner.write(tx -> {
            Order order = require(tx, orderId);
            requireOpen(order, "cancel");
            OrderDao.compareAndSetStatus(tx.handle(), order.orderId(), order.status(), status, tx.now());
            AuditLog.order(tx.handle(), order.orderId(), "cancel: " + (reason == null ? "" : reason), "status",
                    order.status(), status, tx.now());
            Order annulled = order.withStatus(status, tx.now());
            outbox.orderAnnulled(tx, annulled, status);
            tx.publishAfterCommit(new EngineEvent.OrderAnnulled(annulled, status));
            return annulled;
        });
    }

    /** Marks an open order paid with a credit note for its full price. */
    public Order fulfill(String orderId, String reason) {
        return runner.write(tx -> {
            Order order = require(tx, orderId);
            requireOpen(order, "fulfil");
            TariAddress dummy = TariAddress.dummyForCustomerId(order.customerId());
            CreditNotes.issue(tx, order.customerId(), order.totalPrice(),
                    "Admin credit overrode for order " + order.orderId() + ". Reason: " + (reason == null ? "" : reason));
            Order claimed = ClaimRecorder.claim(tx, order, dummy);
            return payer.payFrom(tx, claimed, dummy);
        });
    }

    /**
     * Reopens a Cancelled or Expired order as New, then pays it if the customer's funds cover it. A reopened order
     * loses its own deadline (it would be past) and follows the global unpaid timeout.
     */
    public Order reset(String orderId) {
        return runner.write(tx -> {
            Order order = require(tx, orderId);
            if (order.status() != OrderStatus.Cancelled && order.status() != OrderStatus.Expired) {
                throw new EngineException.ForbiddenChange("only cancelled or expired orders can be reset; order " + orderId
                        + " is " + order.status());
            }
            OrderDao.compareAndSetStatus(tx.handle(), order.orderId(), order.status(), OrderStatus.New, tx.now());
            OrderDeadlines.clear(tx.handle(), order.orderId());
            AuditLog.order(tx.handle(), order.orderId(), "reset", "status", order.status(), OrderStatus.New, tx.now());
            Order reopened = order.withStatus(OrderStatus.New, tx.now());
            tx.publishAfterCommit(new EngineEvent.OrderModified("status", order, reopened));
            tx.publishAfterCommit(new EngineEvent.NewOrder(reopened));
            MultiAccountPayment paid = payer.payAcrossCustomer(tx, reopened);
            return paid.isEmpty() ? reopened : paid.ordersPaid().get(0);
        });
    }

    public Order updateMemo(String orderId, String memo) {
        return runner.write(tx -> {
            Order order = require(tx, orderId);
            if (java.util.Objects.equals(order.memo(), memo)) {
                throw new EngineException.NoOpChange("the memo of order " + orderId + " is already that");
            }
            OrderDao.setField(tx.handle(), order.orderId(), "memo", memo, tx.now());
            AuditLog.order(tx.handle(), order.orderId(), "update", "memo", order.memo(), memo, tx.now());
            Order updated = OrderDao.byOrderId(tx.handle(), order.orderId()).orElseThrow();
            tx.publishAfterCommit(new EngineEvent.OrderModified("memo", order, updated));
            return updated;
        });
    }

    /** Changes an open order's price, then pays it if the customer's funds now cover it. */
    public Order updatePrice(String orderId, MicroTari price) {
        if (price.isNegative()) {
            throw new EngineException.ForbiddenChange("an order price cannot be negative");
        }
        return runner.write(tx -> {
            Order order = require(tx, orderId);
            requireOpen(order, "change the price of");
            if (order.totalPrice().equals(price)) {
                throw new EngineException.NoOpChange("order " + orderId + " already costs " + com.tari.tps.common.amount.AmountFormat.both(price));
            }
            OrderDao.setField(tx.handle(), order.orderId(), "total_price", price.value(), tx.now());
            AuditLog.order(tx.handle(), order.orderId(), "update", "total_price", order.totalPrice().value(), price.value(), tx.now());
            Order updated = OrderDao.byOrderId(tx.handle(), order.orderId()).orElseThrow();
            tx.publishAfterCommit(new EngineEvent.OrderModified("total_price", order, updated));
            MultiAccountPayment paid = payer.payAcrossCustomer(tx, updated);
            return paid.isEmpty() ? updated : paid.ordersPaid().get(0);
        });
    }

    /** Moves an open order to another customer, then pays it if the new customer's funds cover it. */
    public OrderMove reassign(String orderId, String newCustomerId) {
        return runner.write(tx -> {
            Order order = require(tx, orderId);
            requireOpen(order, "reassign");
            if (order.customerId().equals(newCustomerId)) {
                throw new EngineException.NoOpChange("order " + orderId + " already belongs to customer " + newCustomerId);
            }
            OrderDao.setField(tx.handle(), order.orderId(), "customer_id", newCustomerId, tx.now());
            AuditLog.order(tx.handle(), order.orderId(), "update", "customer_id", order.customerId(), newCustomerId, tx.now());
            Order moved = OrderDao.byOrderId(tx.handle(), order.orderId()).orElseThrow();
            tx.publishAfterCommit(new EngineEvent.OrderModified("customer_id", order, moved));
            MultiAccountPayment paid = payer.payAcrossCustomer(tx, moved);
            return new OrderMove(order, paid.isEmpty() ? moved : paid.ordersPaid().get(0), paid.settlements());
        });
    }

    public List<Order> search(OrderQuery query) {
        return search(query, orders -> orders.toList());
    }

    /**
     * Every order {@code query} matches, oldest first, streamed to {@code reader} from one snapshot of the store: an
     * admin's unfiltered search of a million orders costs a batch of rows in memory, not the million.
     */
    public <R> R search(OrderQuery query, java.util.function.Function<java.util.stream.Stream<Order>, R> reader) {
        return runner.read(h -> h.inTransaction(tx -> OrderDao.search(tx, query, reader)));
    }

    public List<Order> ordersForAddress(TariAddress address) {
        return runner.read(h -> OrderDao.forAddress(h, address.toBase58()));
    }

    public List<Order> unfulfilledForAddress(TariAddress address) {
        return runner.read(h -> OrderDao.payableForAddress(h, address.toBase58()));
    }

    public List<CustomerOrders> creditors() {
        return runner.read(OrderDao::creditors);
    }
}
