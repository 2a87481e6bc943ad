package com.tari.tps.taritools.client;

/** The server refused a call, or could not be reached (status 0). The message is worded for the user. */
public final class TpsException extends RuntimeException {
    private final int status;

    public TpsException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
