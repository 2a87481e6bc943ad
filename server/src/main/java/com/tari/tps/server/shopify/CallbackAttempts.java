package com.tari.tps.server.shopify;

import com.tari.tps.server.outbox.Callback;

/**
 * Told of every attempt {@link ShopifyCallbackWorker} makes to deliver a callback, for metrics. Called on the worker's
 * thread after the outcome is stored: must be quick.
 */
public interface CallbackAttempts {
    CallbackAttempts NONE = new CallbackAttempts() {
        @Override
        public void sent(Callback callback) {}

        @Override
        public void failed(Callback callback, boolean willRetry) {}
    };

    /** Shopify accepted it (or already showed it done). */
    void sent(Callback callback);

    /** This attempt failed; {@code willRetry} false means it waits for an admin's retry. */
    void failed(Callback callback, boolean willRetry);
}
