package com.tari.tps.server.metrics;

import com.tari.tps.server.db.CommitObserver;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The store writer's batches: how long each took from BEGIN to its durable COMMIT (the fsync is most of it, and every
 * write request waits for it), by outcome, and how many operations shared it.
 */
public final class StoreMetrics implements CommitObserver {
    private final Timer committed;
    private final Timer failed;
    private final DistributionSummary operations;

    public StoreMetrics(MeterRegistry registry) {
        committed = timer(registry, "committed");
        failed = timer(registry, "failed");
        operations = DistributionSummary.builder("tps.db.write.batch.operations")
                .description("Write operations committed together in one batch").register(registry);
    }

    private static Timer timer(MeterRegistry registry, String outcome) {
        return Timer.builder("tps.db.write.batches").description("Store write batches, BEGIN to durable COMMIT")
                .tag("outcome", outcome).publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofNanos(100_000)).maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry);
    }

    @Override
    public void batch(int n, long nanos, boolean ok) {
        (ok ? committed : failed).record(nanos, TimeUnit.NANOSECONDS);
        operations.record(n);
    }
}
