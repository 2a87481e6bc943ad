package com.tari.tps.server.http;

import java.time.Duration;

/**
 * A request budget per client IP: a bucket of {@code requests} tokens that refills evenly over {@code per}.
 * Used for the public lookups that anyone can hammer ({@code /order/status}, {@code POST /pay}).
 */
public record RateLimit(int requests, Duration per) {
    public RateLimit {
        if (requests < 1 || per.isNegative() || per.isZero()) {
            throw new IllegalArgumentException("a rate limit needs at least one request per positive duration");
        }
    }

    /** 60 requests a minute per client IP. */
    public static RateLimit standard() {
        return new RateLimit(60, Duration.ofMinutes(1));
    }
}
