package com.tari.tps.common.schnorr;

/** A signature string or byte array that cannot be a Schnorr signature (length, hex, non-canonical R or s). */
public class InvalidSignatureException extends IllegalArgumentException {
    public InvalidSignatureException(String message) { super(message); }
}
