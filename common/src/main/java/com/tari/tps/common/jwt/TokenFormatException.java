package com.tari.tps.common.jwt;

/** A token that is not a well-formed compact JWT (structure, base64, header JSON). HTTP maps it to 400. */
public class TokenFormatException extends IllegalArgumentException {
    public TokenFormatException(String message) {
        super(message);
    }
}
