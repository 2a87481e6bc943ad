package com.tari.tps.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tari.tps.common.amount.MicroTari;
import com.tari.tps.common.testing.TestSecrets;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** products/update reprices only the stale variants' custom.tari_price metafields. */
class ProductRepricingTest {
    @TempDir
    Path dir;

    @Test
    void staleAndMissingTariPricesAreWrittenAndCorrectOnesLeftAlone() throws Exception {
        try (MockWebServer shopify = new MockWebServer()) {
            shopify.start();
            shopify.enqueue(new MockResponse().setBody("{\"data\":{\"productVariant\":{\"id\":\"gid://shopify/ProductVariant/1\","
                    + "\"price\":\"10.00\",\"metafield\":{\"id\":\"gid://shopify/Metafield/9\",\"value\":\"300000000\"}}}}"));
            shopify.enqueue(new MockResponse().setBody("{\"data\":{\"productVariant\":{\"id\":\"gid://shopify/ProductVariant/2\","
                    + "\"price\":\"5.50\",\"metafield\":null}}}"));
            shopify.enqueue(new MockResponse().setBody("{\"data\":{\"metafieldsSet\":{\"metafields\":[{\"id\":\"x\",\"value\":\"165000000\"}],"
                    + "\"userErrors\":[]}}}"));
            Map<String, String> settings = Map.of("TPG_SHOPIFY_SHOP", shopify.url("/").toString(),
                    "TPG_SHOPIFY_ADMIN_ACCESS_TOKEN", TestSecrets.SHOPIFY_ADMIN_ACCESS_TOKEN, "TPG_SHOPIFY_HMAC_SECRET", TestSecrets.SHOPIFY_HMAC_SECRET);
            try (ApiServer server = new ApiServer(dir, settings)) {
                server.engine.engine.rates().set("USD", MicroTari.of(30_000_000));
                String product = "{\"id\":77,\"title\":\"Mug\",\"variants\":[{\"id\":1,\"price\":\"10.00\"},{\"id\":2,\"price\":\"5.50\"}]}";
                byte[] body = product.getBytes(StandardCharsets.UTF_8);
                Request request = new Request.Builder().url(server.url("/shopify/webhook/product_updated"))
                        .header("X-Shopify-Hmac-Sha256", hmac(TestSecrets.SHOPIFY_HMAC_SECRET, body))
                        .post(RequestBody.create(body, MediaType.get("application/json"))).build();
                try (Response r = new OkHttpClient().newCall(request).execute()) {
                    assertThat(r.code()).isEqualTo(200);
                    assertThat(new ObjectMapper().readTree(r.body().string()).get("message").asText()).isEqualTo("1 variant price(s) updated.");
                }
                shopify.takeRequest();
                shopify.takeRequest();
                RecordedRequest mutation = shopify.takeRequest();
                assertThat(mutation.getBody().readUtf8()).contains("metafieldsSet").contains("gid://shopify/ProductVariant/2")
                        .contains("\"value\":\"165000000\"").contains("tari_price");
                assertThat(shopify.getRequestCount()).isEqualTo(3);
            }
        }
    }

    @Test
    void settingTheRateRepricesEveryStaleVariantAndAShopifyFailureIs502() throws Exception {
        try (MockWebServer shopify = new MockWebServer()) {
            shopify.start();
            shopify.enqueue(new MockResponse().setBody("{\"data\":{\"productVariants\":{\"pageInfo\":{\"endCursor\":\"p1\",\"hasNextPage\":true},"
                    + "\"nodes\":[{\"id\":\"gid://shopify/ProductVariant/1\",\"price\":\"10.00\",\"metafield\":{\"id\":\"m\",\"value\":\"310000000\"}}]}}}"));
            shopify.enqueue(new MockResponse().setBody("{\"data\":{\"productVariants\":{\"pageInfo\":{\"endCursor\":null,\"hasNextPage\":false},"
                    + "\"nodes\":[{\"id\":\"gid://shopify/ProductVariant/2\",\"price\":\"5.50\",\"metafield\":{\"id\":\"n\",\"value\":\"1\"}}]}}}"));
            shopify.enqueue(new MockResponse().setBody("{\"data\":{\"metafieldsSet\":{\"userErrors\":[]}}}"));
            shopify.enqueue(new MockResponse().setBody("{\"data\":{\"metaobjectUpsert\":{\"metaobject\":{\"fields\":[]},\"userErrors\":[]}}}"));
            Map<String, String> settings = Map.of("TPG_SHOPIFY_SHOP", shopify.url("/").toString(),
                    "TPG_SHOPIFY_ADMIN_ACCESS_TOKEN", TestSecrets.SHOPIFY_ADMIN_ACCESS_TOKEN, "TPG_SHOPIFY_HMAC_SECRET", TestSecrets.SHOPIFY_HMAC_SECRET);
            try (ApiServer server = new ApiServer(dir, settings)) {
                var admin = com.tari.tps.server.engine.EngineFixture.Wallet.random();
                server.engine.engine.access().updateRoles(admin.address(), java.util.List.of(com.tari.tps.common.jwt.Role.WRITE), java.util.List.of());
                String token;
                try (Response r = server.post("/auth", null, Map.of("tpg_auth_token", new com.tari.tps.common.jwt.LoginToken(admin.address(), 1,
                        java.util.List.of(com.tari.tps.common.jwt.Role.WRITE)).sign(admin.key())))) {
                    token = r.body().string();
                }
                try (Response r = server.post("/api/exchange_rate", "{\"currency\":\"USD\",\"rate\":31000000}", Map.of("tpg_access_token", token))) {
                    assertThat(r.code()).isEqualTo(200);
                }
                shopify.takeRequest();
                shopify.takeRequest();
                assertThat(shopify.takeRequest().getBody().readUtf8()).contains("ProductVariant/2").contains("\"value\":\"170500000\"");
                assertThat(shopify.takeRequest().getBody().readUtf8()).as("the theme's rate follows")
                        .contains("metaobjectUpsert").contains("{\"key\":\"usd\",\"value\":\"31000000\"}");
                assertThat(shopify.getRequestCount()).as("variant 1 already right").isEqualTo(4);

                shopify.enqueue(new MockResponse().setResponseCode(422).setBody("{\"errors\":\"nope\"}"));
                try (Response r = server.post("/api/exchange_rate", "{\"currency\":\"USD\",\"rate\":32000000}", Map.of("tpg_access_token", token))) {
                    assertThat(r.code()).isEqualTo(502);
                    assertThat(r.body().string()).contains("rate is stored");
                }
                assertThat(server.engine.engine.rates().latest("USD").orElseThrow().rate().value()).isEqualTo(32_000_000);
            }
        }
    }

    private static String hmac(String secret, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(body));
    }
}
