package com.tari.tps.server.http;

/**
 * An HTTP refusal raised by the web layer itself (auth, malformed input). The message goes in {"error": …}; the
 * reason, when given, is what the server's log says about it (a wallet refusal answers every caller the same, but
 * the merchant needs to know which check failed). Neither may hold a secret.
 */
public final class ApiError extends RuntimeException {
    private final int status;
    private final String reason;

    public ApiError(int status, String message) {
        this(status, message, null);
    }

    public ApiError(int status, String message, String reason) {
        super(message);
        this.status = status;
        this.reason = reason;
    }

    public int status() {
        return status;
    }

    /** For the log: the reason given, else the message. */
    public String reason() {
        return reason == null ? getMessage() : reason;
    }
}
