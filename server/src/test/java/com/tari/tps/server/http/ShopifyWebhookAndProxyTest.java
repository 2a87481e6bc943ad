package com.tari.tps.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tari.tps.common.amount.MicroTari;
import com.tari.tps.common.jwt.LoginToken;
import com.tari.tps.common.jwt.Role;
import com.tari.tps.common.signatures.NewPayment;
import com.tari.tps.common.signatures.PaymentNotification;
import com.tari.tps.common.signatures.WalletSignature;
import com.tari.tps.common.testing.TestSecrets;
import com.tari.tps.server.engine.EngineFixture.Wallet;
import com.tari.tps.server.orders.Order;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shopify webhook HMAC and whitelist, and client-IP handling behind a proxy, over a real port. */
class ShopifyWebhookAndProxyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** checkout_create.json signed as Shopify signs it, with the webhook secret ApiServer configures. */
    private static final String CHECKOUT_HMAC = signed("checkout_create.json");
    private final OkHttpClient http = new OkHttpClient();

    @TempDir
    Path dir;

    @Test
    void aSignedShopifyOrderIsStoredOnceAtTheStoredRate() throws Exception {
        try (ApiServer server = new ApiServer(dir)) {
            server.engine.engine.rates().set("USD", MicroTari.of(30_000_000));
            byte[] body = fixture("checkout_create.json");
            JsonNode first = json(webhook(server, body, CHECKOUT_HMAC, Map.of()));
            assertThat(first.get("success").asBoolean()).isTrue();
            assertThat(first.get("message").asText()).isEqualTo("Order processed successfully.");
            Order order = server.engine.engine.orders().find("5796499259604").orElseThrow();
            assertThat(order.totalPrice().value()).isEqualTo(207_000_000);
            assertThat(order.altId()).isEqualTo("#1140");
            assertThat(order.customerId()).isEqualTo("7390049927380");
            assertThat(json(webhook(server, body, CHECKOUT_HMAC, Map.of())).get("message").asText()).isEqualTo("Order already exists.");
        }
    }

    @Test
    void missingWrongOrReserialisedHmacIsRefused() throws Exception {
        try (ApiServer server = new ApiServer(dir)) {
            byte[] body = fixture("checkout_create.json");
            try (Response r = webhook(server, body, null, Map.of())) {
                assertThat(r.code()).isEqualTo(403);
                assertThat(r.body().string()).contains("No HMAC signature found.");
            }
            assertThat(webhook(server, body, "AAAA" + CHECKOUT_HMAC.substring(4), Map.of()).code()).isEqualTo(403);
            assertThat(webhook(server, body, "not base64!", Map.of()).code()).isEqualTo(403);
            byte[] pretty = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(JSON.readTree(body));
            assertThat(webhook(server, pretty, CHECKOUT_HMAC, Map.of()).code()).as("re-serialised body").isEqualTo(403);
            assertThat(server.engine.engine.orders().find("5796499259604")).isEmpty();
        }
    }

    @Test
    void theSameDeliveryTwiceChangesNothing() throws Exception {
        try (ApiServer server = new ApiServer(dir)) {
            byte[] body = fixture("checkout_create.json");
            Map<String, String> delivery = Map.of("X-Shopify-Webhook-Id", "b54557e4-bdd9-4b37-8a5f-bf7d70bcd043",
                    "X-Shopify-Topic", "orders/create", "X-Shopify-Triggered-At", "2024-11-04T11:02:38Z");
            assertThat(json(webhook(server, body, CHECKOUT_HMAC, delivery)).get("success").asBoolean()).as("no USD rate yet").isFalse();
            server.engine.engine.rates().set("USD", MicroTari.of(30_000_000));
            assertThat(json(webhook(server, body, CHECKOUT_HMAC, delivery)).get("message").asText())
                    .as("redelivery of a handled webhook").isEqualTo("Duplicate delivery ignored.");
            assertThat(server.engine.engine.orders().find("5796499259604")).isEmpty();
            Map<String, String> fresh = Map.of("X-Shopify-Webhook-Id", "another-delivery");
            assertThat(json(webhook(server, body, CHECKOUT_HMAC, fresh)).get("message").asText()).isEqualTo("Order processed successfully.");
        }
    }

    @Test
    void cardAuthorisationsAreRememberedOnce() throws Exception {
        try (ApiServer server = new ApiServer(dir)) {
            byte[] body = fixture("order_transactions_create.json");
            String hmac = signed("order_transactions_create.json");
            assertThat(json(post(server, "/shopify/webhook/transaction_create", body, hmac)).get("message").asText())
                    .isEqualTo("Authorization stored.");
            assertThat(json(post(server, "/shopify/webhook/transaction_create", body, hmac)).get("message").asText())
                    .isEqualTo("Authorization already exists.");
            assertThat(new com.tari.tps.server.shopify.ShopifyAuthorisations(server.engine.engine.transactions())
                    .uncaptured("5796499259604")).extracting(com.tari.tps.server.shopify.ShopifyAuthorisations.Stored::transactionId)
                    .containsExactly("6887976009940");
        }
    }

    @Test
    void anOrderInACurrencyWithoutARateIsKeptAndStoredOnceTheRateIsSet() throws Exception {
        try (ApiServer server = new ApiServer(dir)) {
            JsonNode answer = json(webhook(server, fixture("checkout_create.json"), CHECKOUT_HMAC, Map.of()));
            assertThat(answer.get("success").asBoolean()).isFalse();
            assertThat(answer.get("message").asText()).contains("USD").contains("kept");

            Wallet admin = Wallet.random();
            server.engine.engine.access().updateRoles(admin.address(), java.util.List.of(Role.SUPER_ADMIN), java.util.List.of());
            String token;
            try (Response r = server.post("/auth", null, Map.of("tpg_auth_token",
                    new LoginToken(admin.address(), 1, java.util.List.of(Role.SUPER_ADMIN)).sign(admin.key())))) {
                token = r.body().string();
            }
            JsonNode waiting = json(server.get("/api/orders_awaiting_rate", token));
            assertThat(waiting).hasSize(1);
            assertThat(waiting.get(0).get("order_id").asText()).isEqualTo("5796499259604");

            try (Response r = server.post("/api/exchange_rate", "{\"currency\":\"USD\",\"rate\":30000000}", Map.of("tpg_access_token", token))) {
                assertThat(r.code()).isEqualTo(200);
            }
            assertThat(server.engine.engine.orders().find("5796499259604").orElseThrow().totalPrice().value()).isEqualTo(207_000_000);
            assertThat(json(server.get("/api/orders_awaiting_rate", token))).isEmpty();
        }
    }

    @Test
    void shopifyWhitelistHonoursProxyHeadersOnlyWhenTrusted() throws Exception {
        byte[] body = fixture("checkout_create.json");
        Map<String, String> settings = Map.of("TPG_SHOPIFY_HMAC_SECRET", TestSecrets.SHOPIFY_HMAC_SECRET, "TPG_SHOPIFY_IP_WHITELIST", "203.0.113.9");
        try (ApiServer server = new ApiServer(dir.resolve("a"), settings)) {
            assertThat(webhook(server, body, CHECKOUT_HMAC, Map.of()).code()).as("loopback not listed").isEqualTo(403);
            assertThat(webhook(server, body, CHECKOUT_HMAC, Map.of("X-Forwarded-For", "203.0.113.9")).code())
                    .as("header not trusted").isEqualTo(403);
        }
        Map<String, String> behindProxy = Map.of("TPG_SHOPIFY_HMAC_SECRET", TestSecrets.SHOPIFY_HMAC_SECRET, "TPG_SHOPIFY_IP_WHITELIST", "203.0.113.9",
                "TPG_USE_X_FORWARDED_FOR", "true");
        try (ApiServer server = new ApiServer(dir.resolve("b"), behindProxy)) {
            assertThat(webhook(server, body, CHECKOUT_HMAC, Map.of("X-Forwarded-For", "198.51.100.1, 203.0.113.9")).code()).isEqualTo(200);
            assertThat(webhook(server, body, CHECKOUT_HMAC, Map.of("X-Forwarded-For", "203.0.113.9, 198.51.100.1")).code())
                    .as("only the entry our proxy appended counts").isEqualTo(403);
        }
        Map<String, String> forwarded = Map.of("TPG_SHOPIFY_HMAC_SECRET", TestSecrets.SHOPIFY_HMAC_SECRET, "TPG_SHOPIFY_IP_WHITELIST", "2001:db8::1",
                "TPG_USE_FORWARDED", "yes");
        try (ApiServer server = new ApiServer(dir.resolve("c"), forwarded)) {
            assertThat(webhook(server, body, CHECKOUT_HMAC, Map.of("Forwarded", "for=\"[2001:db8::1]:4711\";proto=https")).code()).isEqualTo(200);
        }
    }

    @Test
    void walletWhitelistUsesTheForwardedIpWhenTrustedAndCanBeDisabled() throws Exception {
        Wallet hot = Wallet.random();
        Wallet alice = Wallet.random();
        try (ApiServer server = new ApiServer(dir.resolve("p"), Map.of("TPG_USE_X_FORWARDED_FOR", "true"))) {
            server.engine.engine.wallets().register(hot.address(), "203.0.113.5", 0);
            assertThat(server.post("/wallet/incoming_payment", payment(hot, alice, "tx1", 1), Map.of()).code()).isEqualTo(401);
            assertThat(server.post("/wallet/incoming_payment", payment(hot, alice, "tx1", 2), Map.of("X-Forwarded-For", "203.0.113.5")).code())
                    .isEqualTo(200);
        }
        try (ApiServer server = new ApiServer(dir.resolve("q"), Map.of("TPG_DISABLE_WALLET_WHITELIST", "true"))) {
            server.engine.engine.wallets().register(hot.address(), "203.0.113.5", 0);
            assertThat(server.post("/wallet/incoming_payment", payment(hot, alice, "tx1", 1), Map.of()).code()).isEqualTo(200);
            assertThat(server.post("/wallet/incoming_payment", payment(hot, alice, "tx2", 1), Map.of()).code()).as("nonce still checked").isEqualTo(401);
        }
    }

    @Test
    void searchAndCustomerHistoryForAdmins() throws Exception {
        try (ApiServer server = new ApiServer(dir)) {
            Wallet admin = Wallet.random();
            server.engine.engine.access().updateRoles(admin.address(), java.util.List.of(Role.READ_ALL), java.util.List.of());
            server.engine.order("o1", "bob", 100);
            server.engine.order("o2", "bob", 50);
            server.engine.engine.orders().cancel("o2", "r");
            String token;
            try (Response r = server.post("/auth", null, Map.of("tpg_auth_token",
                    new LoginToken(admin.address(), 1, java.util.List.of(Role.READ_ALL)).sign(admin.key())))) {
                token = r.body().string();
            }
            JsonNode found = json(server.get("/api/search/orders?customer_id=bob&status=Cancelled,Bogus", token));
            assertThat(found).hasSize(1);
            assertThat(found.get(0).get("order_id").asText()).isEqualTo("o2");
            assertThat(json(server.get("/api/search/orders?since=2026-01-01T0:0:0Z&until=2030-01-01%2000:00:00%2B0100", token))).hasSize(2);
            assertThat(server.get("/api/search/orders?colour=red", token).code()).isEqualTo(400);
            assertThat(server.get("/api/search/orders?since=yesterday", token).code()).isEqualTo(400);

            JsonNode history = json(server.get("/api/history/customer/bob", token));
            assertThat(history.get("order_balance").get("total_current").asLong()).isEqualTo(100);
            assertThat(history.get("order_balance").get("total_cancelled").asLong()).isEqualTo(50);
            assertThat(json(server.get("/api/history/customer/nobody", token)).get("order_balance").get("customer_id").asText()).isEmpty();
        }
    }

    private String payment(Wallet hot, Wallet sender, String txid, long nonce) {
        NewPayment p = new NewPayment(sender.address(), MicroTari.of(10), txid, null, null);
        return new PaymentNotification(p, WalletSignature.create(hot.address(), nonce, p, hot.key())).toJson();
    }

    private Response post(ApiServer server, String path, byte[] body, String hmac) throws Exception {
        return http.newCall(new Request.Builder().url(server.url(path)).header("X-Shopify-Hmac-Sha256", hmac)
                .post(RequestBody.create(body, MediaType.get("application/json"))).build()).execute();
    }

    private Response webhook(ApiServer server, byte[] body, String hmac, Map<String, String> headers) throws Exception {
        Request.Builder b = new Request.Builder().url(server.url("/shopify/webhook/checkout_create"))
                .post(RequestBody.create(body, MediaType.get("application/json")));
        if (hmac != null) {
            b.header("X-Shopify-Hmac-Sha256", hmac);
        }
        headers.forEach(b::header);
        return http.newCall(b.build()).execute();
    }

    /** Base64 of HMAC-SHA256 of the fixture with TestSecrets.SHOPIFY_HMAC_SECRET (Shopify's X-Shopify-Hmac-Sha256). */
    private static String signed(String fixture) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(TestSecrets.SHOPIFY_HMAC_SECRET.getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
            return java.util.Base64.getEncoder().encodeToString(mac.doFinal(fixture(fixture)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] fixture(String name) throws Exception {
        try (InputStream in = ShopifyWebhookAndProxyTest.class.getResourceAsStream("/shopify/" + name)) {
            return in.readAllBytes();
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
