package com.tari.tps.server.http;

import static com.tari.tps.server.http.LiveShop.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.tari.tps.common.amount.MicroTari;
import com.tari.tps.server.engine.EngineFixture.Wallet;
import com.tari.tps.server.orders.NewOrder;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /order/status/{order_id}} and the QR PNG: public, minimal, rate limited per client IP. */
class OrderStatusTest {
    @TempDir
    Path dir;
    Wallet alice = Wallet.random();

    @Test
    void theStatusShowsWhatACheckoutNeedsAndNothingPrivate() throws Exception {
        try (LiveShop shop = new LiveShop(dir)) {
            var f = shop.server.engine;
            f.engine.orders().newOrder(new NewOrder("order-1", Optional.empty(), "secret-customer-77", Optional.of("gift wrap for Bob"),
                    Optional.empty(), MicroTari.of(4_000_000), Optional.empty(), "XTR", f.clock.instant(), Optional.empty()));

            JsonNode open = json(shop.get("/order/status/order-1", Map.of()), 200);
            List<String> fields = new ArrayList<>();
            open.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).containsExactly("order_id", "status", "total_price", "amount_due", "amount_paid", "expires_at",
                    "pay_to", "qr_payload", "order_name", "stage", "amount_received", "amount_pending", "txids", "closed_at");
            assertThat(open.get("status").asText()).isEqualTo("Unclaimed");
            assertThat(open.get("amount_due").asLong()).isEqualTo(4_000_000);
            assertThat(open.get("amount_paid").asLong()).isZero();
            assertThat(Instant.parse(open.get("expires_at").asText())).isEqualTo(f.clock.instant().plus(Duration.ofHours(2)));
            assertThat(open.get("pay_to").asText()).isEqualTo(shop.shopAddress.toBase58());
            assertThat(open.get("qr_payload").asText()).as("a request for the amount due, naming the order")
                    .isEqualTo("tari://mainnet/transactions/send?tariAddress=" + shop.shopAddress.toBase58()
                            + "&amount=4000000&note=order-1");
            assertThat(open.get("stage").asText()).isEqualTo("awaiting_payment");
            assertThat(open.toString()).doesNotContain("secret-customer-77").doesNotContain("gift wrap");

            shop.paymentNotice(alice, "tx-1", 4_000_000, alice.claim("order-1").toJson());
            shop.confirmationNotice("tx-1");
            JsonNode paid = json(shop.get("/order/status/order-1", Map.of()), 200);
            assertThat(paid.get("status").asText()).isEqualTo("Paid");
            assertThat(paid.get("amount_paid").asLong()).isEqualTo(4_000_000);
            assertThat(paid.get("amount_due").asLong()).isZero();
            assertThat(paid.get("expires_at").isNull()).isTrue();
            assertThat(paid.get("stage").asText()).isEqualTo("paid");
            assertThat(paid.get("txids").toString()).isEqualTo("[\"tx-1\"]");
            assertThat(Instant.parse(paid.get("closed_at").asText())).isEqualTo(f.clock.instant());
            assertThat(paid.toString()).doesNotContain(alice.address().toBase58());
        }
    }

    @Test
    void anUnknownOrderIs404WithAJsonError() throws Exception {
        try (LiveShop shop = new LiveShop(dir)) {
            JsonNode error = json(shop.get("/order/status/nope", Map.of()), 404);
            assertThat(error.get("error").asText()).isEqualTo("The data was not found. The requested order nope does not exist");
            assertThat(shop.get("/checkout/nope/qr.png", Map.of()).code()).isEqualTo(404);
        }
    }

    @Test
    void lookupsBeyondTheBudgetAre429WithRetryAfterUntilTheBucketRefills() throws Exception {
        Map<String, String> trustProxy = Map.of("TPG_USE_X_FORWARDED_FOR", "true");
        try (LiveShop shop = new LiveShop(dir, new RateLimit(3, Duration.ofMinutes(1)), trustProxy)) {
            shop.server.engine.order("order-1", "cust-1", 10);
            Map<String, String> client = Map.of("X-Forwarded-For", "203.0.113.7");
            assertThat(shop.get("/order/status/order-1", client).code()).isEqualTo(200);
            assertThat(shop.get("/order/status/unknown", client).code()).isEqualTo(404);
            assertThat(shop.get("/order/status/order-1", client).code()).isEqualTo(200);
            try (Response limited = shop.get("/order/status/order-1", client)) {
                assertThat(limited.code()).isEqualTo(429);
                assertThat(limited.header("Retry-After")).isEqualTo("20");
                assertThat(limited.body().string()).contains("\"error\"");
            }
            assertThat(shop.get("/order/status/order-1", Map.of("X-Forwarded-For", "198.51.100.2")).code())
                    .as("another client has its own budget").isEqualTo(200);

            shop.server.engine.clock.advance(Duration.ofSeconds(20));
            assertThat(shop.get("/order/status/order-1", client).code()).as("one token back after 20 s").isEqualTo(200);
            assertThat(shop.get("/checkout/order-1", client).code()).as("the checkout page spends the same budget").isEqualTo(429);
            var upgrade = new okhttp3.Request.Builder().url(shop.server.url("/ws").replaceFirst("^http", "ws"))
                    .header("X-Forwarded-For", "203.0.113.7").build();
            WsClient socket = new WsClient(shop.http, upgrade);
            try (socket) {
                socket.identify("order-1");
                assertThat(socket.next("error", Duration.ofSeconds(3)).body().get("message").asText())
                        .as("a WebSocket is no way around the budget").contains("Too many");
            }
        }
    }

    @Test
    void theQrPngScansToThePaymentUri() throws Exception {
        try (LiveShop shop = new LiveShop(dir)) {
            shop.server.engine.order("order-q", "cust-q", 10);
            try (Response png = shop.get("/checkout/order-q/qr.png", Map.of())) {
                assertThat(png.code()).isEqualTo(200);
                assertThat(png.header("Content-Type")).isEqualTo("image/png");
                assertThat(decodeQr(ImageIO.read(new ByteArrayInputStream(png.body().bytes()))))
                        .isEqualTo("tari://mainnet/transactions/send?tariAddress=" + shop.shopAddress.toBase58()
                                + "&amount=10&note=order-q");
            }
        }
    }

    /** Reads a QR code from a picture with ZXing's decoder. */
    static String decodeQr(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }
}
