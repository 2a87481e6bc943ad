package com.tari.tps.common.keys;

/** A key string or byte array that is not a canonical Ristretto secret or public key. */
public class InvalidKeyException extends IllegalArgumentException {
    public InvalidKeyException(String message) { super(message); }
}
