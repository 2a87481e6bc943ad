package com.tari.tps.server.accounts;

import com.tari.tps.common.address.TariAddress;
import com.tari.tps.common.amount.MicroTari;
import com.tari.tps.server.accounts.LedgerDao;
import com.tari.tps.server.audit.AuditLog;
import com.tari.tps.server.events.EngineEvent;
import com.tari.tps.server.payments.Payment;
import com.tari.tps.server.payments.PaymentDao;
import com.tari.tps.server.payments.PaymentStatus;
import com.tari.tps.server.payments.PaymentType;
import com.tari.tps.server.tx.Tx;

/**
 * Writes a credit note: a confirmed Manual payment from the customer's dummy address, linked to
 * the customer. Runs inside the caller's transaction; the caller decides what to pay with it.
 */
public final class CreditNotes {
    private CreditNotes() {}

    public static Payment issue(Tx tx, String customerId, MicroTari amount, String reason) {
        TariAddress dummy = TariAddress.dummyForCustomerId(customerId);
        String memo = "Credit note: " + (reason == null || reason.isBlank() ? "No reason given" : reason);
        String base = "credit_note_" + customerId + ":" + amount.display() + ":" + tx.now().getEpochSecond();
        Payment payment = null;
        // Two notes for the same customer and amount in one second must both count: the reference's txid collided.
        for (int sequence = 1; payment == null; sequence++) {
            String txid = sequence == 1 ? base : base + ":" + sequence;
            Payment candidate = new Payment(txid, tx.now(), tx.now(), dummy, amount, memo, PaymentType.MANUAL,
                    PaymentStatus.CONFIRMED, null);
            if (PaymentDao.insertIfAbsent(tx.handle(), candidate, null)) {
                payment = candidate;
            }
        }
        AuditLog.payment(tx.handle(), payment.txid(), "insert", "status", null, PaymentStatus.CONFIRMED.dbName(), tx.now());
        LedgerDao.link(tx.handle(), dummy.toBase58(), customerId, tx.now());
        LedgerDao.addConfirmed(tx.handle(), dummy, amount, tx.now());
        tx.publishAfterCommit(new EngineEvent.PaymentReceived(payment));
        return payment;
    }
}
