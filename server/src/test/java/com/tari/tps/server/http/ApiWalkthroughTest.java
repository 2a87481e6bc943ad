package com.tari.tps.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tari.tps.common.amount.MicroTari;
import com.tari.tps.common.jwt.LoginToken;
import com.tari.tps.common.jwt.Role;
import com.tari.tps.common.schnorr.Schnorr;
import com.tari.tps.common.schnorr.SignatureDomain;
import com.tari.tps.common.signatures.NewPayment;
import com.tari.tps.common.signatures.PaymentNotification;
import com.tari.tps.common.signatures.WalletSignature;
import com.tari.tps.server.engine.EngineFixture.Wallet;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Black-box stories over a real port and a real SQLite file. */
class ApiWalkthroughTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    ApiServer server;
    HotWallet hotWallet = new HotWallet();
    Wallet alice = Wallet.random();

    @BeforeEach
    void start() {
        server = new ApiServer(dir);
        server.engine.engine.wallets().register(hotWallet.address(), "127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void orderClaimPaymentConfirmationAndTheOrderIsPaid() throws Exception {
        server.engine.order("order-1", "cust-1", 2_500_000);

        JsonNode claimed = json(server.post("/order/claim", alice.claim("order-1").toJson(), Map.of()), 200);
        assertThat(claimed.get("order_id").asText()).isEqualTo("order-1");
        assertThat(claimed.get("total_price").asLong()).isEqualTo(2_500_000);
        assertThat(claimed.get("status").asText()).isEqualTo("New");
        assertThat(claimed.get("expires_at").asText()).endsWith("Z");

        JsonNode paid = json(server.post("/wallet/incoming_payment", payment("tx-1", 3_000_000), Map.of()), 200);
        assertThat(paid.get("success").asBoolean()).isTrue();
        assertThat(JSON.readTree(paid.get("message").asText()).get("status").asText()).isEqualTo("received");

        JsonNode confirmed = json(server.post("/wallet/tx_confirmation", confirmation("tx-1"), Map.of()), 200);
        assertThat(confirmed.get("message").asText()).isEqualTo("Payment tx-1 confirmed successfully.");

        String token = login(alice, 100, List.of(Role.USER));
        JsonNode balance = json(server.get("/api/balance", token), 200);
        assertThat(balance.get("total_confirmed").asLong()).isEqualTo(3_000_000);
        assertThat(balance.get("total_paid").asLong()).isEqualTo(2_500_000);
        assertThat(balance.get("current_balance").asLong()).isEqualTo(500_000);
        JsonNode orders = json(server.get("/api/orders", token), 200);
        assertThat(orders.get("orders").get(0).get("status").asText()).isEqualTo("Paid");
        assertThat(orders.get("total_orders").asLong()).isEqualTo(2_500_000);
        assertThat(json(server.get("/api/order/id/order-1", token), 200).get("status").asText()).isEqualTo("Paid");
        assertThat(json(server.get("/api/history", token), 200).get("settlements")).hasSize(1);
    }

    @Test
    void paymentBeforeTheOrderIsMatchedWhenTheOrderArrives() throws Exception {
        String memo = alice.claim("order-2").toJson();
        assertThat(json(server.post("/wallet/incoming_payment", payment("tx-2", 1_000_000, memo), Map.of()), 200)
                .get("success").asBoolean()).isTrue();
        json(server.post("/wallet/tx_confirmation", confirmation("tx-2"), Map.of()), 200);
        server.engine.order("order-2", "cust-2", 1_000_000);
        String token = login(alice, 1, List.of(Role.USER));
        assertThat(json(server.get("/api/orders", token), 200).get("orders").get(0).get("status").asText()).isEqualTo("Paid");
        assertThat(json(server.get("/api/balance", token), 200).get("current_balance").asLong()).isZero();
    }

    @Test
    void replayedAndForgedWalletNotificationsAreRefusedAndChangeNothing() throws Exception {
        String body = payment("tx-3", 10);
        assertThat(server.post("/wallet/incoming_payment", body, Map.of()).code()).isEqualTo(200);
        Response replay = server.post("/wallet/incoming_payment", body, Map.of());
        assertThat(replay.code()).isEqualTo(401);
        assertThat(replay.body().string()).doesNotContain("nonce");

        Wallet stranger = Wallet.random();
        NewPayment p = new NewPayment(alice.address(), MicroTari.of(5), "tx-4", null, null);
        String forged = new PaymentNotification(p, WalletSignature.create(stranger.address(), 99, p, stranger.key())).toJson();
        assertThat(server.post("/wallet/incoming_payment", forged, Map.of()).code()).as("unregistered wallet").isEqualTo(401);

        var wrongDomain = Schnorr.sign(SignatureDomain.MEMO, hotWallet.wallet().key(), WalletSignature.message(hotWallet.address(), 50, p));
        String otherDomain = new PaymentNotification(p, new WalletSignature(hotWallet.address(), 50, wrongDomain)).toJson();
        assertThat(server.post("/wallet/incoming_payment", otherDomain, Map.of()).code()).as("memo-domain signature").isEqualTo(401);
        assertThat(server.engine.engine.payments().find("tx-4")).isEmpty();

        assertThat(server.post("/wallet/incoming_payment", "{not json", Map.of()).code()).isEqualTo(400);
        assertThat(json(server.post("/wallet/tx_confirmation", confirmation("unknown"), Map.of()), 200).get("success").asBoolean()).isFalse();
    }

    @Test
    void loginRules() throws Exception {
        assertThat(server.post("/auth", null, Map.of()).code()).as("no header").isEqualTo(400);
        assertThat(server.post("/auth", null, Map.of("tpg_auth_token", "some made up nonsense")).code()).isEqualTo(400);
        String token = new LoginToken(alice.address(), 7, List.of(Role.USER)).sign(alice.key());
        try (Response ok = server.post("/auth", null, Map.of("tpg_auth_token", token))) {
            assertThat(ok.code()).isEqualTo(200);
        }
        assertThat(server.post("/auth", null, Map.of("tpg_auth_token", token)).code()).as("replayed nonce").isEqualTo(401);
        String admin = new LoginToken(alice.address(), 8, List.of(Role.USER, Role.READ_ALL)).sign(alice.key());
        assertThat(server.post("/auth", null, Map.of("tpg_auth_token", admin)).code()).as("role not held").isEqualTo(403);
        String forged = new LoginToken(alice.address(), 9, List.of(Role.USER)).sign(alice.key());
        forged = forged.substring(0, forged.length() - 4) + (forged.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertThat(server.post("/auth", null, Map.of("tpg_auth_token", forged)).code()).as("bad signature").isEqualTo(401);
        assertThat(login(alice, 8, List.of(Role.USER))).as("a refused role check did not burn nonce 8").isNotBlank();
    }

    @Test
    void apiRoutesNeedAValidAccessToken() throws Exception {
        assertThat(server.get("/api/balance", null).code()).isEqualTo(401);
        assertThat(server.get("/api/balance", "garbage").code()).isEqualTo(401);
        String token = login(alice, 1, List.of(Role.USER));
        try (Response r = server.get("/api/check_token", token)) {
            assertThat(r.code()).isEqualTo(200);
            assertThat(r.body().string()).isEqualTo("Token is valid.");
        }
        server.engine.clock.advance(java.time.Duration.ofHours(25));
        assertThat(server.get("/api/balance", token).code()).as("expired").isEqualTo(401);
    }

    @Test
    void claimErrorsHaveTheirStatuses() throws Exception {
        server.engine.order("order-9", "cust-9", 10);
        String forOther = alice.claim("order-9").toJson().replace("order-9", "order-8");
        assertThat(server.post("/order/claim", forOther, Map.of()).code()).as("signed for another order").isEqualTo(401);
        assertThat(server.post("/order/claim", alice.claim("order-404").toJson(), Map.of()).code()).isEqualTo(404);
        assertThat(server.post("/order/claim", "{\"address\":\"nope\"}", Map.of()).code()).isEqualTo(400);
        assertThat(server.post("/order/claim", "x".repeat(1_100_000), Map.of()).code()).isEqualTo(413);
        server.engine.engine.orders().cancel("order-9", "test");
        assertThat(server.post("/order/claim", alice.claim("order-9").toJson(), Map.of()).code()).isEqualTo(409);
    }

    @Test
    void ownAccountRoutesAndContentTypes() throws Exception {
        server.engine.order("order-5", "cust-5", 1_000);
        server.engine.order("order-6", "cust-5", 5_000);
        json(server.post("/order/claim", alice.claim("order-5").toJson(), Map.of()), 200);
        json(server.post("/wallet/incoming_payment", payment("tx-5", 2_000), Map.of()), 200);
        String token = login(alice, 1, List.of(Role.USER));
        JsonNode payments = json(server.get("/api/payments", token), 200);
        assertThat(payments.get("total_payments").asLong()).isEqualTo(2_000);
        assertThat(payments.get("payments").get(0).get("status").asText()).isEqualTo("received");
        assertThat(json(server.get("/api/unfulfilled_orders", token), 200).get("orders")).hasSize(2);
        try (Response r = server.post("/api/settle", "", Map.of("tpg_access_token", token))) {
            assertThat(r.body().string()).as("pending funds settle nothing").isEqualTo("null");
        }
        json(server.post("/wallet/tx_confirmation", confirmation("tx-5"), Map.of()), 200);
        JsonNode unfulfilled = json(server.get("/api/unfulfilled_orders", token), 200);
        assertThat(unfulfilled.get("orders")).hasSize(1);
        assertThat(unfulfilled.get("total_orders").asLong()).isEqualTo(5_000);
        assertThat(server.get("/api/order/id/order-6", token).body().string()).contains("\"order_id\":\"order-6\"");
        assertThat(server.get("/api/order/id/not-mine", token).body().string()).isEqualTo("null");
        okhttp3.Request form = new okhttp3.Request.Builder().url(server.url("/order/claim"))
                .post(okhttp3.RequestBody.create("address=x", okhttp3.MediaType.get("application/x-www-form-urlencoded"))).build();
        try (Response r = new okhttp3.OkHttpClient().newCall(form).execute()) {
            assertThat(r.code()).isEqualTo(415);
        }
    }

    @Test
    void sendToListsTheAuthorisedWalletsOnly() throws Exception {
        JsonNode list = json(server.get("/wallet/send_to", null), 200);
        assertThat(list).hasSize(1);
        assertThat(list.get(0).asText()).isEqualTo(hotWallet.address().toBase58());
    }

    private String payment(String txid, long amount) {
        return payment(txid, amount, null);
    }

    private String payment(String txid, long amount, String memo) {
        return hotWallet.payment(new NewPayment(alice.address(), MicroTari.of(amount), txid, memo, null));
    }

    private String confirmation(String txid) {
        return hotWallet.confirmation(txid);
    }

    private String login(Wallet who, long nonce, List<Role> roles) throws Exception {
        String loginToken = new LoginToken(who.address(), nonce, roles).sign(who.key());
        try (Response r = server.post("/auth", null, Map.of("tpg_auth_token", loginToken))) {
            assertThat(r.code()).isEqualTo(200);
            return r.body().string();
        }
    }

    private static JsonNode json(Response response, int status) throws Exception {
        try (response) {
            String body = response.body().string();
            assertThat(response.code()).as(body).isEqualTo(status);
            return JSON.readTree(body);
        }
    }
}
