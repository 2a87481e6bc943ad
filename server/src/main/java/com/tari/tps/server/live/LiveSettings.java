package com.tari.tps.server.live;

import java.time.Duration;

/**
 * How the live feeds keep connections honest.
 *
 * @param sseKeepAlive  how often an idle SSE stream gets a comment line (a dead client fails on that write and is dropped)
 * @param wsPing        how often a WebSocket client gets {@code {"type":"ping"}}; a client that sends nothing for two
 *                      intervals is disconnected
 * @param recentEvents  how many recent events are kept in memory for {@code Last-Event-ID} resume
 */
public record LiveSettings(Duration sseKeepAlive, Duration wsPing, int recentEvents) {
    public LiveSettings {
        if (sseKeepAlive.isNegative() || sseKeepAlive.isZero() || wsPing.isNegative() || wsPing.isZero()) {
            throw new IllegalArgumentException("heartbeat intervals must be positive");
        }
        if (recentEvents < 1) {
            throw new IllegalArgumentException("recentEvents must be at least 1");
        }
    }

    /** 15 s SSE keep-alive, 30 s WebSocket ping, the last 1000 events. */
    public static LiveSettings defaults() {
        return new LiveSettings(Duration.ofSeconds(15), Duration.ofSeconds(30), 1000);
    }
}
