package com.tari.tps.server.http;

/** An HTTP refusal raised by the web layer itself (auth, malformed input); the message goes in {"error": …}. */
public final class ApiError extends RuntimeException {
    private final int status;

    public ApiError(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
