package com.tari.tps.common.jwt;

/**
 * A well-formed token that must not be trusted: wrong algorithm, malformed or failing signature, unreadable claims,
 * expired. HTTP maps it to 401.
 */
public class TokenRejectedException extends IllegalArgumentException {
    public TokenRejectedException(String message) {
        super(message);
    }
}
