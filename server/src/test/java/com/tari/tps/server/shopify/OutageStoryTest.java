package com.tari.tps.server.shopify;

import static org.assertj.core.api.Assertions.assertThat;

import com.tari.tps.common.amount.MicroTari;
import com.tari.tps.common.testing.TestSecrets;
import com.tari.tps.server.db.Database;
import com.tari.tps.server.engine.Engine;
import com.tari.tps.server.config.EngineSettings;
import com.tari.tps.server.engine.MutableClock;
import com.tari.tps.server.events.EventBus;
import com.tari.tps.server.orders.NewOrder;
import com.tari.tps.shopify.admin.RetryPolicy;
import com.tari.tps.shopify.admin.ShopifyAdminClient;
import com.tari.tps.shopify.admin.ShopifyConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shopify is down while three orders are paid and one expires; the server restarts; Shopify comes back. Each callback
 * then arrives exactly once, and one order's callbacks arrive in the order they happened.
 */
class OutageStoryTest {
    @TempDir
    Path dir;

    @Test
    void everyCallbackArrivesExactlyOnceAfterAnOutageAndARestart() throws Exception {
        FakeShopify fake = new FakeShopify();
        try (MockWebServer shopify = new MockWebServer()) {
            shopify.setDispatcher(fake);
            shopify.start();
            String url = "sqlite://" + dir.resolve("tps.db");
            MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));

            fake.up.set(false);
            try (EventBus events = new EventBus()) {
                Engine engine = Engine.create(Database.open(url), clock, EngineSettings.defaults(), events, new ShopifyOutbox(false));
                for (String id : List.of("1001", "1002", "1003", "1004", "1005")) {
                    engine.orders().newOrder(new NewOrder(id, Optional.empty(), "c" + id, Optional.empty(), Optional.empty(),
                            MicroTari.of(1_000), Optional.of("6.90"), "USD", clock.instant(), Optional.of("6.90")));
                }
                engine.orders().fulfill("1001", "paid by card");
                engine.orders().fulfill("1002", "paid by card");
                engine.orders().cancel("1005", "mistake");
                engine.orders().reset("1005");
                engine.orders().fulfill("1005", "paid after all");
                engine.orders().fulfill("1003", "paid by card");
                clock.advance(Duration.ofHours(3));
                assertThat(engine.expiry().expireNow()).extracting(o -> o.orderId()).containsExactly("1004");

                ShopifyCallbackWorker worker = worker(url, shopify, clock);
                assertThat(worker.deliverDue()).as("Shopify is down").isZero();
                var unsent = engine.callbacks().unsent();
                assertThat(unsent).hasSize(6);
                assertThat(unsent.stream().filter(c -> c.attempts() > 0))
                        .as("one try: Shopify being down for one order means down for all, so the rest wait").hasSize(1);
            }

            // Restart: a new engine and worker over the same database file; Shopify is back.
            fake.up.set(true);
            fake.requests.clear();
            clock.advance(Duration.ofHours(2));
            try (EventBus events = new EventBus()) {
                Engine engine = Engine.create(Database.open(url), clock, EngineSettings.defaults(), events, new ShopifyOutbox(false));
                ShopifyCallbackWorker worker = worker(url, shopify, clock);
                assertThat(worker.deliverDue()).as("the first success wakes the backlog; 1005's payment goes once its cancel is sent")
                        .isEqualTo(6);
                assertThat(worker.deliverDue()).isZero();
                assertThat(engine.callbacks().unsent()).isEmpty();
            }
            List<String> actions = fake.requests.stream().filter(r -> !r.startsWith("GET")).toList();
            assertThat(actions).containsExactlyInAnyOrder(
                    "POST /admin/api/2024-04/orders/1001/transactions.json",
                    "POST /admin/api/2024-04/orders/1002/transactions.json",
                    "POST /admin/api/2024-04/orders/1003/transactions.json",
                    "POST /admin/api/2024-04/orders/1004/cancel.json",
                    "POST /admin/api/2024-04/orders/1005/cancel.json",
                    "POST /admin/api/2024-04/orders/1005/transactions.json");
            assertThat(actions.indexOf("POST /admin/api/2024-04/orders/1005/cancel.json"))
                    .isLessThan(actions.indexOf("POST /admin/api/2024-04/orders/1005/transactions.json"));
        }
    }

    @Test
    void aCallbackShopifyAlreadyAcceptedIsNotSentAgain() throws Exception {
        FakeShopify fake = new FakeShopify();
        fake.paid.add("2001");
        try (MockWebServer shopify = new MockWebServer()) {
            shopify.setDispatcher(fake);
            shopify.start();
            String url = "sqlite://" + dir.resolve("again.db");
            MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
            try (EventBus events = new EventBus()) {
                Engine engine = Engine.create(Database.open(url), clock, EngineSettings.defaults(), events, new ShopifyOutbox(false));
                engine.orders().newOrder(new NewOrder("2001", Optional.empty(), "c", Optional.empty(), Optional.empty(),
                        MicroTari.of(5), Optional.of("1.00"), "USD", clock.instant(), Optional.empty()));
                engine.orders().fulfill("2001", "x");
                assertThat(worker(url, shopify, clock).deliverDue()).isEqualTo(1);
                assertThat(fake.requests).containsExactly("GET /admin/api/2024-04/orders/2001.json");
            }
        }
    }

    private static ShopifyCallbackWorker worker(String url, MockWebServer shopify, MutableClock clock) {
        ShopifyConfig config = new ShopifyConfig(shopify.url("/").toString(), "2024-04", TestSecrets.SHOPIFY_ADMIN_ACCESS_TOKEN, Duration.ofSeconds(2), Duration.ofSeconds(2));
        return new ShopifyCallbackWorker(Database.open(url),
                new ShopifyAdminClient(config, new RetryPolicy(1, Duration.ZERO, Duration.ZERO, d -> { }, new Random())), clock);
    }

    /** Answers 503 while down; when up, serves orders and records every call. */
    static final class FakeShopify extends Dispatcher {
        final AtomicBoolean up = new AtomicBoolean(true);
        final List<String> requests = new CopyOnWriteArrayList<>();
        final java.util.Set<String> paid = ConcurrentHashMap.newKeySet();
        final java.util.Set<String> cancelled = ConcurrentHashMap.newKeySet();

        @Override
        public MockResponse dispatch(RecordedRequest request) {
            if (!up.get()) {
                return new MockResponse().setResponseCode(503);
            }
            String path = request.getPath();
            requests.add(request.getMethod() + " " + path);
            String id = path.replaceAll(".*/orders/(\\d+).*", "$1");
            if (request.getMethod().equals("GET")) {
                return new MockResponse().setBody("{\"order\":{\"id\":" + id + ",\"financial_status\":\""
                        + (paid.contains(id) ? "paid" : "pending") + "\",\"cancelled_at\":"
                        + (cancelled.contains(id) ? "\"2026-03-01T12:00:00Z\"" : "null") + "}}");
            }
            if (path.endsWith("/transactions.json")) {
                paid.add(id);
                return new MockResponse().setResponseCode(201).setBody("{\"transaction\":{\"id\":1,\"kind\":\"sale\"}}");
            }
            cancelled.add(id);
            return new MockResponse().setBody("{\"order\":{\"id\":" + id + "}}");
        }
    }
}
