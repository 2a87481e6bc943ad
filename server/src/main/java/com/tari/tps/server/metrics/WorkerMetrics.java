package com.tari.tps.server.metrics;

import com.tari.tps.server.expiry.ExpiryRuns;
import com.tari.tps.server.outbox.Callback;
import com.tari.tps.server.shopify.CallbackAttempts;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;

/** The background workers' meters: expiry passes, and Shopify callback delivery attempts and failures. */
public final class WorkerMetrics {
    private WorkerMetrics() {}

    /** Expiry passes by outcome (count and time) and the orders they expired. */
    public static ExpiryRuns expiry(MeterRegistry registry) {
        Timer ok = Timer.builder("tps.expiry.runs").description("Scheduled order-expiry passes").tag("outcome", "ok").register(registry);
        Timer failed = Timer.builder("tps.expiry.runs").description("Scheduled order-expiry passes").tag("outcome", "failed").register(registry);
        Counter expired = Counter.builder("tps.expiry.orders.expired").description("Orders expired by the scheduled passes").register(registry);
        return new ExpiryRuns() {
            @Override
            public void ran(int n, long nanos) {
                ok.record(nanos, TimeUnit.NANOSECONDS);
                expired.increment(n);
            }

            @Override
            public void failed(long nanos) {
                failed.record(nanos, TimeUnit.NANOSECONDS);
            }
        };
    }

    /**
     * Every delivery attempt, by callback kind and outcome (sent, retry: will be tried again, failed: waits for an
     * admin); failures also on their own counter, so an alert needs no label arithmetic. Kinds are the outbox's few
     * fixed ones, so the labels stay bounded.
     */
    public static CallbackAttempts callbacks(MeterRegistry registry) {
        return new CallbackAttempts() {
            @Override
            public void sent(Callback callback) {
                attempt(callback, "sent");
            }

            @Override
            public void failed(Callback callback, boolean willRetry) {
                attempt(callback, willRetry ? "retry" : "failed");
                Counter.builder("tps.shopify.callback.failures").description("Shopify callback delivery attempts that failed")
                        .tag("kind", callback.kind()).tag("will_retry", Boolean.toString(willRetry)).register(registry).increment();
            }

            private void attempt(Callback callback, String outcome) {
                Counter.builder("tps.shopify.callback.attempts").description("Shopify callback delivery attempts")
                        .tag("kind", callback.kind()).tag("outcome", outcome).register(registry).increment();
            }
        };
    }
}
