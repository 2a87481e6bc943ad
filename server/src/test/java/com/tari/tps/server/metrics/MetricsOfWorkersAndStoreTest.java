package com.tari.tps.server.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.tari.tps.common.amount.MicroTari;
import com.tari.tps.common.testing.TestSecrets;
import com.tari.tps.server.db.Database;
import com.tari.tps.server.engine.Engine;
import com.tari.tps.server.config.EngineSettings;
import com.tari.tps.server.engine.MutableClock;
import com.tari.tps.server.events.EventBus;
import com.tari.tps.server.orders.NewOrder;
import com.tari.tps.server.orders.OrderStatus;
import com.tari.tps.server.outbox.Callback;
import com.tari.tps.server.shopify.ShopifyCallbackWorker;
import com.tari.tps.server.shopify.ShopifyOutbox;
import com.tari.tps.shopify.admin.RetryPolicy;
import com.tari.tps.shopify.admin.ShopifyAdminClient;
import com.tari.tps.shopify.admin.ShopifyConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The meters fed by the store and the workers, over a real store: outbox depth and age as Shopify is down and comes
 * back, the callback worker's attempts and failures, expiry passes, and the writer's batches.
 */
class MetricsOfWorkersAndStoreTest {
    @TempDir
    Path dir;

    @Test
    void outboxGaugesCallbackAttemptsExpiryRunsAndWriteBatches() throws Exception {
        MeterRegistry registry = new SimpleMeterRegistry();
        MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
        AtomicBoolean up = new AtomicBoolean(false);
        try (MockWebServer shopify = new MockWebServer(); EventBus events = new EventBus()) {
            shopify.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    // Up, every order shows as paid already, so the worker counts its callback as sent without a POST.
                    return up.get() ? new MockResponse().setBody("{\"order\":{\"id\":1,\"financial_status\":\"paid\",\"cancelled_at\":null}}")
                            : new MockResponse().setResponseCode(503);
                }
            });
            shopify.start();
            Database database = Database.open("sqlite://" + dir.resolve("tps.db"), 5, new StoreMetrics(registry));
            Engine engine = Engine.create(database, clock, EngineSettings.defaults(), events, new ShopifyOutbox(false));
            StoreGauges.bind(registry, database, clock);
            assertThat(gauge(registry, "tps.shopify.outbox.callbacks", "Pending")).isZero();
            assertThat(registry.get("tps.shopify.outbox.oldest.pending.age").timeGauge().value(TimeUnit.SECONDS)).isZero();

            for (String id : new String[] {"1001", "1002"}) {
                order(engine, id, clock);
                engine.orders().fulfill(id, "paid by card");
            }
            clock.advance(Duration.ofSeconds(90));
            Thread.sleep(250); // past the one-scrape sharing of store reads
            assertThat(gauge(registry, "tps.shopify.outbox.callbacks", "Pending")).isEqualTo(2);
            assertThat(registry.get("tps.shopify.outbox.oldest.pending.age").timeGauge().value(TimeUnit.SECONDS)).isEqualTo(90);
            assertThat(gauge(registry, "tps.orders", "Paid")).isEqualTo(2);

            ShopifyCallbackWorker worker = new ShopifyCallbackWorker(database, client(shopify), clock, WorkerMetrics.callbacks(registry));
            assertThat(worker.deliverDue()).isZero();
            // Shopify down for one callback is down for all: the round stops after the first failed attempt.
            assertThat(registry.get("tps.shopify.callback.attempts").tag("kind", Callback.MARK_PAID).tag("outcome", "retry").counter().count())
                    .isEqualTo(1);
            assertThat(registry.get("tps.shopify.callback.failures").tag("will_retry", "true").counter().count()).isEqualTo(1);

            up.set(true);
            clock.advance(Duration.ofHours(1));
            assertThat(worker.deliverDue()).isEqualTo(2);
            assertThat(registry.get("tps.shopify.callback.attempts").tag("outcome", "sent").counter().count()).isEqualTo(2);
            assertThat(registry.get("tps.shopify.callback.failures").tag("will_retry", "true").counter().count()).as("unchanged").isEqualTo(1);
            Thread.sleep(250);
            assertThat(gauge(registry, "tps.shopify.outbox.callbacks", "Pending")).isZero();
            assertThat(registry.get("tps.shopify.outbox.oldest.pending.age").timeGauge().value(TimeUnit.SECONDS)).isZero();

            order(engine, "1003", clock);
            clock.advance(Duration.ofHours(3)); // past the unclaimed timeout (2 h)
            engine.expiry().start(Duration.ofMillis(20), WorkerMetrics.expiry(registry));
            try {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (registry.get("tps.expiry.orders.expired").counter().count() < 1 && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
            } finally {
                engine.expiry().close();
            }
            assertThat(registry.get("tps.expiry.orders.expired").counter().count()).isEqualTo(1);
            assertThat(registry.get("tps.expiry.runs").tag("outcome", "ok").timer().count()).isPositive();
            assertThat(registry.get("tps.expiry.runs").tag("outcome", "failed").timer().count()).isZero();
            Thread.sleep(250);
            assertThat(gauge(registry, "tps.orders", OrderStatus.Expired.name())).isEqualTo(1);
            assertThat(gauge(registry, "tps.shopify.outbox.callbacks", "Pending")).as("the expiry's cancel callback").isEqualTo(1);

            assertThat(registry.get("tps.db.write.batches").tag("outcome", "committed").timer().count()).isPositive();
            assertThat(registry.get("tps.db.write.batch.operations").summary().totalAmount()).isPositive();
        }
    }

    private static double gauge(MeterRegistry registry, String name, String status) {
        return registry.get(name).tag("status", status).gauge().value();
    }

    private static void order(Engine engine, String id, MutableClock clock) {
        engine.orders().newOrder(new NewOrder(id, Optional.empty(), "c" + id, Optional.empty(), Optional.empty(),
                MicroTari.of(1_000), Optional.of("6.90"), "USD", clock.instant(), Optional.of("6.90")));
    }

    private static ShopifyAdminClient client(MockWebServer shopify) {
        ShopifyConfig config = new ShopifyConfig(shopify.url("/").toString(), "2024-04", TestSecrets.SHOPIFY_ADMIN_ACCESS_TOKEN, Duration.ofSeconds(2), Duration.ofSeconds(2));
        return new ShopifyAdminClient(config, new RetryPolicy(1, Duration.ZERO, Duration.ZERO, d -> { }, new Random()));
    }
}
