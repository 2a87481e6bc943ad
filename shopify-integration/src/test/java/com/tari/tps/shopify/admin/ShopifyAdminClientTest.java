package com.tari.tps.shopify.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.tari.tps.common.testing.TestSecrets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Admin API client against a fake Shopify on loopback that can page, throttle, fail and hang. */
class ShopifyAdminClientTest {
    private MockWebServer shopify;
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    /** The limiter's clock: moves only when the client waits, so waits are recorded instead of slept. */
    private final java.util.concurrent.atomic.AtomicLong nanos = new java.util.concurrent.atomic.AtomicLong();
    private ShopifyAdminClient client;

    @BeforeEach
    void start() throws Exception {
        shopify = new MockWebServer();
        shopify.start();
        ShopifyConfig config = new ShopifyConfig(shopify.url("/").toString(), "2024-04", TestSecrets.SHOPIFY_ADMIN_ACCESS_TOKEN,
                Duration.ofSeconds(2), Duration.ofMillis(500));
        client = new ShopifyAdminClient(config, new RetryPolicy(4, Duration.ofMillis(100), Duration.ofSeconds(5), d -> {
            waits.add(d);
            nanos.addAndGet(d.toNanos());
        }, new Random(1), nanos::get));
    }

    @AfterEach
    void stop() throws Exception {
        shopify.shutdown();
    }

    @Test
    void openOrdersArePagedAndAnEmptyPageEndsCleanly() throws Exception {
        shopify.enqueue(json("{\"data\":{\"orders\":{\"pageInfo\":{\"endCursor\":\"c1\",\"hasNextPage\":true},"
                + "\"nodes\":[{\"id\":\"gid://shopify/Order/1\"},{\"id\":\"gid://shopify/Order/2\"}]}}}"));
        shopify.enqueue(json("{\"data\":{\"orders\":{\"pageInfo\":{\"endCursor\":null,\"hasNextPage\":false},\"nodes\":[]}}}"));
        List<JsonNode> orders = client.openOrders();
        assertThat(orders).extracting(o -> o.get("id").asText()).containsExactly("gid://shopify/Order/1", "gid://shopify/Order/2");

        RecordedRequest first = shopify.takeRequest();
        assertThat(first.getPath()).isEqualTo("/admin/api/2024-04/graphql.json");
        assertThat(first.getHeader("X-Shopify-Access-Token")).isEqualTo(TestSecrets.SHOPIFY_ADMIN_ACCESS_TOKEN);
        assertThat(first.getBody().readUtf8()).contains("status:open").contains("\"after\":null");
        assertThat(shopify.takeRequest().getBody().readUtf8()).contains("\"after\":\"c1\"");
    }

