package com.tari.tps.server.accounts;

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

/**
 * SQL for the money ledger: address ↔ customer links, the settlement journal, and the per-address balances that are
 * updated in the same transaction as the payments and settlements they sum up.
 */
public final class LedgerDao {
    private LedgerDao() {}

    // ---- links ---------------------------------------------------------------------------------------------

    /** Links the address to the customer; false when the link already existed. */
    public static boolean link(Handle h, String address, String customerId, Instant now) {
        return h.createUpdate("INSERT INTO address_customer (address, customer_id, created_at) VALUES (:a, :c, :now) "
                        + "ON CONFLICT DO NOTHING")
                .bind("a", address).bind("c", customerId).bind("now", Timestamps.format(now)).execute() == 1;
    }

    public static List<String> customersOf(Handle h, String address) {
        return h.createQuery("SELECT customer_id FROM address_customer WHERE address = :a ORDER BY customer_id")
                .bind("a", address).mapTo(String.class).list();
    }

    public static List<String> addressesOf(Handle h, String customerId) {
        return h.createQuery("SELECT address FROM address_customer WHERE customer_id = :c ORDER BY address")
                .bind("c", customerId).mapTo(String.class).list();
    }

    public static List<String> customerIds(Handle h, int offset, int count) {
        return h.createQuery("SELECT DISTINCT customer_id FROM orders ORDER BY customer_id LIMIT :count OFFSET :offset")
                .bind("count", count).bind("offset", offset).mapTo(String.class).list();
    }

    public static List<String> addresses(Handle h, int offset, int count) {
        return h.createQuery("SELECT address FROM (SELECT address FROM address_customer UNION SELECT sender FROM payments) AS known "
                        + "ORDER BY address LIMIT :count OFFSET :offset")
                .bind("count", count).bind("offset", offset).mapTo(String.class).list();
    }

    // ---- balances ------------------------------------------------------------------------------------------

    public static AddressBalance balance(Handle h, TariAddress address, Instant now) {
        return h.createQuery("SELECT total_confirmed, total_paid, total_pending, last_update FROM address_balances WHERE address = :a")
                .bind("a", address.toBase58())
                .map((rs, ctx) -> new AddressBalance(address, MicroTari.of(rs.getLong("total_confirmed")),
                        MicroTari.of(rs.getLong("total_paid")), MicroTari.of(rs.getLong("total_pending")),
                        Timestamps.parse(rs.getString("last_update"))))
                .findOne()
                .orElse(new AddressBalance(address, MicroTari.ZERO, MicroTari.ZERO, MicroTari.ZERO, now));
    }

    /** A payment from the address was received, not yet confirmed: its amount is pending. */
    public static void addPending(Handle h, TariAddress address, MicroTari amount, Instant now) {
        adjust(h, address.toBase58(), 0, 0, amount.value(), now);
    }

    /** A received payment from the address was confirmed: its amount moves from pending to confirmed. */
    public static void confirmPending(Handle h, TariAddress address, MicroTari amount, Instant now) {
        adjust(h, address.toBase58(), amount.value(), 0, -amount.value(), now);
    }

    /** A received payment from the address was cancelled: its amount is no longer pending. */
    public static void dropPending(Handle h, TariAddress address, MicroTari amount, Instant now) {
        adjust(h, address.toBase58(), 0, 0, -amount.value(), now);
    }

    /** Money confirmed without a pending stage (a credit note): its amount is confirmed at once. */
    public static void addConfirmed(Handle h, TariAddress address, MicroTari amount, Instant now) {
        adjust(h, address.toBase58(), amount.value(), 0, 0, now);
    }

    /** Adds to an address's confirmed, paid and pending totals (negative to subtract). Overflow is refused. */
    private static void adjust(Handle h, String address, long confirmed, long paid, long pending, Instant now) {
        h.createUpdate("INSERT INTO address_balances (address, total_confirmed, total_paid, total_pending, last_update) "
                        + "VALUES (:a, 0, 0, 0, :now) ON CONFLICT DO NOTHING")
                .bind("a", address).bind("now", Timestamps.format(now)).execute();
        var current = h.createQuery("SELECT total_confirmed, total_paid, total_pending FROM address_balances WHERE address = :a")
                .bind("a", address).map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).one();
        h.createUpdate("UPDATE address_balances SET total_confirmed = :c, total_paid = :p, total_pending = :q, last_update = :now "
                        + "WHERE address = :a")
                .bind("c", Math.addExact(current[0], confirmed)).bind("p", Math.addExact(current[1], paid))
                .bind("q", Math.addExact(current[2], pending)).bind("now", Timestamps.format(now)).bind("a", address)
                .execute();
    }

    /** The balance summed straight from payments and settlements, to prove the stored one right. */
    public static long[] recomputeFromLedger(Handle h, String address) {
        long confirmed = h.createQuery("SELECT COALESCE(SUM(amount), 0) FROM payments WHERE sender = :a AND status = 'Confirmed'")
                .bind("a", address).mapTo(Long.class).one();
        long pending = h.createQuery("SELECT COALESCE(SUM(amount), 0) FROM payments WHERE sender = :a AND status = 'Received'")
                .bind("a", address).mapTo(Long.class).one();
        long paid = h.createQuery("SELECT COALESCE(SUM(amount), 0) FROM settlements WHERE payment_address = :a")
                .bind("a", address).mapTo(Long.class).one();
        return new long[] {confirmed, paid, pending};
    }

    public static List<String> addressesWithBalances(Handle h) {
        return h.createQuery("SELECT address FROM address_balances ORDER BY address").mapTo(String.class).list();
    }

    // ---- settlements ---------------------------------------------------------------------------------------

    public static Settlement settle(Handle h, String orderId, TariAddress address, SettlementType type, MicroTari amount,
                                    Instant now) {
        long id = h.createUpdate("INSERT INTO settlements (order_id, payment_address, settlement_type, amount, created_at) "
                        + "VALUES (:o, :a, :t, :amount, :now)")
                .bind("o", orderId).bind("a", address.toBase58()).bind("t", type.dbName()).bind("amount", amount.value())
                .bind("now", Timestamps.format(now))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        adjust(h, address.toBase58(), 0, amount.value(), 0, now); // paid: spent from the confirmed balance
        return new Settlement(id, now, orderId, address, type, amount);
    }

    public static List<Settlement> settlementsFor(Handle h, String address) {
        return h.createQuery("SELECT * FROM settlements WHERE payment_address = :a ORDER BY id")
                .bind("a", address).map(LedgerDao::mapSettlement).list();
    }

    public static List<Settlement> settlementsOfOrder(Handle h, String orderId) {
        return h.createQuery("SELECT * FROM settlements WHERE order_id = :o ORDER BY id")
                .bind("o", orderId).map(LedgerDao::mapSettlement).list();
    }

    public static Optional<Long> settledAmount(Handle h, String orderId) {
        return h.createQuery("SELECT SUM(amount) FROM settlements WHERE order_id = :o").bind("o", orderId)
                .mapTo(Long.class).findOne();
    }

    static Settlement mapSettlement(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Settlement(rs.getLong("id"), Timestamps.parse(rs.getString("created_at")), rs.getString("order_id"),
                TariAddress.parse(rs.getString("payment_address")), SettlementType.fromDb(rs.getString("settlement_type")),
                MicroTari.of(rs.getLong("amount")));
    }
}
