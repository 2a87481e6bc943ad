package com.tari.tps.common.address;

/** A string or byte array that is not a valid TariAddress; {@link #reason()} says which check failed. */
public class AddressFormatException extends IllegalArgumentException {
    public enum Reason { LENGTH, CHECKSUM, NETWORK, FEATURES, CHARACTER, KEY }

    private final Reason reason;

    public AddressFormatException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() { return reason; }
}
