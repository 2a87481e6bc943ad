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
import com.tari.tps.shopify.model.ShopifyJson;
import com.tari.tps.shopify.model.ShopifyTransaction;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Capture mode: a card authorisation stored from order_transactions/create is captured, naming
 * it as the parent, once the order is paid in Tari, and never twice. Cancels carry Shopify's reason.
 */
class CaptureAndCancelReasonTest {
    private static final String ORDER = "5796499259604";
    private static final String AUTHORISATION = "6887976009940";

    @TempDir
    Path dir;
    private final FakeShopify fake = new FakeShopify();
    private MockWebServer shopify;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private EventBus events;
    private Engine engine;
    private Database database;

    @BeforeEach
    void start() throws Exception {
        shopify = new MockWebServer();
        shopify.setDispatcher(fake);
        shopify.start();
        events = new EventBus();
        database = Database.open("sqlite://" + dir.resolve("tps.db"));
        engine = Engine.create(database, clock, EngineSettings.defaults(), events, new ShopifyOutbox(true));
    }

    @AfterEach
    void stop() throws Exception {
        events.close();
        shopify.shutdown();
    }

    @Test
    void anAuthorisationIsCapturedOnceAndNothingIsMarkedPaidWhenTheCardCoveredIt() throws Exception {
        ShopifyAuthorisations authorisations = new ShopifyAuthorisations(engine.transactions());
        try (InputStream in = getClass().getResourceAsStream("/shopify/order_transactions_create.json")) {
            authorisations.remember(ShopifyJson.read(in.readAllBytes(), ShopifyTransaction.class));
        }
        newOrder(ORDER, "0.00");
        engine.orders().fulfill(ORDER, "paid in Tari");

        assertThat(worker().deliverDue()).isEqualTo(1);
        assertThat(fake.actions()).containsExactly("POST /admin/api/2024-04/orders/" + ORDER + "/transactions.json "
                + "{\"transaction\":{\"parent_id\":" + AUTHORISATION + ",\"kind\":\"capture\",\"amount\":\"6.90\",\"currency\":\"USD\",\"test\":true}}");
        assertThat(authorisations.uncaptured(ORDER)).as("marked captured").isEmpty();
        assertThat(worker().deliverDue()).isZero();
    }

    @Test
    void aCaptureShopifyAlreadyShowsIsNotSentAgainAndWhatIsStillOutstandingIsMarkedPaid() throws Exception {
        ShopifyAuthorisations authorisations = new ShopifyAuthorisations(engine.transactions());
        try (InputStream in = getClass().getResourceAsStream("/shopify/order_transactions_create.json")) {
            authorisations.remember(ShopifyJson.read(in.readAllBytes(), ShopifyTransaction.class));
        }
        fake.capturedAlready = true; // e.g. sent just before a crash, before TPS recorded it
        newOrder(ORDER, "2.50");
        engine.orders().fulfill(ORDER, "paid in Tari");

        assertThat(worker().deliverDue()).as("the capture, then (its order's next callback) mark paid").isEqualTo(2);
        assertThat(fake.actions()).containsExactly("POST /admin/api/2024-04/orders/" + ORDER + "/transactions.json "
                + "{\"transaction\":{\"parent_id\":null,\"amount\":\"2.50\",\"kind\":\"capture\",\"currency\":\"USD\"}}");
        assertThat(authorisations.uncaptured(ORDER)).isEmpty();
    }

    @Test
    void expiredOrdersAreCancelledAsDeclinedAndAdminCancelsAsOther() throws Exception {
        newOrder("1001", "1.00");
        newOrder("1002", "1.00");
        engine.orders().cancel("1002", "customer changed their mind");
        clock.advance(Duration.ofHours(3));
        engine.expiry().expireNow();

        assertThat(worker().deliverDue()).isEqualTo(2);
        assertThat(fake.actions()).containsExactlyInAnyOrder(
                "POST /admin/api/2024-04/orders/1001/cancel.json {\"reason\":\"declined\"}",
                "POST /admin/api/2024-04/orders/1002/cancel.json {\"reason\":\"other\"}");
    }

    private void newOrder(String id, String outstanding) {
        engine.orders().newOrder(new NewOrder(id, Optional.empty(), "c" + id, Optional.empty(), Optional.empty(),
                MicroTari.of(1_000), Optional.of("6.90"), "USD", clock.instant(), Optional.of(outstanding)));
    }

    private ShopifyCallbackWorker worker() {
        ShopifyConfig config = new ShopifyConfig(shopify.url("/").toString(), "2024-04", TestSecrets.SHOPIFY_ADMIN_ACCESS_TOKEN, Duration.ofSeconds(2), Duration.ofSeconds(2));
        return new ShopifyCallbackWorker(database,
                new ShopifyAdminClient(config, new RetryPolicy(1, Duration.ZERO, Duration.ZERO, d -> { }, new Random())), clock);
    }

    /** Serves pending orders and their transactions; records every call that changes something, with its body. */
    static final class FakeShopify extends Dispatcher {
        final List<String> requests = new CopyOnWriteArrayList<>();
        volatile boolean capturedAlready;

        List<String> actions() {
            return requests.stream().filter(r -> !r.startsWith("GET")).toList();
        }

        @Override
        public MockResponse dispatch(RecordedRequest request) {
            String path = request.getPath();
            requests.add(request.getMethod() + " " + path + " " + request.getBody().readUtf8());
            String id = path.replaceAll(".*/orders/(\\d+).*", "$1");
            if (request.getMethod().equals("GET") && path.endsWith("/transactions.json")) {
                String capture = capturedAlready ? ",{\"id\":9,\"kind\":\"capture\",\"status\":\"success\",\"parent_id\":" + AUTHORISATION + "}" : "";
                return new MockResponse().setBody("{\"transactions\":[{\"id\":" + AUTHORISATION
                        + ",\"kind\":\"authorization\",\"status\":\"success\",\"amount\":\"6.90\"}" + capture + "]}");
            }
            if (request.getMethod().equals("GET")) {
                return new MockResponse().setBody("{\"order\":{\"id\":" + id + ",\"financial_status\":\"authorized\",\"cancelled_at\":null}}");
            }
            if (path.endsWith("/transactions.json")) {
                return new MockResponse().setResponseCode(201).setBody("{\"transaction\":{\"id\":10,\"kind\":\"capture\",\"status\":\"success\"}}");
            }
            return new MockResponse().setBody("{\"order\":{\"id\":" + id + "}}");
        }
    }
}
