package com.tari.tps.shopify.admin;

import java.time.Duration;
import java.util.Random;

/**
 * How often and how long to wait between attempts: exponential back-off from {@code baseDelay}, capped, with equal
 * jitter (half the delay fixed, half random), so waits never collapse to zero; a Retry-After from Shopify is honoured
 * as given. One policy serves the whole server; the client decides per call whether a repeat is safe.
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Sleeper sleeper, Random random) {

    /** Waits; injectable so tests can record the delays instead of sleeping. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    public static RetryPolicy standard() {
        return new RetryPolicy(5, Duration.ofMillis(500), Duration.ofSeconds(30), d -> Thread.sleep(d.toMillis()), new Random());
    }

    Duration backoff(int attempt) {
        long cap = Math.min(maxDelay.toMillis(), baseDelay.toMillis() << Math.min(attempt - 1, 20));
        return Duration.ofMillis(cap / 2 + (long) (random.nextDouble() * (cap / 2.0)));
    }
}
