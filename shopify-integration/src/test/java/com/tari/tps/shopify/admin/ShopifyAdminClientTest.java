package com.tari.tps.shopify.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
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
    private ShopifyAdminClient client;

    @BeforeEach
    void start() throws Exception {
        shopify = new MockWebServer();
        shopify.start();
        ShopifyConfig config = new ShopifyConfig(shopify.url("/").toString(), "2024-04", "shpat_test",
                Duration.ofSeconds(2), Duration.ofMillis(500));
        client = new ShopifyAdminClient(config, new RetryPolicy(4, Duration.ofMillis(100), Duration.ofSeconds(5), waits::add, new Random(1)));
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
        assertThat(first.getHeader("X-Shopify-Access-Token")).isEqualTo("shpat_test");
        assertThat(first.getBody().readUtf8()).contains("status:open").contains("\"after\":null");
        assertThat(shopify.takeRequest().getBody().readUtf8()).contains("\"after\":\"c1\"");
    }

    @Test
    void throttlingHonoursRetryAfterAndServerErrorsBackOff() throws Exception {
        shopify.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "2.0"));
        shopify.enqueue(new MockResponse().setResponseCode(503));
        shopify.enqueue(json("{\"order\":{\"id\":42,\"name\":\"#1042\"}}"));
        assertThat(client.order(42).get("name").asText()).isEqualTo("#1042");
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
                    assertThat(e.getMessage()).contains("is invalid").doesNotContain("shpat_test");
                });
        assertThat(shopify.getRequestCount()).isEqualTo(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void aHangingShopifyTimesOutAndIsRetriedThenGivenUp() {
        for (int i = 0; i < 4; i++) {
            shopify.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        }
        assertThatThrownBy(() -> client.cancelOrder(9))
                .isInstanceOfSatisfying(ShopifyException.class, e -> assertThat(e.retryable()).isTrue());
        assertThat(shopify.getRequestCount()).isEqualTo(4);
        assertThat(waits).hasSize(3);
    }

    @Test
    void graphqlErrorsFailTheCallAndThrottlingIsRetryable() throws Exception {
        shopify.enqueue(json("{\"errors\":[{\"message\":\"Throttled\",\"extensions\":{\"code\":\"THROTTLED\"}}]}"));
        assertThatThrownBy(() -> client.openOrders())
                .isInstanceOfSatisfying(ShopifyException.class, e -> assertThat(e.retryable()).isTrue());
        shopify.enqueue(json("{\"data\":null}"));
        assertThatThrownBy(() -> client.openOrders()).hasMessageContaining("no data");
        RecordedRequest markPaid;
        shopify.enqueue(json("{\"transaction\":{\"id\":1,\"kind\":\"sale\"}}"));
        client.markPaid(11, "6.90", "USD");
        shopify.takeRequest(1, TimeUnit.SECONDS);
        shopify.takeRequest(1, TimeUnit.SECONDS);
        markPaid = shopify.takeRequest(1, TimeUnit.SECONDS);
        assertThat(markPaid.getPath()).isEqualTo("/admin/api/2024-04/orders/11/transactions.json");
        assertThat(markPaid.getBody().readUtf8())
                .isEqualTo("{\"transaction\":{\"parent_id\":null,\"amount\":\"6.90\",\"kind\":\"capture\",\"currency\":\"USD\"}}");
    }

    private static MockResponse json(String body) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
    }
}
