package com.tari.tps.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tari.tps.common.jwt.LoginToken;
import com.tari.tps.common.jwt.Role;
import com.tari.tps.server.engine.EngineFixture;
import com.tari.tps.server.engine.EngineFixture.Wallet;
import com.tari.tps.server.orders.OrderStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Admin and super-admin routes over a real port: roles enforced, happy paths, bad input. */
class AdminRoutesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MediaType JSON_TYPE = MediaType.get("application/json");
    private static final String ALICE = "14wqR3rjyVbjgXDyLVaL97p3CksHc84cz9hLLMMTMYDjtBt";

    @TempDir
    Path dir;
    ApiServer server;
    final OkHttpClient http = new OkHttpClient();
    final Wallet admin = Wallet.random();
    final Wallet user = Wallet.random();
    long nonce = 1;

    @BeforeEach
    void start() {
        server = new ApiServer(dir);
        server.engine.engine.access().updateRoles(admin.address(), List.of(Role.SUPER_ADMIN), List.of());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void writersManageOrdersAndCredit() throws Exception {
        String token = login(admin, List.of(Role.SUPER_ADMIN));
        server.engine.order("o1", "bob", 200);
        server.engine.order("o2", "bob", 100);

        JsonNode credit = json(call("POST", "/api/credit", "{\"customer_id\":\"bob\",\"amount\":250,\"reason\":\"goodwill\"}", token), 200);
        assertThat(credit.get("orders_paid")).hasSize(1);
        assertThat(credit.get("settlements").get(0).get("settlement_type").asText()).isEqualTo("single");

        assertThat(json(call("PATCH", "/api/order_memo", "{\"order_id\":\"o2\",\"new_memo\":\"gift\"}", token), 200).get("memo").asText())
                .isEqualTo("gift");
        assertThat(json(call("PATCH", "/api/order_price", "{\"order_id\":\"o2\",\"new_price\":50}", token), 200).get("status").asText())
                .as("the 50 left over pays the cheaper order").isEqualTo("Paid");
        assertThat(call("PATCH", "/api/order_price", "{\"order_id\":\"o2\",\"new_price\":-1}", token).code()).isEqualTo(400);
        assertThat(call("PATCH", "/api/order_price", "{\"order_id\":\"o2\",\"new_price\":1.5}", token).code()).as("float µT").isEqualTo(400);
        assertThat(call("POST", "/api/cancel", "{\"order_id\":\"o404\",\"reason\":\"r\"}", token).code()).isEqualTo(404);
        assertThat(call("POST", "/api/cancel", "{\"order_id\":\"o2\"}", token).code()).as("missing reason").isEqualTo(400);

        server.engine.order("o3", "carol", 10);
        assertThat(json(call("POST", "/api/cancel", "{\"order_id\":\"o3\",\"reason\":\"r\"}", token), 200).get("status").asText()).isEqualTo("Cancelled");
        JsonNode reset = json(call("PATCH", "/api/reset_order/o3", "", token), 200);
        assertThat(reset.get("old_order").get("status").asText()).isEqualTo("Cancelled");
        assertThat(reset.get("new_order").get("status").asText()).isEqualTo("New");
        JsonNode fulfilled = json(call("POST", "/api/fulfill", "{\"order_id\":\"o3\",\"reason\":\"cash\"}", token), 200);
        assertThat(fulfilled.get("status").asText()).isEqualTo(OrderStatus.Paid.name());
        assertThat(call("POST", "/api/settle/customer/carol", "", token).body().string()).isEqualTo("null");

        assertThat(json(call("GET", "/api/creditors", null, token), 200)).isEmpty();
        assertThat(json(call("GET", "/api/customer_ids", null, token), 200).toString()).isEqualTo("[\"bob\",\"carol\"]");
        assertThat(call("GET", "/api/customer_ids?count=-1", null, token).code()).isEqualTo(400);
        assertThat(json(call("GET", "/api/callbacks", null, token), 200)).as("no storefront connected: no callbacks").isEmpty();
        assertThat(call("POST", "/api/callbacks/99/retry", "", token).code()).isEqualTo(404);
        assertThat(call("POST", "/api/callbacks/x/retry", "", token).code()).isEqualTo(400);
    }

    @Test
    void ratesAndWalletsAndRoles() throws Exception {
        String token = login(admin, List.of(Role.SUPER_ADMIN));
        assertThat(call("GET", "/api/exchange_rate/USD", null, token).code()).isEqualTo(404);
        assertThat(call("POST", "/api/exchange_rate", "{\"currency\":\"USD\",\"rate\":30000000}", token).code()).isEqualTo(200);
        JsonNode rate = json(call("GET", "/api/exchange_rate/USD", null, token), 200);
        assertThat(rate.get("rate").asLong()).isEqualTo(30_000_000);
        assertThat(rate.get("updated_at").asText()).endsWith("+00:00");
        assertThat(call("POST", "/api/exchange_rate", "{\"currency\":\"USD\",\"rate\":\"5\"}", token).code()).isEqualTo(400);

        String wallet = "{\"address\":\"" + ALICE + "\",\"ip_address\":\"0:0:0:0:0:0:0:1\",\"initial_nonce\":3}";
        assertThat(call("POST", "/api/wallets", wallet, token).code()).isEqualTo(200);
        assertThat(call("POST", "/api/wallets", wallet, token).code()).isEqualTo(409);
        assertThat(json(call("GET", "/api/wallets", null, token), 200).toString())
                .isEqualTo("[{\"address\":\"" + ALICE + "\",\"ip_address\":\"::1\",\"last_nonce\":3}]");
        assertThat(call("POST", "/api/wallets", "{\"address\":\"" + ALICE + "\",\"ip_address\":\"example.com\"}", token).code()).isEqualTo(400);
        assertThat(call("DELETE", "/api/wallets/" + ALICE, null, token).code()).isEqualTo(200);
        assertThat(call("DELETE", "/api/wallets/" + ALICE, null, token).code()).isEqualTo(404);
        assertThat(call("DELETE", "/api/wallets/not-an-address", null, token).code()).isEqualTo(400);

        String roles = "[{\"address\":\"" + user.address().toBase58() + "\",\"apply\":[\"read_all\"]}]";
        assertThat(call("POST", "/api/roles", roles, token).code()).isEqualTo(200);
        assertThat(call("GET", "/api/wallets", null, login(user, List.of(Role.READ_ALL))).code()).isEqualTo(200);
        assertThat(call("POST", "/api/roles", "[{\"address\":\"x\",\"apply\":[\"admin\"]}]", token).code()).isEqualTo(400);
    }

    @Test
    void anOrderPaidFromAccountCreditSaysSoWhereNoPaymentNamesIt() throws Exception {
        String token = login(admin, List.of(Role.SUPER_ADMIN));
        Wallet alice = Wallet.random();
        server.engine.order("o1", "alice", 100);
        server.engine.engine.claims().claim(alice.claim("o1"));
        server.engine.engine.payments().received(new com.tari.tps.common.signatures.NewPayment(alice.address(),
                com.tari.tps.common.amount.MicroTari.of(150), "tx1", null, "o1"));
        server.engine.engine.payments().confirm("tx1");
        server.engine.order("o2", "alice", 40);
        call("POST", "/api/settle/customer/alice", "", token).close(); // the 50 left over pays o2 (if its arrival did not)

        assertThat(json(call("GET", "/api/payments-for-order/o2", null, token), 200)).as("as the reference answers").isEmpty();
        JsonNode funding = json(call("GET", "/api/order_funding/o2", null, token), 200);
        assertThat(funding.get("status").asText()).as("paid from alice's credit").isEqualTo("Paid");
        assertThat(funding.get("payments")).isEmpty();
        assertThat(funding.get("paid_from_credit").asBoolean()).isTrue();
        assertThat(funding.get("settlements").get(0).get("payment_address").asText()).isEqualTo(alice.address().toBase58());
        assertThat(funding.get("explanation").asText()).startsWith("Paid from account credit");

        JsonNode direct = json(call("GET", "/api/order_funding/o1", null, token), 200);
        assertThat(direct.get("payments").get(0).get("txid").asText()).isEqualTo("tx1");
        assertThat(direct.get("paid_from_credit").asBoolean()).isFalse();
        assertThat(call("GET", "/api/order_funding/nope", null, token).code()).isEqualTo(404);
    }

    @Test
    void theAccountViewNamesItsSumAndItsCount() throws Exception {
        String token = login(admin, List.of(Role.SUPER_ADMIN));
        Wallet alice = Wallet.random();
        server.engine.order("o1", "alice", 100);
        server.engine.engine.claims().claim(alice.claim("o1"));
        server.engine.order("o2", "alice", 500);
        JsonNode orders = json(call("GET", "/api/orders/" + alice.address().toBase58(), null, token), 200);
        List<String> fields = new java.util.ArrayList<>();
        orders.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).as("the reference's fields first, unchanged").containsExactly("address", "total_orders", "orders",
                "order_count", "total_value");
        assertThat(orders.get("total_orders").asLong()).as("a sum of prices, despite its name").isEqualTo(600);
        assertThat(orders.get("total_value").asLong()).isEqualTo(600);
        assertThat(orders.get("order_count").asInt()).isEqualTo(2);
    }

    @Test
    void readersSeeAnyAccount() throws Exception {
        String token = login(admin, List.of(Role.SUPER_ADMIN));
        Wallet alice = Wallet.random();
        server.engine.order("o1", "alice", 100);
        server.engine.engine.claims().claim(alice.claim("o1"));
        server.engine.engine.payments().received(new com.tari.tps.common.signatures.NewPayment(alice.address(),
                com.tari.tps.common.amount.MicroTari.of(150), "tx1", null, "o1"));
        server.engine.engine.payments().confirm("tx1");
        server.engine.order("o2", "alice", 500);
        String a = alice.address().toBase58();

        assertThat(json(call("GET", "/api/balance/" + a, null, token), 200).get("current_balance").asLong()).isEqualTo(50);
        assertThat(json(call("GET", "/api/balance/" + alice.address().toHex(), null, token), 200).get("address").asText())
                .as("any address form in the path").isEqualTo(a);
        assertThat(json(call("GET", "/api/history/address/" + a, null, token), 200).get("payments")).hasSize(1);
        assertThat(json(call("GET", "/api/orders/" + a, null, token), 200).get("total_orders").asLong()).isEqualTo(600);
        assertThat(json(call("GET", "/api/unfulfilled_orders/" + a, null, token), 200).get("orders")).hasSize(1);
        assertThat(json(call("GET", "/api/payments/" + a, null, token), 200).get("total_payments").asLong()).isEqualTo(150);
        assertThat(json(call("GET", "/api/payments-for-order/o1", null, token), 200).get(0).get("txid").asText()).isEqualTo("tx1");
        assertThat(json(call("GET", "/api/payments-for-order/nope", null, token), 200)).isEmpty();
        assertThat(json(call("GET", "/api/addresses", null, token), 200).toString()).contains(a);
        assertThat(json(call("GET", "/api/creditors", null, token), 200).get(0).get("total_orders").asLong()).isEqualTo(500);
        assertThat(call("GET", "/api/balance/garbage", null, token).code()).isEqualTo(400);

        server.engine.engine.payments().creditNote("alice", com.tari.tps.common.amount.MicroTari.of(100), "top up");
        assertThat(call("POST", "/api/settle/address/" + a, "", token).body().string()).isEqualTo("null");
        JsonNode moved = json(call("PATCH", "/api/reassign_order",
                "{\"order_id\":\"o2\",\"new_customer_id\":\"bob\",\"reason\":\"wrong account\"}", token), 200);
        assertThat(moved.get("orders").get("old_order").get("customer_id").asText()).isEqualTo("alice");
        assertThat(moved.get("orders").get("new_order").get("customer_id").asText()).isEqualTo("bob");
        assertThat(call("PATCH", "/api/reassign_order", "{\"order_id\":\"o404\",\"new_customer_id\":\"b\",\"reason\":\"r\"}", token).code())
                .isEqualTo(404);
        assertThat(call("PATCH", "/api/reset_order/o404", "", token).code()).isEqualTo(404);
        assertThat(call("POST", "/api/credit", "{\"customer_id\":\"bob\",\"amount\":\"5\"}", token).code()).as("amount as string").isEqualTo(400);
        assertThat(call("POST", "/api/credit", "{\"customer_id\":\"bob\",\"amount\":1,\"amount\":2}", token).code()).as("duplicate key").isEqualTo(400);
    }

    /**
     * A search too big for the sockets' buffers keeps its read open while the admin's client is slow to take it; a
     * write in the meantime is answered at once (on SQLite the read holds only a WAL snapshot, not the write lock).
     */
    @Test
    void aSearchStillBeingStreamedDoesNotHoldUpWrites() throws Exception {
        server.engine.engine.access().updateRoles(admin.address(), List.of(Role.READ_ALL), List.of());
        String token = login(admin, List.of(Role.SUPER_ADMIN, Role.READ_ALL));
        int orders = 40_000;
        bulkOrders(orders);

        try (Response search = uncompressedSearch(token)) {
            assertThat(search.code()).isEqualTo(200);
            var body = search.body().source();
            body.require(1_000); // the answer has started; the rest waits in the server
            OkHttpClient quick = http.newBuilder().callTimeout(java.time.Duration.ofSeconds(5)).build();
            try (Response credit = quick.newCall(new Request.Builder().url(server.url("/api/credit")).header("tpg_access_token", token)
                    .post(RequestBody.create("{\"customer_id\":\"carol\",\"amount\":5,\"reason\":\"during a search\"}", JSON_TYPE))
                    .build()).execute()) {
                assertThat(credit.code()).isEqualTo(200);
            }
            int seen = 0;
            try (var parser = JSON.getFactory().createParser(body.inputStream())) {
                assertThat(parser.nextToken()).isEqualTo(com.fasterxml.jackson.core.JsonToken.START_ARRAY);
                while (parser.nextToken() == com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                    parser.skipChildren();
                    seen++;
                }
            }
            assertThat(seen).as("every order, from the snapshot the search started on").isEqualTo(orders);
        }
    }

    /** A client that gives up on a big search half-way leaves nothing held: every later call is answered. */
    @Test
    void aSearchAbandonedHalfWayLeavesNoConnectionHeld() throws Exception {
        server.engine.engine.access().updateRoles(admin.address(), List.of(Role.READ_ALL), List.of());
        String token = login(admin, List.of(Role.SUPER_ADMIN, Role.READ_ALL));
        bulkOrders(40_000);
        for (int i = 0; i < 30; i++) { // more than the store's 25 read connections
            try (Response search = uncompressedSearch(token)) {
                search.body().source().require(1_000);
            } // closed unread: the server's write fails and its read must be given back
        }
        OkHttpClient quick = http.newBuilder().callTimeout(java.time.Duration.ofSeconds(10)).build();
        try (Response r = quick.newCall(new Request.Builder().url(server.url("/api/search/orders?customer_id=nobody"))
                .header("tpg_access_token", token).build()).execute()) {
            assertThat(r.code()).isEqualTo(200);
            assertThat(r.body().string()).isEqualTo("[]");
        }
        try (Response credit = quick.newCall(new Request.Builder().url(server.url("/api/credit")).header("tpg_access_token", token)
                .post(RequestBody.create("{\"customer_id\":\"carol\",\"amount\":5,\"reason\":\"after\"}", JSON_TYPE)).build()).execute()) {
            assertThat(credit.code()).isEqualTo(200);
        }
    }

    /** Orders straight into the store, each with a long memo so that a search of them is many megabytes. */
    private void bulkOrders(int orders) {
        String memo = "m".repeat(500);
        String now = com.tari.tps.server.db.Timestamps.format(EngineFixture.START);
        server.engine.database.write(h -> {
            var batch = h.prepareBatch("INSERT INTO orders (order_id, customer_id, memo, total_price, currency, created_at, "
                    + "updated_at, status) VALUES (:id, 'bulk', :memo, 1000, 'XTR', :now, :now, 'New')");
            for (int i = 0; i < orders; i++) {
                batch.bind("id", "bulk-" + i).bind("memo", memo).bind("now", now).add();
            }
            return batch.execute();
        });
    }

    /** identity: gzip would shrink the repetitive answer to fit in the buffers, and the server would finish at once. */
    private Response uncompressedSearch(String token) throws Exception {
        return http.newCall(new Request.Builder().url(server.url("/api/search/orders"))
                .header("tpg_access_token", token).header("Accept-Encoding", "identity").build()).execute();
    }

    private String login(Wallet who, List<Role> roles) throws Exception {
        String loginToken = new LoginToken(who.address(), nonce++, roles).sign(who.key());
        try (Response r = server.post("/auth", null, Map.of("tpg_auth_token", loginToken))) {
            assertThat(r.code()).as("login").isEqualTo(200);
            return r.body().string();
        }
    }

    private Response call(String method, String path, String body, String token) throws Exception {
        Request.Builder b = new Request.Builder().url(server.url(path));
        RequestBody requestBody = body == null ? null : RequestBody.create(body, JSON_TYPE);
        b.method(method, requestBody == null && !method.equals("GET") && !method.equals("DELETE") ? RequestBody.create("", JSON_TYPE) : requestBody);
        if (token != null) {
            b.header("tpg_access_token", token);
        }
        return http.newCall(b.build()).execute();
    }

    private static JsonNode json(Response response, int status) throws Exception {
        try (response) {
            String body = response.body().string();
            assertThat(response.code()).as(body).isEqualTo(status);
            return JSON.readTree(body);
        }
    }
}
