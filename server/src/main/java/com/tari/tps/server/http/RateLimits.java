package com.tari.tps.server.http;

import io.javalin.http.Context;

/** Applies a per-client limiter to a request: 429 with Retry-After when the client's budget is spent. */
final class RateLimits {
    private RateLimits() {}

    static void take(Context ctx, ClientRateLimiter limiter, ClientIp clientIp) {
        long wait = limiter.acquire(clientIp.of(ctx).orElse("unknown"));
        if (wait > 0) {
            ctx.header("Retry-After", Long.toString(wait));
            throw new ApiError(429, "Too many requests; try again in " + wait + " s.");
        }
    }
}
