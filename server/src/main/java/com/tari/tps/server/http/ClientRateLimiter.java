package com.tari.tps.server.http;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets per client IP on a clock, in whole nanoseconds (no floating point). At most {@link #MAX_CLIENTS}
 * buckets are kept: past that, full buckets (clients that have been quiet) are forgotten first. Thread-safe.
 */
final class ClientRateLimiter {
    static final int MAX_CLIENTS = 100_000;

    private final long capacity;
    private final long nanosPerToken;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    ClientRateLimiter(RateLimit limit, Clock clock) {
        this.capacity = limit.requests();
        this.nanosPerToken = Math.max(1, limit.per().toNanos() / limit.requests());
        this.clock = clock;
    }

    private static final class Bucket {
        long tokens;
        long refilledAt;

        Bucket(long tokens, long refilledAt) {
            this.tokens = tokens;
            this.refilledAt = refilledAt;
        }
    }

    /** Takes one token for the client: 0 when allowed, else the whole seconds to wait before the next token. */
    long acquire(String client) {
        long now = nanosNow();
        if (buckets.size() >= MAX_CLIENTS) {
            buckets.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    refill(e.getValue(), now);
                    return e.getValue().tokens >= capacity;
                }
            });
        }
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(capacity, now));
        synchronized (bucket) {
            refill(bucket, now);
            if (bucket.tokens > 0) {
                bucket.tokens--;
                return 0;
            }
            long wait = nanosPerToken - (now - bucket.refilledAt);
            return Math.max(1, (wait + 999_999_999L) / 1_000_000_000L);
        }
    }

    private void refill(Bucket bucket, long now) {
        long earned = (now - bucket.refilledAt) / nanosPerToken;
        if (earned > 0) {
            bucket.tokens = Math.min(capacity, bucket.tokens + earned);
            bucket.refilledAt = bucket.tokens == capacity ? now : bucket.refilledAt + earned * nanosPerToken;
        }
    }

    private long nanosNow() {
        var instant = clock.instant();
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
    }
}
