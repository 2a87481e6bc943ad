package com.tari.tps.server.http;

import static com.tari.tps.server.http.LiveShop.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.tari.tps.common.amount.MicroTari;
import com.tari.tps.common.jwt.Role;
import com.tari.tps.server.engine.EngineFixture.Wallet;
import com.tari.tps.server.orders.Order;
import com.tari.tps.server.orders.OrderStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Payment links: an admin's form, a buyer who fills only what it leaves open, and the orders they make. */
class PaymentFormsTest {
    @TempDir
    Path dir;
    LiveShop shop;
    Wallet merchant = Wallet.random();
    Wallet buyer = Wallet.random();
    String writer;

    @BeforeEach
    void start() throws Exception {
        shop = new LiveShop(dir);
        writer = shop.login(merchant, Role.USER, Role.WRITE);
    }

    @AfterEach
    void stop() {
        shop.close();
    }

    private JsonNode createForm(String body) throws Exception {
        return json(shop.server.post("/api/payment_forms", body, Map.of("tpg_access_token", writer)), 201);
    }

    private JsonNode buy(String formId, String body) throws Exception {
        return json(shop.server.post("/pay/" + formId, body, Map.of()), 201);
    }

    private Order order(JsonNode made) {
        return shop.server.engine.engine.orders().find(made.get("order_id").asText()).orElseThrow();
    }

    @Test
    void aBuyerFillsOnlyWhatTheMerchantLeftEmpty() throws Exception {
        JsonNode form = createForm("{\"amount\":2500000,\"title\":\"Coffee beans\",\"expiry_seconds\":3600}");
        String formId = form.get("form_id").asText();
        JsonNode shown = json(shop.server.get("/pay/" + formId, null), 200);
        assertThat(shown.get("buyer_fields").toString()).isEqualTo("[\"description\"]");
        assertThat(shown.has("created_by")).as("no admin address in public").isFalse();

        Instant now = shop.server.engine.clock.instant();
        JsonNode made = buy(formId, "{\"amount\":1,\"currency\":\"USD\",\"fiat_amount\":\"0.01\",\"title\":\"Free stuff\","
                + "\"description\":\"Deliver to desk 4\",\"expiry_seconds\":999999}");

        Order order = order(made);
        assertThat(order.totalPrice()).isEqualTo(MicroTari.of(2_500_000));
        assertThat(order.currency()).isEqualTo("XTR");
        assertThat(order.memo()).isEqualTo("Coffee beans\nDeliver to desk 4");
        assertThat(order.status()).isEqualTo(OrderStatus.Unclaimed);
        assertThat(order.altId()).isEqualTo(made.get("external_id").asText());
        assertThat(made.get("total_price").asLong()).isEqualTo(2_500_000);
        assertThat(Instant.parse(made.get("expires_at").asText())).isEqualTo(now.plusSeconds(3600));
        assertThat(made.get("ignored_fields").toString()).contains("title", "amount", "currency", "fiat_amount", "expiry_seconds");
        assertThat(made.get("qr_payload").asText()).isEqualTo("tari://mainnet/transactions/send?tariAddress="
                + shop.shopAddress.toBase58() + "&amount=2500000&note=" + made.get("external_id").asText());
        assertThat(made.get("claim_instructions").toString()).contains(order.orderId()).contains(shop.shopAddress.toBase58());
        assertThat(made.get("checkout_url").asText()).isEqualTo("/checkout/" + order.orderId());
        JsonNode again = json(shop.server.get("/pay/" + formId, null), 200);
        assertThat(again.get("title").asText()).as("the form itself is unchanged").isEqualTo("Coffee beans");
        assertThat(again.get("amount").asLong()).isEqualTo(2_500_000);
    }

    @Test
    void aFiatPriceIsConvertedAtTheStoredRateInWholeMicroTari() throws Exception {
        shop.server.engine.engine.rates().set("USD", MicroTari.of(1_234_567));
        String formId = createForm("{\"currency\":\"usd\",\"title\":\"Donation\"}").get("form_id").asText();
        assertThat(json(shop.server.get("/pay/" + formId, null), 200).get("buyer_fields").toString())
                .isEqualTo("[\"fiat_amount\",\"description\"]");

        JsonNode made = buy(formId, "{\"fiat_amount\":\"12.50\",\"currency\":\"EUR\"}");
        Order order = order(made);
        assertThat(order.totalPrice()).isEqualTo(MicroTari.of(15_432_087)); // 12.50 × 1 234 567 µT, truncated
        assertThat(order.currency()).isEqualTo("USD");
        assertThat(order.originalPrice()).isEqualTo("12.50");
        assertThat(made.get("ignored_fields").toString()).isEqualTo("[\"currency\"]");

        JsonNode refused = json(shop.server.post("/pay/" + formId, "{\"amount\":5}", Map.of()), 400);
        assertThat(refused.get("error").asText()).contains("priced in USD");
        JsonNode noRate = json(shop.server.post("/api/payment_forms", "{\"currency\":\"JPY\",\"fiat_amount\":\"100\"}",
                Map.of("tpg_access_token", writer)), 400);
        assertThat(noRate.get("error").asText()).contains("JPY");
    }

    @Test
    void anOpenAmountMustBeFilledByTheBuyer() throws Exception {
        String formId = createForm("{}").get("form_id").asText();
        assertThat(json(shop.server.post("/pay/" + formId, "{}", Map.of()), 400).get("error").asText()).contains("amount");
        assertThat(json(shop.server.post("/pay/" + formId, "{\"amount\":-5}", Map.of()), 400).get("error").asText())
                .contains("positive");
        assertThat(json(shop.server.post("/pay/" + formId, "{\"fiat_amount\":\"1.00\"}", Map.of()), 400).get("error").asText())
                .contains("currency");
        assertThat(shop.server.post("/pay/" + formId, "{\"amount\":1.5}", Map.of()).code()).as("no fractional µT").isEqualTo(400);
        assertThat(order(buy(formId, "{\"amount\":700,\"title\":\"Tip\"}")).totalPrice()).isEqualTo(MicroTari.of(700));
    }

