package com.tari.tps.server.shopify;

import com.tari.tps.server.db.Timestamps;
import com.tari.tps.shopify.model.ShopifyTransaction;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** SQL for the shopify_transactions table (card authorisations). Every method runs on the caller's handle. */
public final class ShopifyTransactionDao {
    private ShopifyTransactionDao() {}

    /** Stores an authorisation, not captured; false when its transaction id is already stored. */
    public static boolean insertIfAbsent(Handle h, ShopifyTransaction tx, Instant now) {
        return h.createUpdate("INSERT INTO shopify_transactions (order_id, transaction_id, amount, "
                        + "currency, test, captured, created_at) VALUES (:o, :t, :a, :c, :test, FALSE, :now) ON CONFLICT DO NOTHING")
                .bind("o", tx.orderId()).bind("t", tx.id()).bind("a", tx.amount())
                .bind("c", tx.currency()).bind("test", tx.test())
                .bind("now", Timestamps.format(now)).execute() == 1;
    }

    /** Authorisations of an order not yet captured, in the order they arrived. */
    public static List<ShopifyAuthorisations.Stored> uncaptured(Handle h, String orderId) {
        return h.createQuery("SELECT transaction_id, amount, currency, test FROM shopify_transactions "
                        + "WHERE order_id = :o AND NOT captured ORDER BY id")
                .bind("o", orderId)
                .map((rs, ctx) -> new ShopifyAuthorisations.Stored(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .list();
    }

    /** Records that Shopify captured an authorisation. */
    public static void captured(Handle h, String transactionId) {
        h.createUpdate("UPDATE shopify_transactions SET captured = TRUE WHERE transaction_id = :t").bind("t", transactionId).execute();
    }
}
