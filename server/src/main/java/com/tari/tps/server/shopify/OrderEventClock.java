package com.tari.tps.server.shopify;

import com.tari.tps.server.tx.TransactionRunner;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Orders the order webhooks of one Shopify order by {@code X-Shopify-Triggered-At}: an event triggered before the
 * newest one already handled is stale. Events without the header are never stale (nothing to compare).
 */
public final class OrderEventClock {
    private final TransactionRunner runner;

    public OrderEventClock(TransactionRunner runner) {
        this.runner = runner;
    }

    /** Records the event's time and answers true, or answers false (recording nothing) when a newer one was handled. */
    public boolean advance(String orderId, String triggeredAtHeader) {
        Optional<Instant> triggeredAt = parse(triggeredAtHeader);
        if (triggeredAt.isEmpty()) {
            return true;
        }
        return runner.write(tx -> {
            Optional<Instant> newest = ShopifyOrderEventDao.lastTriggeredAt(tx.handle(), orderId);
            if (newest.isPresent() && triggeredAt.get().isBefore(newest.get())) {
                return false;
            }
            ShopifyOrderEventDao.setLastTriggeredAt(tx.handle(), orderId, triggeredAt.get());
            return true;
        });
    }

    private static Optional<Instant> parse(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(header.trim()).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
