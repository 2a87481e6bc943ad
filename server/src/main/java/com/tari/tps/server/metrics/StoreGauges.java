package com.tari.tps.server.metrics;

import com.tari.tps.server.db.Database;
import com.tari.tps.server.db.Timestamps;
import com.tari.tps.server.orders.OrderDao;
import com.tari.tps.server.orders.OrderStatus;
import com.tari.tps.server.outbox.OutboxDao;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Gauges read from the store when scraped: orders by status, and the Shopify outbox's depth and the age of its oldest
 * pending callback. Each is one grouped COUNT over an index (orders_by_status, outbox_by_status), read once per
 * scrape; the store stays the one place these numbers live, so they are right after a restart too.
 */
public final class StoreGauges {
    /** Long enough for one scrape to share a read, short enough that the next scrape reads afresh. */
    private static final long SHARED_FOR_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    private StoreGauges() {}

    public static void bind(MeterRegistry registry, Database database, Clock clock) {
        Recent<Map<OrderStatus, Long>> orders = new Recent<>(() -> orders(database), SHARED_FOR_NANOS);
        for (OrderStatus status : OrderStatus.values()) {
            Gauge.builder("tps.orders", () -> orders.get().getOrDefault(status, 0L))
                    .description("Orders in the store, by status").tag("status", status.name()).strongReference(true).register(registry);
        }
        Recent<Outbox> outbox = new Recent<>(() -> outbox(database), SHARED_FOR_NANOS);
        for (String status : new String[] {"Pending", "Failed"}) {
            Gauge.builder("tps.shopify.outbox.callbacks", () -> outbox.get().count(status))
                    .description("Shopify callbacks not yet sent: Pending (being tried) or Failed (waiting for an admin's retry)")
                    .tag("status", status).strongReference(true).register(registry);
        }
        TimeGauge.builder("tps.shopify.outbox.oldest.pending.age", () -> outbox.get().oldestPendingAge(clock.instant()).toMillis(),
                        TimeUnit.MILLISECONDS)
                .description("How long the oldest pending Shopify callback has waited; 0 when none is pending")
                .strongReference(true).register(registry);
    }

    private static Map<OrderStatus, Long> orders(Database database) {
        return database.read(h -> {
            Map<OrderStatus, Long> counts = new EnumMap<>(OrderStatus.class);
            OrderDao.countByStatus(h).forEach(e -> {
                for (OrderStatus s : OrderStatus.values()) {
                    if (s.name().equals(e.getKey())) {
                        counts.put(s, e.getValue());
                    }
                }
            });
            return counts;
        });
    }

    private static Outbox outbox(Database database) {
        return database.read(h -> {
            Map<String, Long> counts = new HashMap<>();
            Instant[] oldest = new Instant[1];
            for (OutboxDao.Unsent unsent : OutboxDao.unsentByStatus(h)) {
                counts.put(unsent.status(), unsent.count());
                if ("Pending".equals(unsent.status()) && unsent.oldestCreatedAt() != null) {
                    oldest[0] = Timestamps.parse(unsent.oldestCreatedAt());
                }
            }
            return new Outbox(counts, oldest[0]);
        });
    }

    /** Unsent callbacks by status, and when the oldest pending one was written (null: none). */
    private record Outbox(Map<String, Long> counts, Instant oldestPending) {
        long count(String status) {
            return counts.getOrDefault(status, 0L);
        }

        Duration oldestPendingAge(Instant now) {
            if (oldestPending == null || oldestPending.isAfter(now)) {
                return Duration.ZERO;
            }
            return Duration.between(oldestPending, now);
        }
    }
}
