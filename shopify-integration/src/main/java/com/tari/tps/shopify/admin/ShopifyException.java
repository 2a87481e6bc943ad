package com.tari.tps.shopify.admin;

/**
 * A Shopify call that failed. {@link #retryable()} tells an outbox worker whether trying again later can help
 * (throttling, 5xx, network) or not (other 4xx, GraphQL user errors).
 */
public final class ShopifyException extends Exception {
    private final int status;
    private final boolean retryable;

    public ShopifyException(int status, boolean retryable, String message) {
        super(message);
        this.status = status;
        this.retryable = retryable;
    }

    /** HTTP status, or 0 for a network failure or an error inside a 200 answer. */
    public int status() {
        return status;
    }

    public boolean retryable() {
        return retryable;
    }
}