    @Test
    void throttlingHonoursRetryAfterAndServerErrorsBackOff() throws Exception {
        shopify.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "2.0"));
        shopify.enqueue(new MockResponse().setResponseCode(503));
        shopify.enqueue(json("{\"order\":{\"id\":42,\"name\":\"#1042\"}}"));
        assertThat(client.order(42).name()).isEqualTo("#1042");
        assertThat(waits.get(0)).isEqualTo(Duration.ofSeconds(2));
        assertThat(waits.get(1)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
        assertThat(shopify.getRequestCount()).isEqualTo(3);
    }

    @Test
    void clientErrorsAreNotRetriedAndKeepShopifysText() {
        shopify.enqueue(new MockResponse().setResponseCode(422).setBody("{\"errors\":{\"amount\":[\"is invalid\"]}}"));
        assertThatThrownBy(() -> client.markPaid(7, "1.00", "USD"))
                .isInstanceOfSatisfying(ShopifyException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).contains("is invalid").doesNotContain(TestSecrets.SHOPIFY_ADMIN_ACCESS_TOKEN);
                });
        assertThat(shopify.getRequestCount()).isEqualTo(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void aHangingShopifyTimesOutAndIsRetriedThenGivenUp() {
        for (int i = 0; i < 4; i++) {
            shopify.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        }
        assertThatThrownBy(() -> client.order(9))
                .isInstanceOfSatisfying(ShopifyException.class, e -> assertThat(e.retryable()).isTrue());
        assertThat(shopify.getRequestCount()).isEqualTo(4);
        assertThat(waits).hasSize(3);
    }

    @Test
    void aChangeThatMayHaveBeenAppliedIsSentOnceAndLeftToTheCallerToCheck() {
        shopify.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        assertThatThrownBy(() -> client.cancelOrder(9, CancelReason.OTHER))
                .isInstanceOfSatisfying(ShopifyException.class, e -> {
                    assertThat(e.retryable()).as("worth trying later").isTrue();
                    assertThat(e.mayHaveApplied()).as("the answer was lost").isTrue();
                });
        shopify.enqueue(new MockResponse().setResponseCode(503));
        assertThatThrownBy(() -> client.markPaid(9, "1.00", "USD"))
                .isInstanceOfSatisfying(ShopifyException.class, e -> {
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.mayHaveApplied()).isTrue();
                });
        shopify.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        assertThatThrownBy(() -> client.cancelOrder(9, CancelReason.OTHER))
                .isInstanceOfSatisfying(ShopifyException.class, e -> assertThat(e.mayHaveApplied()).as("dropped after sending").isTrue());
        assertThat(shopify.getRequestCount()).isEqualTo(3);
        assertThat(waits).isEmpty();
    }

    @Test
    void aThrottledChangeIsRepeatedSinceShopifyDidNothing() throws Exception {
        shopify.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "1"));
        shopify.enqueue(json("{\"transaction\":{\"id\":1,\"kind\":\"capture\"}}"));
        client.markPaid(9, "1.00", "USD");
        assertThat(shopify.getRequestCount()).isEqualTo(2);
        assertThat(waits).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void graphqlThrottlingWaitsForTheBudgetAndOtherErrorsFailTheCall() throws Exception {
        shopify.enqueue(json("{\"errors\":[{\"message\":\"Throttled\",\"extensions\":{\"code\":\"THROTTLED\"}}],"
                + "\"extensions\":{\"cost\":{\"requestedQueryCost\":52,\"throttleStatus\":{\"maximumAvailable\":1000,"
                + "\"currentlyAvailable\":2,\"restoreRate\":50}}}}"));
        shopify.enqueue(json("{\"data\":{\"orders\":{\"pageInfo\":{\"endCursor\":null,\"hasNextPage\":false},\"nodes\":[]}}}"));
        assertThat(client.openOrders()).isEmpty();
        assertThat(waits).as("(52 - 2) points at 50 a second").containsExactly(Duration.ofSeconds(1));
        shopify.enqueue(json("{\"data\":null}"));
        assertThatThrownBy(() -> client.openOrders()).hasMessageContaining("no data");
        for (int i = 0; i < 4; i++) {
            shopify.enqueue(json("{\"errors\":[{\"message\":\"Throttled\",\"extensions\":{\"code\":\"THROTTLED\"}}]}"));
        }
        assertThatThrownBy(() -> client.openOrders())
                .isInstanceOfSatisfying(ShopifyException.class, e -> assertThat(e.retryable()).as("still throttled: try later").isTrue());
        RecordedRequest markPaid;
        shopify.enqueue(json("{\"transaction\":{\"id\":1,\"kind\":\"sale\"}}"));
        client.markPaid(11, "6.90", "USD");
        for (int i = 0; i < 7; i++) {
            shopify.takeRequest(1, TimeUnit.SECONDS);
        }
        markPaid = shopify.takeRequest(1, TimeUnit.SECONDS);
        assertThat(markPaid.getPath()).isEqualTo("/admin/api/2024-04/orders/11/transactions.json");
        assertThat(markPaid.getBody().readUtf8())
                .isEqualTo("{\"transaction\":{\"parent_id\":null,\"amount\":\"6.90\",\"kind\":\"capture\",\"currency\":\"USD\"}}");
    }

    @Test
    void aRetryAfterHoldsBackTheNextCallToTheShopEvenOfAnotherKind() throws Exception {
        for (int i = 0; i < 4; i++) {
            shopify.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "2"));
        }
        assertThatThrownBy(() -> client.order(5)).isInstanceOfSatisfying(ShopifyException.class, e -> {
            assertThat(e.status()).isEqualTo(429);
            assertThat(e.mayHaveApplied()).isFalse();
        });
        assertThat(waits).hasSize(3);
        shopify.enqueue(json("{\"data\":{\"orders\":{\"pageInfo\":{\"endCursor\":null,\"hasNextPage\":false},\"nodes\":[]}}}"));
        client.openOrders();
        assertThat(waits).as("the last 429's Retry-After, before the GraphQL call went out").hasSize(4).last()
                .isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void callsArePacedByTheLeakyBucketShopifyReports() throws Exception {
        shopify.enqueue(json("{\"order\":{\"id\":1}}").setHeader("X-Shopify-Shop-Api-Call-Limit", "4/6"));
        shopify.enqueue(json("{\"order\":{\"id\":1}}").setHeader("X-Shopify-Shop-Api-Call-Limit", "5/6"));
        shopify.enqueue(json("{\"order\":{\"id\":1}}").setHeader("X-Shopify-Shop-Api-Call-Limit", "5/6"));
        client.order(1);
        client.order(1);
        assertThat(waits).as("room left in the bucket").isEmpty();
        client.order(1);
        assertThat(waits).as("one call drains in half a second, keeping a slot spare").containsExactly(Duration.ofMillis(500));
        assertThat(shopify.getRequestCount()).isEqualTo(3);
    }

    @Test
    void cancelSendsShopifysReasonAndCaptureNamesTheAuthorisation() throws Exception {
        shopify.enqueue(json("{\"order\":{\"id\":9,\"cancel_reason\":\"declined\",\"cancelled_at\":\"2024-11-04T12:00:00Z\"}}"));
        assertThat(client.cancelOrder(9, CancelReason.DECLINED).path("cancel_reason").asText()).isEqualTo("declined");
        RecordedRequest cancel = shopify.takeRequest();
        assertThat(cancel.getPath()).isEqualTo("/admin/api/2024-04/orders/9/cancel.json");
        assertThat(cancel.getBody().readUtf8()).isEqualTo("{\"reason\":\"declined\"}");

        shopify.enqueue(json("{\"transactions\":[{\"id\":820982911946154508,\"order_id\":5796499259604,\"kind\":\"authorization\","
                + "\"status\":\"success\",\"amount\":\"6.90\",\"currency\":\"USD\",\"test\":true,\"extra\":{\"x\":1}}]}"));
        var transactions = client.transactions(5796499259604L);
        assertThat(transactions).singleElement().satisfies(t -> {
            assertThat(t.id()).isEqualTo("820982911946154508");
            assertThat(t.successfulAuthorisation()).isTrue();
        });
        shopify.takeRequest();

        shopify.enqueue(json("{\"transaction\":{\"id\":5,\"kind\":\"capture\",\"status\":\"success\",\"parent_id\":820982911946154508}}"));
        var captured = client.capture(5796499259604L, transactions.get(0));
        assertThat(captured.captures("820982911946154508")).isTrue();
        assertThat(shopify.takeRequest().getBody().readUtf8()).isEqualTo("{\"transaction\":{\"parent_id\":820982911946154508,"
                + "\"kind\":\"capture\",\"amount\":\"6.90\",\"currency\":\"USD\",\"test\":true}}");
    }

    @Test
    void webhookInstallCreatesMissingMovesStaleAndSkipsCurrentSubscriptions() throws Exception {
        shopify.enqueue(json("{\"webhooks\":[{\"id\":1,\"topic\":\"orders/create\",\"address\":\"https://tps.example/shopify/webhook/checkout_create\"},"
                + "{\"id\":2,\"topic\":\"products/update\",\"address\":\"https://old.example/shopify/webhook/product_updated\"}]}"));
        shopify.enqueue(json("{\"webhook\":{\"id\":2}}"));
        shopify.enqueue(json("{\"webhook\":{\"id\":3}}"));
        shopify.enqueue(json("{\"webhook\":{\"id\":4}}"));
        var outcomes = new WebhookInstaller(client).install("https://tps.example/");
        assertThat(outcomes).extracting(WebhookInstaller.Outcome::action).containsExactly(WebhookInstaller.Action.ALREADY_INSTALLED,
                WebhookInstaller.Action.UPDATED, WebhookInstaller.Action.CREATED, WebhookInstaller.Action.CREATED);
        assertThat(shopify.takeRequest().getPath()).isEqualTo("/admin/api/2024-04/webhooks.json");
        RecordedRequest update = shopify.takeRequest();
        assertThat(update.getMethod()).isEqualTo("PUT");
        assertThat(update.getPath()).isEqualTo("/admin/api/2024-04/webhooks/2.json");
        assertThat(update.getBody().readUtf8()).isEqualTo("{\"webhook\":{\"id\":\"2\",\"address\":\"https://tps.example/shopify/webhook/product_updated\"}}");
        assertThat(shopify.takeRequest().getBody().readUtf8()).isEqualTo("{\"webhook\":{\"address\":"
                + "\"https://tps.example/shopify/webhook/transaction_create\",\"topic\":\"order_transactions/create\",\"format\":\"json\"}}");
        assertThat(shopify.takeRequest().getBody().readUtf8()).contains("\"https://tps.example/shopify/webhook/order_updated\"", "orders/updated");
    }

    @Test
    void ratesAreReadFromAndWrittenToTheMetaobject() throws Exception {
        shopify.enqueue(json("{\"data\":{\"metaobjectByHandle\":{\"id\":\"gid://shopify/Metaobject/1\",\"handle\":\"tari-price-global\","
                + "\"type\":\"tari_price\",\"fields\":[{\"key\":\"usd\",\"value\":\"30000000\"}]}}}"));
        assertThat(client.rates()).containsExactly(java.util.Map.entry("USD", 30_000_000L));
        shopify.takeRequest();

        shopify.enqueue(json("{\"data\":{\"metaobjectUpsert\":{\"metaobject\":{\"fields\":[{\"key\":\"usd\",\"value\":\"12000000\"}]},"
                + "\"userErrors\":[]}}}"));
        assertThat(client.setRates(java.util.Map.of("USD", 12_000_000L))).containsEntry("USD", 12_000_000L);
        assertThat(shopify.takeRequest().getBody().readUtf8()).contains("metaobjectUpsert",
                "\"handle\":{\"type\":\"tari_price\",\"handle\":\"tari-price-global\"}", "{\"key\":\"usd\",\"value\":\"12000000\"}");

        shopify.enqueue(json("{\"data\":{\"metaobjectUpsert\":{\"metaobject\":null,\"userErrors\":[{\"message\":\"bad key\"}]}}}"));
        assertThatThrownBy(() -> client.setRates(java.util.Map.of("USD", 1L))).hasMessageContaining("bad key");
        shopify.enqueue(json("{\"data\":{\"metaobjectByHandle\":null}}"));
        assertThat(client.rates()).isEmpty();
    }

    private static MockResponse json(String body) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
    }
}
