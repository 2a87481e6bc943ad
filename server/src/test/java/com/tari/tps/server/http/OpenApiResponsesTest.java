package com.tari.tps.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.tari.tps.common.jwt.LoginToken;
import com.tari.tps.common.jwt.Role;
import com.tari.tps.common.testing.TestSecrets;
import com.tari.tps.server.engine.EngineFixture.Wallet;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real flows over a real port, every answer checked against the document's schema for its status (see
 * {@link ContractClient}): what the document says the server answers is what it answers.
 */
class OpenApiResponsesTest {
    private static final OpenApiDocument DOC = OpenApiDocument.load();
    private static final String HMAC_SECRET = TestSecrets.SHOPIFY_HMAC_SECRET; // ApiServer's default TPG_SHOPIFY_HMAC_SECRET

    @TempDir
    Path dir;
    ApiServer server;
    ContractClient api;
    final HotWallet hotWallet = new HotWallet();
    final Wallet alice = Wallet.random();
    final Wallet admin = Wallet.random();
    long loginNonce = 1;

    @BeforeEach
    void start() {
        server = new ApiServer(dir);
        server.engine.engine.wallets().register(hotWallet.address(), "127.0.0.1", 0);
        server.engine.engine.access().updateRoles(admin.address(), List.of(Role.SUPER_ADMIN), List.of());
        api = new ContractClient(server, DOC);
    }

    @AfterEach
    void stop() {
        api.close();
        server.close();
    }

    @Test
    void healthTheDocumentAndTheDocsPage() throws Exception {
        assertThat(api.call("GET", "/health").expect(200).asText()).isEqualTo(PublicRoutes.HEALTH_BODY);
        assertThat(api.call("GET", "/health").header("Accept", "application/json").expect(200).get("db").asText()).isEqualTo("ok");
        assertThat(api.call("GET", "/wallet/send_to").expect(200).get(0).asText()).isEqualTo(hotWallet.address().toBase58());

        JsonNode served = api.call("GET", "/openapi.json").expect(200);
        assertThat(served).isEqualTo(DOC.root);
        String page = api.call("GET", "/docs").expect(200).asText();
        assertThat(page).contains("fetch(\"/openapi.json\"").doesNotContain("http://", "https://", "<link", "src=");
        try (Response r = new OkHttpClient().newCall(new Request.Builder().url(server.url("/docs")).build()).execute()) {
            assertThat(r.header("Content-Type")).startsWith("text/html").containsIgnoringCase("charset=utf-8");
            assertThat(r.header("Content-Security-Policy")).isEqualTo(ApiDocs.PAGE_POLICY).contains("connect-src 'self'");
        }
        try (Response r = new OkHttpClient().newCall(new Request.Builder().url(server.url("/openapi.json")).build()).execute()) {
            assertThat(r.header("Content-Type")).startsWith("application/json");
        }
    }

    @Test
    void shopperClaimsPaysAndTheOrderIsPaid() throws Exception {
        server.engine.order("order-1", "cust-1", 2_500_000);
        JsonNode claimed = api.call("POST", "/order/claim").json(alice.claim("order-1").toJson()).expect(200);
        assertThat(claimed.get("send_to").isNull()).as("no payment wallet address configured").isTrue();
        assertThat(api.call("GET", "/order/status/{order_id}", "order-1").expect(200).get("status").asText()).isEqualTo("New");

        JsonNode paid = api.call("POST", "/wallet/incoming_payment").json(hotWallet.payment(alice.address(), "tx-1", 3_000_000)).expect(200);
        assertThat(paid.get("success").asBoolean()).isTrue();
        api.call("POST", "/wallet/incoming_payment").json(hotWallet.payment(alice.address(), "tx-1", 3_000_000)).expect(200); // already exists
        api.call("POST", "/wallet/tx_confirmation").json(hotWallet.confirmation("tx-1")).expect(200);
        assertThat(api.call("POST", "/wallet/tx_confirmation").json(hotWallet.confirmation("unknown")).expect(200).get("success").asBoolean()).isFalse();

        assertThat(api.call("GET", "/order/status/{order_id}", "order-1").expect(200).get("status").asText()).isEqualTo("Paid");
        assertThat(api.call("GET", "/checkout/{order_id}", "order-1").expect(200).asText()).contains("order-1");
        api.call("GET", "/checkout/{order_id}", "nope").expect(404);
        api.call("GET", "/checkout/{order_id}/qr.png", "order-1").expect(404); // the shop has no payment address
    }

