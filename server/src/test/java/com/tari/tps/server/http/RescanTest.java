package com.tari.tps.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tari.tps.common.amount.MicroTari;
import com.tari.tps.common.jwt.LoginToken;
import com.tari.tps.common.jwt.Role;
import com.tari.tps.common.testing.TestSecrets;
import com.tari.tps.server.engine.EngineFixture.Wallet;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** POST /api/rescan_open_orders against a fake Shopify Admin API on loopback. */
class RescanTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void openShopifyOrdersAreStoredOnceEach() throws Exception {
        try (MockWebServer shopify = new MockWebServer()) {
            shopify.start();
            String page = "{\"data\":{\"orders\":{\"pageInfo\":{\"endCursor\":null,\"hasNextPage\":false},\"nodes\":["
                    + "{\"id\":\"gid://shopify/Order/5796499259604\",\"name\":\"#1140\",\"createdAt\":\"2024-11-04T11:02:37Z\","
                    + "\"note\":null,\"currencyCode\":\"USD\",\"totalPrice\":\"6.90\",\"subtotalPrice\":\"6.90\","
                    + "\"customer\":{\"id\":\"gid://shopify/Customer/7390049927380\"}},"
                    + "{\"id\":\"gid://shopify/Order/77\",\"name\":\"#1141\",\"createdAt\":\"2024-11-04T11:05:00Z\",\"note\":null,"
                    + "\"currencyCode\":\"QAR\",\"totalPrice\":\"190.00\",\"subtotalPrice\":\"190.00\",\"customer\":null}]}}}";
            shopify.enqueue(new MockResponse().setBody(page));
            shopify.enqueue(new MockResponse().setBody(page));
            Map<String, String> settings = Map.of("TPG_SHOPIFY_SHOP", shopify.url("/").toString(),
                    "TPG_SHOPIFY_ADMIN_ACCESS_TOKEN", TestSecrets.SHOPIFY_ADMIN_ACCESS_TOKEN, "TPG_SHOPIFY_HMAC_SECRET", TestSecrets.SHOPIFY_HMAC_SECRET);
            try (ApiServer server = new ApiServer(dir, settings)) {
                server.engine.engine.rates().set("USD", MicroTari.of(30_000_000));
                String token = writer(server);
                JsonNode first = json(server.post("/api/rescan_open_orders", "", Map.of("tpg_access_token", token)));
                assertThat(first.get(0).get("message").asText()).isEqualTo("Order processed successfully.");
                assertThat(first.get(1).get("success").asBoolean()).as("no QAR rate").isFalse();
                assertThat(first.get(1).get("message").asText()).contains("QAR");
                assertThat(server.engine.engine.orders().find("5796499259604").orElseThrow().totalPrice().value()).isEqualTo(207_000_000);
                JsonNode again = json(server.post("/api/rescan_open_orders", "", Map.of("tpg_access_token", token)));
                assertThat(again.get(0).get("message").asText()).isEqualTo("Order already exists.");
                assertThat(shopify.takeRequest().getHeader("X-Shopify-Access-Token")).isEqualTo(TestSecrets.SHOPIFY_ADMIN_ACCESS_TOKEN);
            }
        }
    }

    @Test
    void withoutShopifySettingsRescanSaysWhatIsMissing() throws Exception {
        try (ApiServer server = new ApiServer(dir)) {
            try (Response r = server.post("/api/rescan_open_orders", "", Map.of("tpg_access_token", writer(server)))) {
                assertThat(r.code()).isEqualTo(503);
                assertThat(r.body().string()).contains("TPG_SHOPIFY_SHOP");
            }
        }
    }

    private static String writer(ApiServer server) throws Exception {
        Wallet admin = Wallet.random();
        server.engine.engine.access().updateRoles(admin.address(), List.of(Role.WRITE), List.of());
        try (Response r = server.post("/auth", null, Map.of("tpg_auth_token",
                new LoginToken(admin.address(), 1, List.of(Role.WRITE)).sign(admin.key())))) {
            return r.body().string();
        }
    }

    private static JsonNode json(Response response) throws Exception {
        try (response) {
            String body = response.body().string();
            assertThat(response.code()).as(body).isEqualTo(200);
            return JSON.readTree(body);
        }
    }
}
