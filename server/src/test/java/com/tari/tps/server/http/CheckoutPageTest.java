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
    void thePageShowsTheShopsOrderNameAndNamesNoOtherHost() throws Exception {
        try (LiveShop shop = new LiveShop(dir)) {
            shopifyOrder(shop, "5621163655380", "#1002", 1_250_000);
            try (Response page = shop.get("/checkout/5621163655380", Map.of())) {
                String html = page.body().string();
                assertThat(html).contains("<title>Pay order #1002 with Tari</title>").contains("<h1 id=\"heading\">Pay order #1002</h1>");
                assertThat(html).contains("1.250000 XTR").doesNotContain("µT");
                assertThat(html).as("the wallet request, HTML-escaped").contains("tariAddress=" + shop.shopAddress.toBase58()
                        + "&amp;amount=1250000&amp;note=%231002");
                assertThat(html).as("no URL of another host: no fonts, images, scripts or styles from elsewhere")
                        .doesNotContainPattern("(?i)(?<!tari:)//[a-z0-9\\[]").doesNotContainPattern("(?i)url\\(|@import|<link|src=");
                assertThat(html).contains("<noscript>");
            }
        }
    }

    /**
     * The shopper's whole story on a phone, offline but for the shop's server: awaiting payment, a first payment seen
     * (waiting for confirmation), confirmed (partly paid, the QR now asks for the rest), the rest paid — each step
     * without a reload, announced to screen readers; then the page stops listening.
     */
    @Test
    void onAPhoneThePageFollowsPartialPaymentAndConfirmationToPaidWithoutReload() throws Exception {
        Optional<Path> chromium = chromium();
        try (LiveShop shop = new LiveShop(dir);
             HeadlessChromium browser = new HeadlessChromium(chromium.get(), Files.createDirectories(dir.resolve("profile")))) {
            String orderId = "5621163655380";
            shopifyOrder(shop, orderId, "#1002", 2_500_000);
            browser.phoneViewport();
            browser.blockAllButLoopback();
            browser.open(shop.server.url("/checkout/" + orderId));
            assertThat(eventually(WAIT, () -> text(browser, "String(document.getElementById('live') && "
                    + "document.getElementById('live').textContent)").startsWith("Live"))).as("connected to /ws").isTrue();

            assertThat(text(browser, "document.title")).isEqualTo("Pay order #1002 with Tari");
            assertThat(text(browser, "document.getElementById('heading').textContent")).isEqualTo("Pay order #1002");
            assertThat(text(browser, "document.getElementById('status').textContent")).isEqualTo("Awaiting payment");
            assertThat(text(browser, "document.getElementById('total').textContent")).isEqualTo("2.500000 XTR");
            assertThat(text(browser, "document.getElementById('due').textContent")).isEqualTo("2.500000 XTR");
            assertThat(announced(browser)).isEqualTo("Awaiting payment of 2.500000 XTR.");
            String request = "tari://mainnet/transactions/send?tariAddress=" + shop.shopAddress.toBase58()
                    + "&amount=2500000&note=%231002";
            assertThat(text(browser, "document.getElementById('request').value")).isEqualTo(request);
            assertThat(number(browser, "document.documentElement.scrollWidth")).as("no sideways scrolling on a phone")
                    .isLessThanOrEqualTo(HeadlessChromium.PHONE_WIDTH);
            assertThat(number(browser, "document.querySelector('#qr svg').getBoundingClientRect().width"))
                    .as("a large QR: most of the phone's width").isGreaterThanOrEqualTo(300);
            assertThat(number(browser, "document.getElementById('request').getBoundingClientRect().top"))
                    .as("one column: the request text below the QR")
                    .isGreaterThan(number(browser, "document.getElementById('qr').getBoundingClientRect().bottom"));
            byte[] awaiting = keep("awaiting-payment", browser.fullPageScreenshot());
            assertThat(scan(awaiting)).as("the QR on screen scans to the payment request").isEqualTo(request);

            browser.eval("navigator.clipboard.writeText = function (t) { window.copiedText = t; return Promise.resolve(); }");
            browser.eval("document.getElementById('copy').click()");
            assertThat(eventually(WAIT, () -> text(browser, "String(window.copiedText)").equals(request))).as("copied").isTrue();
            assertThat(text(browser, "document.getElementById('copied').textContent")).isEqualTo("Copied.");

            shop.paymentNotice(shopper, "tx-first", 1_000_000, shopper.claim(orderId).toJson());
            assertThat(eventually(WAIT, () -> announced(browser).equals(
                    "Payment of 1.000000 XTR seen, waiting for confirmation. 1.500000 XTR still due."))).isTrue();
            assertThat(text(browser, "document.getElementById('status').textContent")).isEqualTo("Waiting for confirmation");
            assertThat(text(browser, "document.getElementById('pending').textContent")).isEqualTo("1.000000 XTR");
            keep("waiting-for-confirmation", browser.fullPageScreenshot());

            shop.confirmationNotice("tx-first");
            assertThat(eventually(WAIT, () -> announced(browser).equals("Received 1.000000 XTR. 1.500000 XTR still due."))).isTrue();
            assertThat(text(browser, "document.getElementById('status').textContent")).isEqualTo("Partly paid");
            assertThat(text(browser, "document.getElementById('received').textContent")).isEqualTo("1.000000 XTR");
            assertThat(text(browser, "document.getElementById('due').textContent")).isEqualTo("1.500000 XTR");
            assertThat(text(browser, "document.getElementById('steps').textContent")).as("the steps name what is due now")
                    .contains("Send 1.500000 XTR to").doesNotContain("2.500000");
            String rest = request.replace("amount=2500000", "amount=1500000");
            assertThat(text(browser, "document.getElementById('request').value")).isEqualTo(rest);
            assertThat(eventually(WAIT, () -> text(browser, "String(document.querySelector('#qr img') !== null && "
                    + "document.querySelector('#qr img').complete)").equals("true"))).isTrue();
            byte[] partly = keep("partially-paid", browser.fullPageScreenshot());
            assertThat(scan(partly)).as("the redrawn QR asks for the rest").isEqualTo(rest);

            shop.paymentNotice(shopper, "tx-rest", 1_500_000, shopper.claim(orderId).toJson());
            shop.confirmationNotice("tx-rest");
            assertThat(eventually(WAIT, () -> text(browser, "document.getElementById('status').dataset.stage").equals("paid")))
                    .as("Paid without a reload").isTrue();
            assertThat(text(browser, "document.title")).isEqualTo("Paid: order #1002");
            assertThat(text(browser, "document.getElementById('heading').textContent")).isEqualTo("Order #1002 is paid");
            assertThat(announced(browser)).isEqualTo("Order #1002 is paid. Thank you.");
            assertThat(text(browser, "String(document.getElementById('pay').hidden)")).as("no QR to pay twice").isEqualTo("true");
            assertThat(text(browser, "document.getElementById('paid-amount').textContent")).isEqualTo("2.500000 XTR");
            assertThat(text(browser, "String(document.getElementById('progress').hidden && "
                    + "getComputedStyle(document.getElementById('progress')).display === 'none')")).as("nothing left due to show")
                    .isEqualTo("true");
            assertThat(text(browser, "Array.from(document.querySelectorAll('#txids li')).map(li => li.textContent).join(',')"))
                    .isEqualTo("tx-first,tx-rest");
            assertThat(eventually(WAIT, () -> clients(shop) == 0)).as("the page hung up").isTrue();
            Thread.sleep(300);
            assertThat(clients(shop)).as("and does not reconnect").isZero();
            assertThat(text(browser, "document.getElementById('live').textContent")).isEmpty();
            keep("paid", browser.fullPageScreenshot());

            assertThat(browser.blocked()).as("the page asked no other host for anything").isEmpty();
            assertThat(browser.requested()).isNotEmpty().allMatch(HeadlessChromium::isLocal);
        }
    }

    @Test
    void aCancelledOrderTurnsFinalLiveAndAnExpiredOneLoadsFinalWithoutListening() throws Exception {
        Optional<Path> chromium = chromium();
        try (LiveShop shop = new LiveShop(dir);
             HeadlessChromium browser = new HeadlessChromium(chromium.get(), Files.createDirectories(dir.resolve("profile")))) {
            var f = shop.server.engine;
            shopifyOrder(shop, "5621163655381", "#1003", 4_000_000);
            browser.phoneViewport();
            browser.blockAllButLoopback();
            browser.open(shop.server.url("/checkout/5621163655381"));
            assertThat(eventually(WAIT, () -> text(browser, "String(document.getElementById('live') && "
                    + "document.getElementById('live').textContent)").startsWith("Live"))).isTrue();
            f.engine.orders().cancel("5621163655381", "out of stock");
            assertThat(eventually(WAIT, () -> text(browser, "document.title").equals("Cancelled: order #1003")))
                    .as(() -> text(browser, "document.title + '|' + document.getElementById('live').textContent + '|' + document.body.className")).isTrue();
            assertThat(announced(browser)).isEqualTo("Order #1003 was cancelled. Please do not send a payment for it.");
            assertThat(text(browser, "String(document.getElementById('final-cancelled').hidden)")).isEqualTo("false");
            assertThat(text(browser, "String(document.getElementById('pay').hidden)")).isEqualTo("true");
            assertThat(eventually(WAIT, () -> clients(shop) == 0)).as("the page hung up").isTrue();
            keep("cancelled", browser.fullPageScreenshot());

            shopifyOrder(shop, "5621163655382", "#1004", 4_000_000);
            f.clock.advance(Duration.ofHours(3));
            f.engine.expiry().expireNow();
            int before = browser.requested().size();
            browser.open(shop.server.url("/checkout/5621163655382"));
            assertThat(eventually(WAIT, () -> text(browser, "document.title").equals("Expired: order #1004"))).isTrue();
            assertThat(text(browser, "document.getElementById('heading').textContent")).isEqualTo("Order #1004 has expired");
            assertThat(text(browser, "document.getElementById('final-expired').textContent").replaceAll("\\s+", " "))
                    .contains("place a new order").contains("kept as credit");
            Thread.sleep(300);
            assertThat(text(browser, "document.getElementById('live').textContent")).as("never 'Connecting…'").isEmpty();
            assertThat(browser.requested().subList(before, browser.requested().size())).as("no WebSocket for a final order")
                    .noneMatch(url -> url.startsWith("ws"));
            keep("expired", browser.fullPageScreenshot());
            assertThat(browser.blocked()).isEmpty();
        }
    }

    @Test
    void withoutJavaScriptThePageStillSaysWhatToPayAndHow() throws Exception {
        Optional<Path> chromium = chromium();
        try (LiveShop shop = new LiveShop(dir);
             HeadlessChromium browser = new HeadlessChromium(chromium.get(), Files.createDirectories(dir.resolve("profile")))) {
            shopifyOrder(shop, "5621163655383", "#1005", 1_250_000);
            browser.disableJavaScript();
            browser.open(shop.server.url("/checkout/5621163655383"));
            assertThat(eventually(WAIT, () -> text(browser, "document.readyState").equals("complete")
                    && text(browser, "document.title").equals("Pay order #1005 with Tari"))).isTrue();
            assertThat(text(browser, "document.getElementById('due').textContent")).isEqualTo("1.250000 XTR");
            assertThat(text(browser, "document.getElementById('request').value")).endsWith("&amount=1250000&note=%231005");
            assertThat(text(browser, "String(document.getElementById('copy').hidden)")).as("no dead button").isEqualTo("true");
            assertThat(scan(browser.screenshot())).endsWith("&amount=1250000&note=%231005");
        }
    }

    private static final Duration WAIT = Duration.ofSeconds(10);

    private static Optional<Path> chromium() {
        Optional<Path> chromium = HeadlessChromium.find();
        assumeTrue(chromium.isPresent(), "No Chromium on PATH (chromium, chromium-browser, google-chrome): "
                + "skipping the headless checkout page test. Install Debian's chromium package to run it.");
        return chromium;
    }

    /** An order as Shopify sends it: a long numeric id and a name such as {@code #1002}. */
    private static void shopifyOrder(LiveShop shop, String orderId, String name, long microTari) {
        var f = shop.server.engine;
        f.engine.orders().newOrder(new NewOrder(orderId, Optional.of(name), "cust-" + orderId, Optional.empty(), Optional.empty(),
                MicroTari.of(microTari), Optional.empty(), "XTR", f.clock.instant(), Optional.empty()));
    }

    private static String announced(HeadlessChromium browser) {
        return text(browser, "document.getElementById('announce').textContent");
    }

    private static double number(HeadlessChromium browser, String expression) {
        return Double.parseDouble(text(browser, "String(" + expression + ")"));
    }

    private static int clients(LiveShop shop) {
        try {
            return shop.health().get("websocket").get("clients").asInt();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String scan(byte[] png) throws Exception {
        return OrderStatusTest.decodeQr(ImageIO.read(new ByteArrayInputStream(png)));
    }

    /**
     * Keeps a screenshot in target/, and in the folder named by the system property {@code tps.screenshots} (or the
     * environment variable {@code TPS_SCREENSHOTS}) when set, as {@code checkout-<state>.png}: that is how the
     * README's pictures are made.
     */
    private static byte[] keep(String state, byte[] png) throws Exception {
        Files.write(Path.of("target", "checkout-" + state + ".png"), png);
        String folder = System.getProperty("tps.screenshots", System.getenv("TPS_SCREENSHOTS"));
        if (folder != null && !folder.isBlank()) {
            Path docs = Files.createDirectories(Path.of(folder));
            Files.write(docs.resolve("checkout-" + state + ".png"), png);
        }
        return png;
    }

    private static String text(HeadlessChromium browser, String expression) {
        try {
            return browser.eval(expression);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