    @Test
    void loginAndOwnAccount() throws Exception {
        server.engine.order("order-5", "cust-5", 1_000);
        server.engine.order("order-6", "cust-5", 5_000);
        api.call("POST", "/order/claim").json(alice.claim("order-5").toJson()).expect(200);
        api.call("POST", "/wallet/incoming_payment").json(hotWallet.payment(alice.address(), "tx-5", 2_000)).expect(200);

        api.call("POST", "/auth").expect(400);
        String loginToken = new LoginToken(alice.address(), 7, List.of(Role.USER)).sign(alice.key());
        String token = api.call("POST", "/auth").header("tpg_auth_token", loginToken).expect(200).asText();
        api.call("POST", "/auth").header("tpg_auth_token", loginToken).expect(401);
        String greedy = new LoginToken(alice.address(), 8, List.of(Role.USER, Role.READ_ALL)).sign(alice.key());
        api.call("POST", "/auth").header("tpg_auth_token", greedy).expect(403);

        assertThat(api.call("GET", "/api/check_token").token(token).expect(200).asText()).isEqualTo("Token is valid.");
        api.call("GET", "/api/balance").token(token).expect(200);
        api.call("GET", "/api/payments").token(token).expect(200);
        assertThat(api.call("POST", "/api/settle").token(token).expect(200).isNull()).as("pending funds settle nothing").isTrue();
        api.call("POST", "/wallet/tx_confirmation").json(hotWallet.confirmation("tx-5")).expect(200);
        assertThat(api.call("GET", "/api/orders").token(token).expect(200).get("orders")).hasSize(2);
        assertThat(api.call("GET", "/api/unfulfilled_orders").token(token).expect(200).get("orders")).hasSize(1);
        assertThat(api.call("GET", "/api/history").token(token).expect(200).get("settlements")).hasSize(1);
        assertThat(api.call("GET", "/api/order/id/{order_id}", "order-5").token(token).expect(200).get("status").asText()).isEqualTo("Paid");
        assertThat(api.call("GET", "/api/order/id/{order_id}", "not-mine").token(token).expect(200).isNull()).isTrue();

        try (Response events = new OkHttpClient().newCall(new Request.Builder().url(server.url("/api/events"))
                .header("tpg_access_token", token).header("Accept", "text/event-stream").build()).execute()) {
            assertThat(events.code()).isEqualTo(200);
            assertThat(DOC.response("GET", "/api/events", 200).orElseThrow().path("content").has("text/event-stream")).isTrue();
            assertThat(events.header("Content-Type")).startsWith("text/event-stream");
        }
        api.call("GET", "/api/events").token(token).expect(406);
    }

