package com.tari.tps.server.payments.processing;

import com.tari.tps.common.address.TariAddress;
import com.tari.tps.common.amount.MicroTari;
import com.tari.tps.common.signatures.MemoSignature;
import com.tari.tps.common.signatures.NewPayment;
import com.tari.tps.server.accounts.CreditNotes;
import com.tari.tps.server.accounts.LedgerDao;
import com.tari.tps.server.accounts.MultiAccountPayment;
import com.tari.tps.server.accounts.OrderFunding;
import com.tari.tps.server.accounts.OrderPayer;
import com.tari.tps.server.audit.AuditLog;
import com.tari.tps.server.claims.ClaimRecorder;
import com.tari.tps.server.config.EngineSettings;
import com.tari.tps.server.events.EngineEvent;
import com.tari.tps.server.orders.Order;
import com.tari.tps.server.orders.OrderDao;
import com.tari.tps.server.payments.Payment;
import com.tari.tps.server.payments.PaymentDao;
import com.tari.tps.server.payments.PaymentStatus;
import com.tari.tps.server.payments.PaymentType;
import com.tari.tps.server.tx.EngineException;
import com.tari.tps.server.tx.TransactionRunner;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Payments from the hot wallet and credit notes. */
public final class PaymentService {
    private static final Pattern FIRST_NUMBER = Pattern.compile("#?(\\d+)");

    private final TransactionRunner runner;
    private final OrderPayer payer;
    private final EngineSettings settings;

    public PaymentService(TransactionRunner runner, OrderPayer payer, EngineSettings settings) {
        this.runner = runner;
        this.payer = payer;
        this.settings = settings;
    }

    /** A stored payment, or the one already stored under that txid ({@code created} false, nothing changed). */
    public record Received(Payment payment, boolean created) {}

    /** Stores a received (pending) payment, idempotent on txid, and claims the order its memo names for the sender. */
    public Received received(NewPayment incoming) {
        Optional<String> orderId = orderIdOf(incoming);
        return runner.write(tx -> {
            Payment payment = new Payment(incoming.txid(), tx.now(), tx.now(), incoming.sender(), incoming.amount(),
                    incoming.memo(), PaymentType.ON_CHAIN, PaymentStatus.RECEIVED, orderId.orElse(null));
            // The insert itself decides whether the txid is new, so a notice sent twice at once is counted once.
            if (!PaymentDao.insertIfAbsent(tx.handle(), payment, null)) {
                return new Received(PaymentDao.byTxid(tx.handle(), incoming.txid()).orElseThrow(), false);
            }
            AuditLog.payment(tx.handle(), payment.txid(), "insert", "status", null, PaymentStatus.RECEIVED.dbName(), tx.now());
            LedgerDao.addPending(tx.handle(), incoming.sender(), incoming.amount(), tx.now());
            orderId.flatMap(id -> findOrder(tx.handle(), id))
                    .filter(order -> order.status().isOpen())
                    .ifPresent(order -> ClaimRecorder.claim(tx, order, incoming.sender()));
            tx.publishAfterCommit(new EngineEvent.PaymentReceived(payment));
            return new Received(payment, true);
        });
    }

    /** The order a payment names: a valid memo claim first, then (if allowed) the memo's first number, then order_id. */
    Optional<String> orderIdOf(NewPayment payment) {
        Optional<MemoSignature> claim = MemoSignature.parse(payment.memo()).filter(MemoSignature::isValid);
        if (claim.isPresent()) {
            return Optional.of(claim.get().orderId());
        }
        if (settings.disableMemoSignatureCheck() && payment.memo() != null) {
            Matcher m = FIRST_NUMBER.matcher(payment.memo());
            if (m.find()) {
                return Optional.of((settings.orderIdFieldIsName() ? "#" : "") + m.group(1));
            }
        }
        return Optional.ofNullable(payment.orderId());
    }

    private Optional<Order> findOrder(org.jdbi.v3.core.Handle h, String orderId) {
        Optional<Order> order = OrderDao.byOrderId(h, orderId);
        return order.isPresent() || settings.strictMode() ? order : OrderDao.byAltId(h, orderId);
    }

    /** What a confirmation did: confirmed now (and paid these orders), or had been confirmed before. */
    public record Confirmed(Payment payment, boolean alreadyConfirmed, MultiAccountPayment paid) {}

