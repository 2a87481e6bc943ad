package com.tari.tps.taritools;

/** A failure whose message is already worded for the user; printed as is, exit status 1. */
public final class ToolException extends RuntimeException {
    public ToolException(String message) {
        super(message);
    }
}