    @Test
    void adminReadsAndWrites() throws Exception {
        String token = login(admin, Role.SUPER_ADMIN);
        String bob = Wallet.random().address().toBase58();
        server.engine.order("o1", "bob", 200);
        server.engine.order("o2", "bob", 100);
        server.engine.order("o3", "carol", 10);
        api.call("POST", "/order/claim").json(alice.claim("o3").toJson()).expect(200);
        api.call("POST", "/wallet/incoming_payment").json(hotWallet.payment(alice.address(), "tx-a", 7)).expect(200);
        String aliceAddress = alice.address().toBase58();

        assertThat(api.call("POST", "/api/credit").token(token).json("{\"customer_id\":\"bob\",\"amount\":250,\"reason\":\"goodwill\"}")
                .expect(200).get("orders_paid")).hasSize(1);
        api.call("PATCH", "/api/order_memo").token(token).json("{\"order_id\":\"o2\",\"new_memo\":\"gift\"}").expect(200);
        api.call("PATCH", "/api/order_price").token(token).json("{\"order_id\":\"o2\",\"new_price\":50}").expect(200);
        api.call("PATCH", "/api/order_price").token(token).json("{\"order_id\":\"o2\",\"new_price\":1.5}").expect(400);
        api.call("POST", "/api/cancel").token(token).json("{\"order_id\":\"o404\",\"reason\":\"r\"}").expect(404);
        api.call("POST", "/api/cancel").token(token).json("{\"order_id\":\"o3\",\"reason\":\"r\"}").expect(200);
        api.call("PATCH", "/api/reset_order/{order_id}", "o3").token(token).expect(200);
        server.engine.order("o4", "dave", 30);
        api.call("PATCH", "/api/reassign_order").token(token).json("{\"order_id\":\"o4\",\"new_customer_id\":\"erin\",\"reason\":\"typo\"}").expect(200);
        api.call("POST", "/api/credit").token(token).json("{\"customer_id\":\"erin\",\"amount\":5,\"reason\":\"r\"}").expect(200);
        api.call("POST", "/api/fulfill").token(token).json("{\"order_id\":\"o3\",\"reason\":\"cash\"}").expect(200);
        api.call("POST", "/api/settle/address/{address}", aliceAddress).token(token).expect(200);
        api.call("POST", "/api/settle/customer/{customer_id}", "carol").token(token).expect(200);

        api.call("GET", "/api/balance/{address}", aliceAddress).token(token).expect(200);
        api.call("GET", "/api/balance/{address}", "not-an-address").token(token).expect(400);
        api.call("GET", "/api/history/address/{address}", aliceAddress).token(token).expect(200);
        api.call("GET", "/api/orders/{address}", aliceAddress).token(token).expect(200);
        api.call("GET", "/api/unfulfilled_orders/{address}", bob).token(token).expect(200);
        assertThat(api.call("GET", "/api/payments/{address}", aliceAddress).token(token).expect(200).get("payments")).hasSize(1);
        api.call("GET", "/api/payments-for-order/{order_id}", "o3").token(token).expect(200);
        api.call("GET", "/api/order_funding/{order_id}", "o3").token(token).expect(200);
        api.call("GET", "/api/order_funding/{order_id}", "o404").token(token).expect(404);
        assertThat(api.call("GET", "/api/history/customer/{customer_id}", "bob").token(token).expect(200).get("orders")).hasSize(2);
        api.call("GET", "/api/history/customer/{customer_id}", "nobody").token(token).expect(200);
        assertThat(api.call("GET", "/api/search/orders?customer_id=bob&status=Paid,New").token(token).expect(200)).isNotEmpty();
        api.call("GET", "/api/search/orders?colour=red").token(token).expect(400);
        api.call("GET", "/api/creditors").token(token).expect(200);
        api.call("GET", "/api/customer_ids?offset=0&count=10").token(token).expect(200);
        api.call("GET", "/api/customer_ids?count=many").token(token).expect(400);
        api.call("GET", "/api/addresses").token(token).expect(200);
        api.call("GET", "/api/orders_awaiting_rate").token(token).expect(200);
        api.call("GET", "/api/callbacks").token(token).expect(200);
        api.call("POST", "/api/callbacks/{id}/retry", "42").token(token).expect(404);
        api.call("POST", "/api/callbacks/{id}/retry", "x").token(token).expect(400);
        api.call("POST", "/api/rescan_open_orders").token(token).expect(503); // Shopify is not configured here

        api.call("GET", "/api/exchange_rate/{currency}", "USD").token(token).expect(404);
        api.call("POST", "/api/exchange_rate").token(token).json("{\"currency\":\"USD\",\"rate\":1234567}").expect(200);
        assertThat(api.call("GET", "/api/exchange_rate/{currency}", "USD").token(token).expect(200).get("rate").asLong()).isEqualTo(1_234_567);

        Wallet second = Wallet.random();
        api.call("POST", "/api/wallets").token(token).json("{\"address\":\"" + second.address().toBase58() + "\",\"ip_address\":\"10.0.0.2\"}").expect(200);
        assertThat(api.call("GET", "/api/wallets").token(token).expect(200)).hasSize(2);
        api.call("DELETE", "/api/wallets/{address}", second.address().toBase58()).token(token).expect(200);
        api.call("POST", "/api/roles").token(token).json("[{\"address\":\"" + bob + "\",\"apply\":[\"read_all\"],\"revoke\":null}]").expect(200);
        api.call("POST", "/api/roles").token(token).json("[{\"address\":\"" + bob + "\",\"apply\":[\"pope\"]}]").expect(400);
    }

