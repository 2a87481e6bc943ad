package com.tari.tps.server.shopify;

import com.tari.tps.server.db.Database;
import com.tari.tps.server.db.Timestamps;
import com.tari.tps.shopify.model.ShopifyTransaction;
import java.time.Clock;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** Card authorisations from {@code order_transactions/create} (shopify.md §3.4), kept until the order is paid in Tari. */
public final class ShopifyAuthorisations {
    private final Database database;
    private final Clock clock;

    public ShopifyAuthorisations(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** What became of a transaction webhook. */
    public enum Outcome { STORED, ALREADY_STORED, IGNORED }

    /** A stored authorisation. */
    public record Stored(String transactionId, String amount, String currency, boolean test) {}

    /**
     * Stores a successful authorisation; other kinds and statuses are ignored.
     *
     * @throws IllegalArgumentException when the transaction has no id, order id, amount or currency
     */
    public Outcome remember(ShopifyTransaction tx) {
        if (!tx.successfulAuthorisation()) {
            return Outcome.IGNORED;
        }
        require(tx.id(), "id");
        require(tx.orderId(), "order_id");
        require(tx.amount(), "amount");
        require(tx.currency(), "currency");
        int inserted = database.write(h -> h.createUpdate("INSERT INTO shopify_transactions (order_id, transaction_id, amount, "
                        + "currency, test, captured, created_at) VALUES (:o, :t, :a, :c, :test, FALSE, :now) ON CONFLICT DO NOTHING")
                .bind("o", tx.orderId()).bind("t", tx.id()).bind("a", tx.amount())
                .bind("c", tx.currency()).bind("test", tx.test())
                .bind("now", Timestamps.format(clock.instant())).execute());
        return inserted == 1 ? Outcome.STORED : Outcome.ALREADY_STORED;
    }

    /** Authorisations of an order not yet captured, in the order they arrived. */
    public static List<Stored> uncaptured(Handle h, String orderId) {
        return h.createQuery("SELECT transaction_id, amount, currency, test FROM shopify_transactions "
                        + "WHERE order_id = :o AND NOT captured ORDER BY id")
                .bind("o", orderId)
                .map((rs, ctx) -> new Stored(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4))).list();
    }

    public List<Stored> uncaptured(String orderId) {
        return database.read(h -> uncaptured(h, orderId));
    }

    /** Records that Shopify captured an authorisation. */
    public static void captured(Handle h, String transactionId) {
        h.createUpdate("UPDATE shopify_transactions SET captured = TRUE WHERE transaction_id = :t").bind("t", transactionId).execute();
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the transaction has no " + field);
        }
    }
}
