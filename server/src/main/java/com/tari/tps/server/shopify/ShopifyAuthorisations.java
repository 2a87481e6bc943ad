package com.tari.tps.server.shopify;

import com.fasterxml.jackson.databind.JsonNode;
import com.tari.tps.server.db.Database;
import com.tari.tps.server.db.Timestamps;
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

    /**
     * Stores a successful authorisation; other kinds and statuses are ignored.
     *
     * @throws IllegalArgumentException when the transaction has no id, order id, amount or currency
     */
    public Outcome remember(JsonNode tx) {
        if (!"authorization".equals(tx.path("kind").asText()) || !"success".equals(tx.path("status").asText())) {
            return Outcome.IGNORED;
        }
        for (String field : List.of("id", "order_id", "amount", "currency")) {
            if (!tx.hasNonNull(field) || tx.get(field).asText().isBlank()) {
                throw new IllegalArgumentException("the transaction has no " + field);
            }
        }
        int inserted = database.write(h -> h.createUpdate("INSERT INTO shopify_transactions (order_id, transaction_id, amount, "
                        + "currency, test, captured, created_at) VALUES (:o, :t, :a, :c, :test, FALSE, :now) ON CONFLICT DO NOTHING")
                .bind("o", tx.get("order_id").asText()).bind("t", tx.get("id").asText()).bind("a", tx.get("amount").asText())
                .bind("c", tx.get("currency").asText()).bind("test", tx.path("test").asBoolean(false))
                .bind("now", Timestamps.format(clock.instant())).execute());
        return inserted == 1 ? Outcome.STORED : Outcome.ALREADY_STORED;
    }

    /** Authorisations of an order not yet captured. */
    public List<String> uncaptured(String orderId) {
        return database.read(h -> h.createQuery("SELECT transaction_id FROM shopify_transactions WHERE order_id = :o AND NOT captured")
                .bind("o", orderId).mapTo(String.class).list());
    }
}
