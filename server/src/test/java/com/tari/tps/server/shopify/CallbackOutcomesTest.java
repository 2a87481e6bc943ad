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
import com.tari.tps.server.outbox.Callback;
import com.tari.tps.shopify.admin.RetryPolicy;
import com.tari.tps.shopify.admin.ShopifyAdminClient;
import com.tari.tps.shopify.admin.ShopifyConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What becomes of a mark-as-paid for each kind of answer: delivered when Shopify shows it (even after a lost answer or
 * a 422 about it already being paid), retried later for what waiting cures, Failed with the reason only for what it
 * does not (token refused, order gone, a refusal a read confirms).
 */
class CallbackOutcomesTest {
    private static final String ORDER = "7301";
    private static final String PAY = "POST /admin/api/2024-04/orders/" + ORDER + "/transactions.json";

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private volatile boolean paidOnShopify;
    private volatile Function<RecordedRequest, MockResponse> onPay;
    private volatile MockResponse onRead;
    private MockWebServer shopify;
    private EventBus events;
    private Engine engine;
    private Database database;

    @BeforeEach
    void start() throws Exception {
        shopify = new MockWebServer();
        shopify.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                calls.add(request.getMethod() + " " + request.getPath());
                if (request.getMethod().equals("GET")) {
                    return onRead != null ? onRead : new MockResponse().setBody("{\"order\":{\"id\":" + ORDER + ",\"financial_status\":\""
                            + (paidOnShopify ? "paid" : "pending") + "\",\"cancelled_at\":null}}");
                }
                return onPay.apply(request);
            }
        });
        shopify.start();
        events = new EventBus();
        database = Database.open("sqlite://" + dir.resolve("tps.db"));
        engine = Engine.create(database, clock, EngineSettings.defaults(), events, new ShopifyOutbox(false));
        engine.orders().newOrder(new NewOrder(ORDER, Optional.empty(), "c", Optional.empty(), Optional.empty(),
                MicroTari.of(1_000), Optional.of("6.90"), "USD", clock.instant(), Optional.empty()));
        engine.orders().fulfill(ORDER, "paid in Tari");
    }

    @AfterEach
    void stop() throws Exception {
        events.close();
        shopify.shutdown();
    }

    @Test
    void aLostAnswerIsReadBackAndNotRepeated() {
        onPay = request -> {
            paidOnShopify = true;
            return new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST);
        };
        assertThat(worker().deliverDue()).isEqualTo(1);
        assertThat(calls.stream().filter(PAY::equals)).hasSize(1);
        assertThat(engine.callbacks().unsent()).isEmpty();
    }

    @Test
    void a422AboutTheEffectBeingThereIsSuccessOnceAReadConfirmsIt() {
        onPay = request -> {
            paidOnShopify = true; // another path paid it between our read and our call
            return new MockResponse().setResponseCode(422).setBody("{\"errors\":{\"base\":[\"The order is already paid\"]}}");
        };
        assertThat(worker().deliverDue()).isEqualTo(1);
        assertThat(engine.callbacks().unsent()).isEmpty();
    }

    @Test
    void a422ThatAReadDoesNotConfirmIsFailedWithShopifysReason() {
        onPay = request -> new MockResponse().setResponseCode(422).setBody("{\"errors\":{\"amount\":[\"is invalid\"]}}");
        assertThat(worker().deliverDue()).isZero();
        Callback failed = only();
        assertThat(failed.status()).isEqualTo("Failed");
        assertThat(failed.lastError()).contains("422", "is invalid", "does not show it applied");
    }

    @Test
    void throttlingAnd5xxAreRetriedLaterWithinTheCapNeverFailed() {
        onPay = request -> new MockResponse().setResponseCode(503);
        ShopifyCallbackWorker worker = worker();
        for (int round = 0; round < 12; round++) {
            assertThat(worker.deliverDue()).isZero();
            Callback pending = only();
            assertThat(pending.status()).isEqualTo("Pending");
            assertThat(Duration.between(clock.instant(), pending.nextAttemptAt())).as("the wait is capped").isLessThanOrEqualTo(Duration.ofSeconds(30));
            clock.advance(Duration.ofSeconds(31));
        }
        assertThat(only().attempts()).isEqualTo(12);
        assertThat(calls.stream().filter(PAY::equals)).as("a 5xx may have been applied: read before every new attempt").hasSize(12);
        assertThat(calls).filteredOn(c -> c.startsWith("GET")).hasSizeGreaterThanOrEqualTo(24);
    }

    @Test
    void aRefusedTokenIsFailedAndSaysWhatToCheck() {
        onRead = new MockResponse().setResponseCode(401).setBody("{\"errors\":\"[API] Invalid API key or access token\"}");
        assertThat(worker().deliverDue()).isZero();
        assertThat(only().status()).isEqualTo("Failed");
        assertThat(only().lastError()).contains("TPG_SHOPIFY_ADMIN_ACCESS_TOKEN");
        assertThat(calls).noneMatch(PAY::equals);
    }

    @Test
    void anOrderGoneFromShopifyIsFailedAndARetryAfterTheFixDeliversIt() {
        onRead = new MockResponse().setResponseCode(404).setBody("{\"errors\":\"Not Found\"}");
        onPay = request -> {
            paidOnShopify = true;
            return new MockResponse().setBody("{\"transaction\":{\"id\":1,\"status\":\"success\"}}");
        };
        ShopifyCallbackWorker worker = worker();
        assertThat(worker.deliverDue()).isZero();
        assertThat(only().status()).isEqualTo("Failed");
        assertThat(only().lastError()).contains("does not exist on Shopify");
        assertThat(worker.deliverDue()).as("Failed waits for an admin").isZero();

        onRead = null; // the merchant restored the order
        engine.callbacks().retryNow(only().id());
        assertThat(worker.deliverDue()).isEqualTo(1);
        assertThat(calls.stream().filter(PAY::equals)).hasSize(1);
    }

    private Callback only() {
        List<Callback> unsent = engine.callbacks().unsent();
        assertThat(unsent).hasSize(1);
        return unsent.get(0);
    }

    private ShopifyCallbackWorker worker() {
        ShopifyConfig config = new ShopifyConfig(shopify.url("/").toString(), "2024-04", TestSecrets.SHOPIFY_ADMIN_ACCESS_TOKEN, Duration.ofSeconds(2), Duration.ofSeconds(2));
        return new ShopifyCallbackWorker(database, new ShopifyAdminClient(config,
                new RetryPolicy(2, Duration.ofSeconds(1), Duration.ofSeconds(30), d -> { }, new Random(7))), clock);
    }
}