    /**
     * Received → Confirmed, then pays the sender's payable orders from the sender's balance, oldest first.
     *
     * @throws EngineException.NotFound for an unknown txid
     * @throws EngineException.Refused for a cancelled payment
     */
    public Confirmed confirm(String txid) {
        return runner.write(tx -> {
            Payment payment = PaymentDao.byTxid(tx.handle(), txid)
                    .orElseThrow(() -> new EngineException.NotFound("The requested payment does not exist: " + txid));
            if (payment.status() == PaymentStatus.CONFIRMED) {
                return new Confirmed(payment, true, MultiAccountPayment.none());
            }
            if (payment.status() != PaymentStatus.RECEIVED
                    || !PaymentDao.compareAndSetStatus(tx.handle(), txid, PaymentStatus.RECEIVED, PaymentStatus.CONFIRMED, tx.now())) {
                throw new EngineException.Refused("Payment " + txid + " is " + payment.status().wireName() + " and cannot be confirmed.");
            }
            AuditLog.payment(tx.handle(), txid, "confirm", "status", PaymentStatus.RECEIVED.dbName(), PaymentStatus.CONFIRMED.dbName(), tx.now());
            LedgerDao.confirmPending(tx.handle(), payment.sender(), payment.amount(), tx.now());
            MultiAccountPayment paid = payer.payFromAddress(tx, payment.sender());
            Payment confirmed = PaymentDao.byTxid(tx.handle(), txid).orElseThrow();
            tx.publishAfterCommit(new EngineEvent.Confirmation(confirmed));
            return new Confirmed(confirmed, false, paid);
        });
    }

    /** Received → Cancelled (e.g. the transfer was reorged away); its pending amount is dropped. */
    public Payment cancel(String txid) {
        return runner.write(tx -> {
            Payment payment = PaymentDao.byTxid(tx.handle(), txid)
                    .orElseThrow(() -> new EngineException.NotFound("The requested payment does not exist: " + txid));
            if (!PaymentDao.compareAndSetStatus(tx.handle(), txid, PaymentStatus.RECEIVED, PaymentStatus.CANCELLED, tx.now())) {
                throw new EngineException.Refused("Only received payments can be cancelled; " + txid + " is " + payment.status().wireName() + ".");
            }
            AuditLog.payment(tx.handle(), txid, "cancel", "status", PaymentStatus.RECEIVED.dbName(), PaymentStatus.CANCELLED.dbName(), tx.now());
            LedgerDao.dropPending(tx.handle(), payment.sender(), payment.amount(), tx.now());
            return PaymentDao.byTxid(tx.handle(), txid).orElseThrow();
        });
    }

    /** Issues a credit note to a customer and pays what it can of their open orders, oldest first. */
    public MultiAccountPayment creditNote(String customerId, MicroTari amount, String reason) {
        if (customerId == null || customerId.isBlank()) {
            throw new EngineException.Refused("A credit note needs a customer id.");
        }
        return runner.write(tx -> {
            Payment note = CreditNotes.issue(tx, customerId, amount, reason);
            MultiAccountPayment paid = MultiAccountPayment.none();
            for (Order order : OrderDao.payableForCustomer(tx.handle(), customerId)) {
                paid = paid.plus(payer.payAcrossCustomer(tx, order));
            }
            tx.publishAfterCommit(new EngineEvent.Confirmation(note));
            return paid;
        });
    }

    public Optional<Payment> find(String txid) {
        return runner.read(h -> PaymentDao.byTxid(h, txid));
    }

    public List<Payment> paymentsFrom(TariAddress address) {
        return runner.read(h -> PaymentDao.bySender(h, address.toBase58()));
    }

    public List<Payment> paymentsForOrder(String orderId) {
        return runner.read(h -> PaymentDao.forOrder(h, orderId));
    }

    /**
     * Payments that name the order, oldest first, in any status: by its order id, and (strict mode off) by its alt id,
     * the way claims and {@link OrderPayer#payAcrossCustomer} match them.
     */
    public List<Payment> paymentsNaming(Order order) {
        Optional<String> alt = settings.strictMode() ? Optional.empty() : Optional.ofNullable(order.altId());
        return runner.read(h -> PaymentDao.naming(h, order.orderId(), alt));
    }

    /** What paid an order: the payments that name it and the settlements that moved funds to it. */
    public OrderFunding funding(Order order) {
        List<Payment> named = paymentsNaming(order);
        List<com.tari.tps.server.accounts.Settlement> settlements =
                runner.read(h -> LedgerDao.settlementsOfOrder(h, order.orderId()));
        return OrderFunding.of(order, named, settlements);
    }
}
