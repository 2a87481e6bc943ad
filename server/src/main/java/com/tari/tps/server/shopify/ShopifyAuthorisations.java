package com.tari.tps.server.shopify;

import com.tari.tps.server.db.Database;
import com.tari.tps.shopify.model.ShopifyTransaction;
import java.time.Clock;
import java.util.List;

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
        boolean inserted = database.write(h -> ShopifyTransactionDao.insertIfAbsent(h, tx, clock.instant()));
        return inserted ? Outcome.STORED : Outcome.ALREADY_STORED;
    }

    /** Authorisations of an order not yet captured, in the order they arrived. */
    public List<Stored> uncaptured(String orderId) {
        return database.read(h -> ShopifyTransactionDao.uncaptured(h, orderId));
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the transaction has no " + field);
        }
    }
}
