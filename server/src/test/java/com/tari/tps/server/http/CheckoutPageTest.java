package com.tari.tps.server.http;

import static com.tari.tps.server.http.LiveShop.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.tari.tps.common.amount.MicroTari;
import com.tari.tps.server.engine.EngineFixture.Wallet;
import com.tari.tps.server.orders.NewOrder;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hosted checkout page {@code GET /checkout/{order_id}}: as served, and as a browser shows it. */
class CheckoutPageTest {
    @TempDir
    Path dir;
    Wallet shopper = Wallet.random();

    @Test
    void everyValueOnThePageIsHtmlEscaped() throws Exception {
        try (LiveShop shop = new LiveShop(dir)) {
            var f = shop.server.engine;
            String hostile = "<img/src=x/onerror=alert(1)>\"'{{qr}}"; // no spaces: ids never have them
            f.engine.orders().newOrder(new NewOrder(hostile, Optional.empty(), "c", Optional.empty(), Optional.empty(),
                    MicroTari.of(1_500_000), Optional.empty(), "XTR", f.clock.instant(), Optional.empty()));
            String path = "/checkout/" + okhttp3.HttpUrl.parse("http://x/").newBuilder().addPathSegment(hostile).build()
                    .encodedPath().substring(1);
            try (Response page = shop.get(path, Map.of())) {
                assertThat(page.code()).isEqualTo(200);
                assertThat(page.header("Content-Type")).startsWith("text/html");
                String html = page.body().string();
                assertThat(html).doesNotContain("<img/src=x").contains("&lt;img/src=x/onerror=alert(1)&gt;&quot;&#39;{{qr}}");
                assertThat(html).contains("1.500000").contains("<svg").contains(shop.shopAddress.toBase58());
                assertThat(html.split("<svg", -1)).as("one QR code, the placeholder in the id was not expanded").hasSize(2);
            }
            try (Response missing = shop.get("/checkout/nope", Map.of())) {
                assertThat(missing.code()).isEqualTo(404);
            }
        }
    }

    @Test
    void inHeadlessChromiumThePageShowsTheQrAndTurnsPaidWhenThePaymentIsConfirmed() throws Exception {
        Optional<Path> chromium = HeadlessChromium.find();
        assumeTrue(chromium.isPresent(), "No Chromium on PATH (chromium, chromium-browser, google-chrome): "
                + "skipping the headless checkout page test. Install Debian's chromium package to run it.");
        try (LiveShop shop = new LiveShop(dir);
             HeadlessChromium browser = new HeadlessChromium(chromium.get(), Files.createDirectories(dir.resolve("profile")))) {
            shop.server.engine.order("order-77", "cust-77", 2_500_000);
            browser.open(shop.server.url("/checkout/order-77"));

            assertThat(eventually(Duration.ofSeconds(15), () -> text(browser, "document.getElementById('live') && "
                    + "document.getElementById('live').textContent").startsWith("Live")))
                    .as("the page connected to /ws").isTrue();
            assertThat(text(browser, "document.getElementById('status').dataset.status")).isEqualTo("Unclaimed");
            assertThat(text(browser, "document.getElementById('status').textContent")).isEqualTo("Awaiting payment");
            assertThat(text(browser, "document.getElementById('total').textContent")).isEqualTo("2.500000");
            assertThat(text(browser, "document.getElementById('due').textContent")).isEqualTo("2.500000");
            assertThat(text(browser, "String(document.querySelectorAll('#qr svg path').length)")).isEqualTo("1");
            byte[] before = browser.screenshot();
            Files.write(Path.of("target", "checkout-page-before.png"), before);
            assertThat(OrderStatusTest.decodeQr(ImageIO.read(new ByteArrayInputStream(before))))
                    .as("the QR on screen scans to the payment URI")
                    .isEqualTo("tari://mainnet/transactions/send?tariAddress=" + shop.shopAddress.toBase58());

            shop.paymentNotice(shopper, "tx-77", 2_500_000, shopper.claim("order-77").toJson());
            shop.confirmationNotice("tx-77");
            assertThat(eventually(Duration.ofSeconds(5), () -> text(browser,
                    "document.getElementById('status').dataset.status").equals("Paid")))
                    .as("the status flipped to Paid without a reload").isTrue();
            assertThat(text(browser, "document.getElementById('status').textContent")).isEqualTo("Paid");
            assertThat(text(browser, "document.getElementById('due').textContent")).isEqualTo("0.000000");
            assertThat(text(browser, "String(document.getElementById('pay').hidden)")).as("no QR to pay twice").isEqualTo("true");
            Files.write(Path.of("target", "checkout-page-paid.png"), browser.screenshot());
        }
    }

    private static String text(HeadlessChromium browser, String expression) {
        try {
            return browser.eval(expression);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
