package com.tari.tps.shopify.admin;

/**
 * A Shopify call that failed. {@link #retryable()} tells an outbox worker whether trying again later can help
 * (throttling, 5xx, network) or not (other 4xx, GraphQL user errors). {@link #mayHaveApplied()} says whether Shopify
 * may have carried the call out anyway (the answer was lost, timed out or was a 5xx after the request was sent), so
 * a caller must read Shopify's state before sending a call that is not safe to repeat again.
 */
public final class ShopifyException extends Exception {
    private final int status;
    private final boolean retryable;
    private final boolean mayHaveApplied;

    public ShopifyException(int status, boolean retryable, String message) {
        this(status, retryable, false, message);
    }

    public ShopifyException(int status, boolean retryable, boolean mayHaveApplied, String message) {
        super(message);
        this.status = status;
        this.retryable = retryable;
        this.mayHaveApplied = mayHaveApplied;
    }

    /** HTTP status, or 0 for a network failure or an error inside a 200 answer. */
    public int status() {
        return status;
    }

    public boolean retryable() {
        return retryable;
    }

    public boolean mayHaveApplied() {
        return mayHaveApplied;
    }
}
