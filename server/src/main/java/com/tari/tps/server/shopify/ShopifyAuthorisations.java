package com.tari.tps.server.shopify;

import com.tari.tps.server.tx.TransactionRunner;
import com.tari.tps.shopify.model.ShopifyTransaction;
import java.util.List;

/** Card authorisations from {@code order_transactions/create}, kept until the order is paid in Tari. */
public final class ShopifyAuthorisations {
    private final TransactionRunner runner;

    public ShopifyAuthorisations(TransactionRunner runner) {
        this.runner = runner;
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
        boolean inserted = runner.write(t -> ShopifyTransactionDao.insertIfAbsent(t.handle(), tx, t.now()));
        return inserted ? Outcome.STORED : Outcome.ALREADY_STORED;
    }

    /** Authorisations of an order not yet captured, in the order they arrived. */
    public List<Stored> uncaptured(String orderId) {
        return runner.read(h -> ShopifyTransactionDao.uncaptured(h, orderId));
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the transaction has no " + field);
        }
    }
}