    @Test
    void aDisabledFormRefusesAndMakesNoOrder() throws Exception {
        String formId = createForm("{\"amount\":1000}").get("form_id").asText();
        buy(formId, "{}");
        JsonNode disabled = json(shop.server.post("/api/payment_forms/" + formId + "/disable", null,
                Map.of("tpg_access_token", writer)), 200);
        assertThat(disabled.get("enabled").asBoolean()).isFalse();
        int ordersBefore = shop.server.engine.engine.orders().search(com.tari.tps.server.orders.OrderQuery.all()).size();

        JsonNode get = json(shop.server.get("/pay/" + formId, null), 410);
        assertThat(get.get("error").asText()).contains("disabled");
        JsonNode post = json(shop.server.post("/pay/" + formId, "{}", Map.of()), 410);
        assertThat(post.get("error").asText()).contains("disabled");
        assertThat(shop.server.engine.engine.orders().search(com.tari.tps.server.orders.OrderQuery.all())).hasSize(ordersBefore);

        String reader = shop.login(Wallet.random(), Role.USER, Role.READ_ALL);
        JsonNode list = json(shop.server.get("/api/payment_forms", reader), 200);
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("enabled").asBoolean()).isFalse();
        assertThat(list.get(0).get("created_by").asText()).isEqualTo(merchant.address().toBase58());
    }

    @Test
    void onlyAdminsManageFormsAndUnknownFormsAre404() throws Exception {
        String user = shop.login(buyer);
        assertThat(shop.server.post("/api/payment_forms", "{}", Map.of("tpg_access_token", user)).code()).isEqualTo(403);
        assertThat(shop.server.get("/api/payment_forms", user).code()).isEqualTo(403);
        String reader = shop.login(Wallet.random(), Role.USER, Role.READ_ALL);
        assertThat(shop.server.post("/api/payment_forms", "{}", Map.of("tpg_access_token", reader)).code()).isEqualTo(403);
        String formId = createForm("{\"amount\":1}").get("form_id").asText();
        assertThat(shop.server.post("/api/payment_forms/" + formId + "/disable", null, Map.of("tpg_access_token", reader)).code())
                .isEqualTo(403);
        assertThat(shop.server.post("/api/payment_forms", "{}", Map.of()).code()).isEqualTo(401);
        assertThat(json(shop.server.get("/pay/not-a-form", null), 404).get("error").asText()).contains("not-a-form");
        assertThat(json(shop.server.post("/pay/not-a-form", "{}", Map.of()), 404).has("error")).isTrue();
    }

    @Test
    void formIdsAreRandomAndUrlSafe() throws Exception {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            String id = createForm("{\"amount\":1}").get("form_id").asText();
            assertThat(id).matches("[A-Za-z0-9_-]{22}");
            ids.add(id);
        }
        assertThat(ids).hasSize(5);
    }

    @Test
    void ordersFromAFormStayPayableExactlyForItsExpiry() throws Exception {
        var f = shop.server.engine;
        String shortLink = createForm("{\"amount\":1000,\"expiry_seconds\":600}").get("form_id").asText();
        String longLink = createForm("{\"amount\":1000,\"expiry_seconds\":259200}").get("form_id").asText();
        Order shortOrder = order(buy(shortLink, "{}"));
        Order longOrder = order(buy(longLink, "{}"));

        f.clock.advance(Duration.ofSeconds(599));
        assertThat(f.engine.expiry().expireNow()).isEmpty();
        f.clock.advance(Duration.ofSeconds(2));
        assertThat(f.engine.expiry().expireNow()).extracting(Order::orderId).containsExactly(shortOrder.orderId());

        f.clock.advance(Duration.ofHours(3));
        assertThat(f.engine.expiry().expireNow()).as("a 3-day link outlives the 2 h unclaimed timeout").isEmpty();
        assertThat(f.reload(longOrder.orderId()).status()).isEqualTo(OrderStatus.Unclaimed);
        f.clock.advance(Duration.ofDays(3));
        assertThat(f.engine.expiry().expireNow()).extracting(Order::orderId).containsExactly(longOrder.orderId());
    }

    @Test
    void aBuyerPaysALinkOrderAndItsPageWatchesItByExternalId() throws Exception {
        String formId = createForm("{\"amount\":5000,\"title\":\"Sticker\"}").get("form_id").asText();
        JsonNode made = buy(formId, "{}");
        String orderId = made.get("order_id").asText();
        try (WsClient page = new WsClient(shop.http, shop.server.url("/ws").replaceFirst("^http", "ws"))) {
            page.send("{\"type\":\"identify\",\"externalId\":\"" + made.get("external_id").asText() + "\"}");
            WsClient.Message identified = page.next("identified", Duration.ofSeconds(3));
            assertThat(identified.body().get("order_id").asText()).isEqualTo(orderId);

            shop.paymentNotice(buyer, "tx-link", 5000, buyer.claim(orderId).toJson());
            shop.confirmationNotice("tx-link");
            boolean paid = false;
            while (!paid) {
                WsClient.Message status = page.next("status", Duration.ofSeconds(3));
                assertThat(status).as("a status message up to Paid").isNotNull();
                paid = status.body().get("status").asText().equals("Paid");
            }
        }
        assertThat(List.of(json(shop.server.get("/order/status/" + orderId, null), 200).get("status").asText())).containsExactly("Paid");
    }
}
