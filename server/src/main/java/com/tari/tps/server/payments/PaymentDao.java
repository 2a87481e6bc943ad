package com.tari.tps.server.payments;

import com.tari.tps.common.address.TariAddress;
import com.tari.tps.common.amount.MicroTari;
import com.tari.tps.server.db.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** SQL for the payments table. */
public final class PaymentDao {
    private static final String COLUMNS = "txid, created_at, updated_at, sender, amount, memo, payment_type, status, order_id";

    private PaymentDao() {}

    /** Inserts the payment; false when the txid is already stored (nothing changes then). */
    public static boolean insertIfAbsent(Handle h, Payment p, String altOrderId) {
        return h.createUpdate("INSERT INTO payments (txid, sender, amount, memo, order_id, alt_order_id, payment_type, status, "
                        + "created_at, updated_at) VALUES (:txid, :sender, :amount, :memo, :order_id, :alt, :type, :status, :at, :at) "
                        + "ON CONFLICT DO NOTHING")
                .bind("txid", p.txid()).bind("sender", p.sender().toBase58()).bind("amount", p.amount().value())
                .bind("memo", p.memo()).bind("order_id", p.orderId()).bind("alt", altOrderId)
                .bind("type", p.paymentType().dbName()).bind("status", p.status().dbName())
                .bind("at", Timestamps.format(p.createdAt()))
                .execute() == 1;
    }

    public static Optional<Payment> byTxid(Handle h, String txid) {
        return h.createQuery("SELECT " + COLUMNS + " FROM payments WHERE txid = :t").bind("t", txid)
                .map(PaymentDao::map).findOne();
    }

    /** Moves a payment between statuses only if it is still in the expected one. */
    public static boolean compareAndSetStatus(Handle h, String txid, PaymentStatus expected, PaymentStatus next, Instant now) {
        return h.createUpdate("UPDATE payments SET status = :next, updated_at = :now WHERE txid = :t AND status = :expected")
                .bind("next", next.dbName()).bind("now", Timestamps.format(now)).bind("t", txid)
                .bind("expected", expected.dbName()).execute() == 1;
    }

    public static List<Payment> bySender(Handle h, String address) {
        return h.createQuery("SELECT " + COLUMNS + " FROM payments WHERE sender = :a ORDER BY created_at, txid")
                .bind("a", address).map(PaymentDao::map).list();
    }

    public static List<Payment> forOrder(Handle h, String orderId) {
        return h.createQuery("SELECT " + COLUMNS + " FROM payments WHERE order_id = :o ORDER BY created_at, txid")
                .bind("o", orderId).map(PaymentDao::map).list();
    }

    /**
     * The txids of the payments naming an order by its id, or by its alt id when given (a NULL alt id matches nothing).
     * A UNION of three indexed lookups: written as one WHERE with ORs, both stores scanned the whole table instead.
     */
    private static final String NAMING_TXIDS = "SELECT txid FROM payments WHERE order_id = :o "
            + "UNION SELECT txid FROM payments WHERE order_id = :alt "
            + "UNION SELECT txid FROM payments WHERE alt_order_id = :alt";

    /** Payments that named the order (by order id, or by alt id when given), oldest first. */
    public static List<Payment> naming(Handle h, String orderId, Optional<String> altId) {
        return h.createQuery("SELECT " + COLUMNS + " FROM payments WHERE txid IN (" + NAMING_TXIDS + ") ORDER BY created_at, txid")
                .bind("o", orderId).bind("alt", altId.orElse(null)).map(PaymentDao::map).list();
    }

    /** Addresses whose payments named the order (by order id, or by alt id when given). */
    public static List<String> sendersNaming(Handle h, String orderId, Optional<String> altId) {
        return h.createQuery("SELECT DISTINCT sender FROM payments WHERE txid IN (" + NAMING_TXIDS + ") ORDER BY sender")
                .bind("o", orderId).bind("alt", altId.orElse(null)).mapTo(String.class).list();
    }

    static Payment map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Payment(rs.getString("txid"), Timestamps.parse(rs.getString("created_at")),
                Timestamps.parse(rs.getString("updated_at")), TariAddress.parse(rs.getString("sender")),
                MicroTari.of(rs.getLong("amount")), rs.getString("memo"), PaymentType.fromDb(rs.getString("payment_type")),
                PaymentStatus.fromDb(rs.getString("status")), rs.getString("order_id"));
    }
}
