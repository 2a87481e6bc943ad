package com.tari.tps.server.metrics;

import java.util.function.Supplier;

/**
 * A value read at most once per {@code maxAgeNanos}: several gauges reading one query (one per order status, say)
 * cost one query per scrape instead of one each. Thread-safe.
 */
final class Recent<T> implements Supplier<T> {
    private final Supplier<T> read;
    private final long maxAgeNanos;
    private T value;
    private long readAt;

    Recent(Supplier<T> read, long maxAgeNanos) {
        this.read = read;
        this.maxAgeNanos = maxAgeNanos;
    }

    @Override
    public synchronized T get() {
        long now = System.nanoTime();
        if (value == null || now - readAt > maxAgeNanos) {
            value = read.get();
            readAt = now;
        }
        return value;
    }
}
