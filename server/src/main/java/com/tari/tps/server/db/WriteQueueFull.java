package com.tari.tps.server.db;

/** Too many writes are waiting for the store: nothing was done; try again in a moment (HTTP 503 with Retry-After). */
public final class WriteQueueFull extends RuntimeException {
    WriteQueueFull() {
        super("The server is busy; try again in a moment.");
    }
}
