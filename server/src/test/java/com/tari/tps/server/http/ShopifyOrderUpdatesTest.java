package com.tari.tps.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tari.tps.common.amount.MicroTari;
import com.tari.tps.common.testing.TestSecrets;
import com.tari.tps.server.orders.OrderStatus;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** orders/updated over a real port: cancels in Shopify reach TPS, lost orders are stored, stale events change nothing. */
class ShopifyOrderUpdatesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ORDER_ID = "5796499259604";
    private final OkHttpClient http = new OkHttpClient();

    @TempDir
    Path dir;

    @Test
    void anOrderCancelledInShopifyIsCancelledHereAndAnOlderEventAfterwardsChangesNothing() throws Exception {
        try (ApiServer server = new ApiServer(dir)) {
            server.engine.engine.rates().set("USD", MicroTari.of(30_000_000));
            assertThat(send(server, "checkout_create", order(), "2024-11-04T11:02:38Z").get("message").asText())
                    .isEqualTo("Order processed successfully.");

            ObjectNode cancelled = order();
            cancelled.put("cancelled_at", "2024-11-04T12:00:00-05:00");
            cancelled.put("cancel_reason", "customer");
            assertThat(send(server, "order_updated", cancelled, "2024-11-04T17:00:01Z").get("message").asText())
                    .isEqualTo("Order cancelled, as in Shopify.");
            assertThat(server.engine.engine.orders().find(ORDER_ID).orElseThrow().status()).isEqualTo(OrderStatus.Cancelled);

            // The same order, reopened, but triggered before the cancel: a late retry of an older event.
            server.engine.engine.orders().reset(ORDER_ID);
            JsonNode stale = send(server, "order_updated", cancelled, "2024-11-04T16:59:59Z");
            assertThat(stale.get("message").asText()).contains("newer event");
            assertThat(server.engine.engine.orders().find(ORDER_ID).orElseThrow().status()).isEqualTo(OrderStatus.New);
        }
    }

    @Test
    void anUpdateForAnOrderNeverSeenStoresItAndTheOldNoOpPathHandlesUpdatesToo() throws Exception {
        try (ApiServer server = new ApiServer(dir)) {
            server.engine.engine.rates().set("USD", MicroTari.of(30_000_000));
            ObjectNode guest = order();
            guest.putNull("customer");
            assertThat(send(server, "no_op", guest, null).get("message").asText()).isEqualTo("Order was missing and has been stored.");
            assertThat(server.engine.engine.orders().find(ORDER_ID).orElseThrow().customerId()).isEqualTo("guest-" + ORDER_ID);
            assertThat(send(server, "no_op", guest, null).get("message").asText()).isEqualTo("Nothing to change.");
        }
    }

    @Test
    void aPaidOrderIsNotCancelledByAShopifyCancel() throws Exception {
        try (ApiServer server = new ApiServer(dir)) {
            server.engine.engine.rates().set("USD", MicroTari.of(30_000_000));
            send(server, "checkout_create", order(), null);
            server.engine.engine.orders().fulfill(ORDER_ID, "paid");
            ObjectNode cancelled = order();
            cancelled.put("cancelled_at", "2024-11-04T12:00:00Z");
            assertThat(send(server, "order_updated", cancelled, null).get("message").asText()).isEqualTo("Order is already final; nothing to do.");
            assertThat(server.engine.engine.orders().find(ORDER_ID).orElseThrow().status()).isEqualTo(OrderStatus.Paid);
        }
    }

    @Test
    void aPayloadOfTheWrongShapeIsA400AndChangesNothing() throws Exception {
        try (ApiServer server = new ApiServer(dir)) {
            byte[] body = "[1,2,3]".getBytes(StandardCharsets.UTF_8);
            try (Response r = post(server, "order_updated", body, null)) {
                assertThat(r.code()).isEqualTo(400);
                assertThat(r.body().string()).contains("error");
            }
        }
    }

    private ObjectNode order() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/shopify/orders_updated.json")) {
            return (ObjectNode) JSON.readTree(in);
        }
    }

    private JsonNode send(ApiServer server, String path, JsonNode order, String triggeredAt) throws Exception {
        try (Response r = post(server, path, JSON.writeValueAsBytes(order), triggeredAt)) {
            String body = r.body().string();
            assertThat(r.code()).as(body).isEqualTo(200);
            return JSON.readTree(body);
        }
    }

    private Response post(ApiServer server, String path, byte[] body, String triggeredAt) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(TestSecrets.SHOPIFY_HMAC_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        Request.Builder request = new Request.Builder().url(server.url("/shopify/webhook/" + path))
                .header("X-Shopify-Hmac-Sha256", Base64.getEncoder().encodeToString(mac.doFinal(body)))
                .header("X-Shopify-Topic", "orders/updated")
                .post(RequestBody.create(body, MediaType.get("application/json")));
        if (triggeredAt != null) {
            request.header("X-Shopify-Triggered-At", triggeredAt);
        }
        return http.newCall(request.build()).execute();
    }
}
