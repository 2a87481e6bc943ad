package com.tari.tps.shopify.admin;

import java.time.Duration;

/**
 * The pace of every call to one shop, shared by all threads that call it (callback outbox, rescans, price updates),
 * so that one of them being throttled holds back the others too.
 *
 * <ul>
 *   <li>A {@code Retry-After} (or a GraphQL THROTTLED answer) blocks every call to the shop until it has passed.
 *       A thread already waiting when a longer block arrives waits for that one as well.</li>
 *   <li>REST: Shopify's leaky bucket, as last reported in {@code X-Shopify-Shop-Api-Call-Limit: used/capacity},
 *       drains at {@code restLeakPerSecond}. A call waits until the bucket, counting the calls this server sent
 *       since, has room with one slot to spare, so the bucket never overflows into a 429.</li>
 *   <li>GraphQL: the cost budget from {@code extensions.cost.throttleStatus} (currentlyAvailable, restoreRate); a
 *       query waits until the budget can pay the largest cost requested so far.</li>
 * </ul>
 * Before Shopify has reported a bucket nothing is paced. Waits are taken with the policy's sleeper and clock.
 */
public final class ShopLimiter {
    /** Kept free in the REST bucket for calls Shopify has received but not yet counted in an answer. */
    private static final double SPARE = 1;

    public enum Api { REST, GRAPHQL }

    private final RetryPolicy.Sleeper sleeper;
    private final java.util.function.LongSupplier nanoTime;
    private final double restLeakPerSecond;

    private long blockedUntil = Long.MIN_VALUE;
    private double restLevel;
    private double restCapacity = Double.POSITIVE_INFINITY;
    private long restAt;
    private double gqlAvailable = Double.POSITIVE_INFINITY;
    private double gqlMaximum = Double.POSITIVE_INFINITY;
    private double gqlRestorePerSecond;
    private double gqlCost = 1;
    private long gqlAt;

    public ShopLimiter(RetryPolicy policy, double restLeakPerSecond) {
        this.sleeper = policy.sleeper();
        this.nanoTime = policy.nanoTime();
        this.restLeakPerSecond = restLeakPerSecond;
    }

    /** Waits until a call may go out, then counts it against the bucket. */
    public void acquire(Api api) throws InterruptedException {
        long wait;
        long seenBlock;
        synchronized (this) {
            long now = nanoTime.getAsLong();
            seenBlock = blockedUntil;
            long start = Math.max(now, blockedUntil);
            start = api == Api.REST ? reserveRest(start) : reserveGraphql(start);
            wait = start - now;
        }
        sleep(wait);
        while (true) {
            synchronized (this) {
                long now = nanoTime.getAsLong();
                if (blockedUntil <= seenBlock || blockedUntil <= now) {
                    return;
                }
                // A 429 arrived while this call waited: Shopify asked for quiet from every caller.
                seenBlock = blockedUntil;
                wait = blockedUntil - now;
            }
            sleep(wait);
        }
    }

    private long reserveRest(long start) {
        if (Double.isInfinite(restCapacity)) {
            return start;
        }
        double level = restLevelAt(start);
        double room = restCapacity - SPARE - 1;
        if (level > room) {
            start += (long) ((level - room) / restLeakPerSecond * 1e9);
            level = room;
        }
        restLevel = level + 1;
        restAt = start;
        return start;
    }

    private double restLevelAt(long t) {
        return t <= restAt ? restLevel : Math.max(0, restLevel - restLeakPerSecond * (t - restAt) / 1e9);
    }

    private long reserveGraphql(long start) {
        if (Double.isInfinite(gqlAvailable) || gqlRestorePerSecond <= 0) {
            return start;
        }
        double available = gqlAvailableAt(start);
        double cost = Math.min(gqlCost, gqlMaximum);
        if (available < cost) {
            start += (long) ((cost - available) / gqlRestorePerSecond * 1e9);
            available = cost;
        }
        gqlAvailable = available - cost;
        gqlAt = start;
        return start;
    }

    private double gqlAvailableAt(long t) {
        return t <= gqlAt ? gqlAvailable : Math.min(gqlMaximum, gqlAvailable + gqlRestorePerSecond * (t - gqlAt) / 1e9);
    }

    /** Shopify asked for no calls for this long (Retry-After, or the time its GraphQL budget needs to refill). */
    public synchronized void blockFor(Duration duration) {
        blockedUntil = Math.max(blockedUntil, nanoTime.getAsLong() + duration.toNanos());
    }

    /** The REST bucket as an answer's {@code X-Shopify-Shop-Api-Call-Limit} reported it ({@code "32/40"}). */
    public synchronized void restBucket(String header) {
        if (header == null) {
            return;
        }
        String[] parts = header.trim().split("/");
        try {
            if (parts.length == 2) {
                double used = Double.parseDouble(parts[0].trim());
                double capacity = Double.parseDouble(parts[1].trim());
                if (capacity > 0 && used >= 0) {
                    long now = nanoTime.getAsLong();
                    // Calls sent after this one are not in Shopify's count yet, and other apps share the bucket:
                    // keep whichever level is higher.
                    restLevel = Math.min(capacity, Math.max(used, restLevelAt(now)));
                    restCapacity = capacity;
                    restAt = Math.max(restAt, now);
                }
            }
        } catch (NumberFormatException ignored) {
            // A header we cannot read leaves pacing as it was.
        }
    }

    /** The GraphQL budget from an answer's {@code extensions.cost}. */
    public synchronized void graphqlBudget(double requestedCost, double currentlyAvailable, double maximumAvailable, double restoreRate) {
        long now = nanoTime.getAsLong();
        gqlCost = Math.max(gqlCost, requestedCost);
        gqlMaximum = maximumAvailable > 0 ? maximumAvailable : gqlMaximum;
        gqlAvailable = currentlyAvailable;
        gqlRestorePerSecond = restoreRate;
        gqlAt = now;
    }

    /** The wait a THROTTLED GraphQL answer implies: until the budget refills to the requested cost. */
    public static Duration refill(double requestedCost, double currentlyAvailable, double restoreRate) {
        if (restoreRate <= 0) {
            return Duration.ofSeconds(1);
        }
        return Duration.ofMillis((long) Math.ceil(Math.max(0, requestedCost - currentlyAvailable) / restoreRate * 1000));
    }

    private void sleep(long nanos) throws InterruptedException {
        if (nanos > 0) {
            sleeper.sleep(Duration.ofNanos(nanos));
        }
    }
}