    @Test
    void paymentLinks() throws Exception {
        String token = login(admin, Role.SUPER_ADMIN);
        JsonNode form = api.call("POST", "/api/payment_forms").token(token)
                .json("{\"title\":\"Coffee beans\",\"amount\":2500000,\"expiry_seconds\":3600}").expect(201);
        String formId = form.get("form_id").asText();
        assertThat(api.call("GET", "/pay/{form_id}", formId).expect(200).get("buyer_fields").toString()).isEqualTo("[\"description\"]");
        JsonNode made = api.call("POST", "/pay/{form_id}", formId).json("{\"description\":\"for the office\",\"amount\":5}").expect(201);
        assertThat(made.get("ignored_fields").toString()).contains("amount");
        api.call("GET", "/pay/{form_id}", "nope").expect(404);
        assertThat(api.call("GET", "/api/payment_forms").token(token).expect(200)).hasSize(1);
        assertThat(api.call("POST", "/api/payment_forms/{form_id}/disable", formId).token(token).expect(200).get("enabled").asBoolean()).isFalse();
        api.call("GET", "/pay/{form_id}", formId).expect(410);
        api.call("POST", "/pay/{form_id}", formId).expect(410);
    }

    @Test
    void errorBodies() throws Exception {
        String user = login(alice, Role.USER);
        Wallet readerWallet = Wallet.random();
        server.engine.engine.access().updateRoles(readerWallet.address(), List.of(Role.READ_ALL), List.of());
        String reader = login(readerWallet, Role.READ_ALL);
        api.call("GET", "/api/balance").expect(401);
        api.call("GET", "/api/balance").token("garbage").expect(401);
        api.call("GET", "/api/creditors").token(user).expect(403);
        api.call("POST", "/api/credit").token(reader).json("{}").expect(403);
        api.call("GET", "/order/status/{order_id}", "order-404").expect(404);
        api.call("POST", "/order/claim").json(alice.claim("order-404").toJson()).expect(404);
        api.call("POST", "/order/claim").json("{\"address\":\"nope\"}").expect(400);
        api.call("POST", "/order/claim").json("x".repeat(1_100_000)).expect(413);
        api.call("POST", "/order/claim").body("address=x".getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded").expect(415);
        api.call("POST", "/wallet/incoming_payment").json("{not json").expect(400);
        server.engine.order("order-9", "cust-9", 10);
        api.call("POST", "/order/claim").json(alice.claim("order-9").toJson().replace("order-9", "order-8")).expect(401);
        server.engine.engine.orders().cancel("order-9", "test");
        api.call("POST", "/order/claim").json(alice.claim("order-9").toJson()).expect(409);

        // An unknown route has no operation, so its body is held against the shared error schema.
        try (Response r = new OkHttpClient().newCall(new Request.Builder().url(server.url("/no/such/route")).build()).execute()) {
            assertThat(r.code()).isEqualTo(404);
            ContractClient.assertValid(DOC.component("Error"), new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body().string()), "404 of an unknown route");
        }
    }

    @Test
    void shopifyWebhooks() throws Exception {
        byte[] order = fixture("checkout_create.json");
        api.call("GET", "/shopify/health").expect(200);
        api.call("POST", "/shopify/webhook/checkout_create").body(order, "application/json").expect(403);
        api.call("POST", "/shopify/webhook/checkout_create").body(order, "application/json").header("X-Shopify-Hmac-Sha256", "bm9wZQ==").expect(403);
        JsonNode stored = api.call("POST", "/shopify/webhook/checkout_create").body(order, "application/json")
                .header("X-Shopify-Hmac-Sha256", hmac(order)).expect(200);
        assertThat(stored.has("success")).isTrue();
        byte[] updated = fixture("orders_updated.json");
        api.call("POST", "/shopify/webhook/order_updated").body(updated, "application/json").header("X-Shopify-Hmac-Sha256", hmac(updated)).expect(200);
        byte[] tx = fixture("transaction1.json");
        api.call("POST", "/shopify/webhook/transaction_create").body(tx, "application/json").header("X-Shopify-Hmac-Sha256", hmac(tx)).expect(200);
        byte[] product = "{\"id\":1,\"variants\":[]}".getBytes(StandardCharsets.UTF_8);
        api.call("POST", "/shopify/webhook/product_updated").body(product, "application/json").header("X-Shopify-Hmac-Sha256", hmac(product)).expect(200);
    }

    private String login(Wallet who, Role role) throws Exception {
        String loginToken = new LoginToken(who.address(), loginNonce++, List.of(role)).sign(who.key());
        return api.call("POST", "/auth").header("tpg_auth_token", loginToken).expect(200).asText();
    }



    private static String hmac(byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(HMAC_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(body));
    }

    private static byte[] fixture(String name) throws Exception {
        try (InputStream in = OpenApiResponsesTest.class.getResourceAsStream("/shopify/" + name)) {
            return in.readAllBytes();
        }
    }
}
