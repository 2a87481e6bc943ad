package com.tari.tps.shopify.admin;

import java.time.Duration;
import java.util.Random;
import java.util.function.LongSupplier;

/**
 * How often and how long to wait between attempts: exponential back-off from {@code baseDelay}, capped at
 * {@code maxDelay}, with equal jitter (half the capped delay fixed, half random), so waits never collapse to zero and
 * never exceed the cap; a Retry-After from Shopify is honoured as given. One policy serves the whole server: the
 * Admin API client uses it between attempts of one call, the callback outbox between attempts of one callback.
 *
 * @param nanoTime the monotonic clock the shop's rate limiter measures waits with; injectable with {@code sleeper}
 *                 so tests can run throttling scenarios without real time passing
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Sleeper sleeper, Random random, LongSupplier nanoTime) {

    /** Waits; injectable so tests can record the delays instead of sleeping. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    public RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Sleeper sleeper, Random random) {
        this(maxAttempts, baseDelay, maxDelay, sleeper, random, System::nanoTime);
    }

    /** Five attempts in-call, waits from 0.5 s doubling up to 30 s. */
    public static RetryPolicy standard() {
        return new RetryPolicy(5, Duration.ofMillis(500), Duration.ofSeconds(30), d -> Thread.sleep(d.toMillis()), new Random());
    }

    /** The wait before attempt {@code attempt + 1}, after {@code attempt} failures (1 = the first failure). */
    public Duration backoff(int attempt) {
        long cap = Math.min(maxDelay.toMillis(), baseDelay.toMillis() << Math.min(Math.max(attempt, 1) - 1, 20));
        return Duration.ofMillis(cap / 2 + (long) (random.nextDouble() * (cap / 2.0)));
    }
}
