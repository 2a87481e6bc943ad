package com.tari.tps.release;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tari.tps.common.address.Network;
import com.tari.tps.common.address.TariAddress;
import com.tari.tps.common.amount.MicroTari;
import com.tari.tps.common.keys.SecretKey;
import com.tari.tps.common.signatures.ConfirmationNotification;
import com.tari.tps.common.signatures.NewPayment;
import com.tari.tps.common.signatures.PaymentNotification;
import com.tari.tps.common.signatures.TransactionConfirmation;
import com.tari.tps.common.signatures.WalletSignature;
import com.tari.tps.common.testing.TestSecrets;
import com.tari.tps.server.db.TestPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two shipped servers ({@code bin/tari-payment-server}, each in its own folder with its own {@code .env}) on one real
 * PostgreSQL database, with Shopify pointed at a fake that counts every effect. Orders, payments and confirmations
 * are spread over both at once, the same wallet notice is sent to both at the same moment, one instance is killed
 * with SIGKILL in the middle of the load and later started again; meanwhile unclaimed orders expire. Then the same
 * webhook reaches both instances at once, and two shoppers with credit claim one order at once, one on each. After:
 * every order is Paid and every balance exact, each replayed notice was taken once, a raced order was paid once,
 * Shopify saw each mark-paid and cancel exactly once, and a live client connected to one instance saw what requests
 * to the other one caused.
 */
class SeveralInstancesIT {
    private static final MediaType JSON = MediaType.get("application/json");
    private static final long PRICE = 1_500_000;
    private static final int WALLETS = 6;
    private static final int ORDERS_EACH = 5;
    private static final int EXPIRING = 4;

    @TempDir
    Path temp;

    private final OkHttpClient http = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(30)).retryOnConnectionFailure(false).build();
    private final OkHttpClient reads = http.newBuilder().retryOnConnectionFailure(true).build();
    private final ObjectMapper json = new ObjectMapper();
    private final List<Process> processes = new ArrayList<>();
    private StressedShopify shopify;

    @AfterEach
    void stop() throws Exception {
        for (Process p : processes) {
            p.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
        }
        if (shopify != null) {
            shopify.close();
        }
    }

    private final class Instance {
        final Shipped shipped;
        final int port;
        final String base;
        final Path log;
        Process process;
        int starts;

        Instance(String name, String databaseUrl) throws IOException {
            Path dir = Files.createDirectories(temp.resolve(name));
            port = Shipped.freePort();
            base = "http://127.0.0.1:" + port;
            log = temp.resolve(name + ".log");
            Files.writeString(dir.resolve(".env"), String.join("\n",
                    "TPG_HOST=127.0.0.1",
                    "TPG_PORT=" + port,
                    "TPG_DATABASE_URL=" + databaseUrl,
                    "TPG_DATABASE_POOL_SIZE=10",
                    "TPG_JWT_SIGNING_KEY=" + TestSecrets.JWT_SIGNING_KEY,
                    "TPG_JWT_VERIFICATION_KEY=" + SecretKey.fromHex(TestSecrets.JWT_SIGNING_KEY).publicKey().toHex(),
                    "TPG_SHOPIFY_SHOP=" + shopify.shop(),
                    "TPG_SHOPIFY_ADMIN_ACCESS_TOKEN=" + StressedShopify.TOKEN,
                    "TPG_SHOPIFY_API_VERSION=" + StressedShopify.VERSION,
                    "TPG_SHOPIFY_HMAC_SECRET=" + TestSecrets.SHOPIFY_HMAC_SECRET,
                    "TPG_UNCLAIMED_ORDER_TIMEOUT=20s",
                    "TPG_EXPIRY_INTERVAL=1s",
                    "TPG_CALLBACK_INTERVAL=1s",
                    ""));
            shipped = new Shipped(dir, Map.of("HOME", temp.toString()));
        }

        void start() throws Exception {
            Path thisLog = temp.resolve(log.getFileName().toString().replace(".log", "-" + ++starts + ".log"));
            process = shipped.start(List.of(Shipped.ROOT.resolve("bin/tari-payment-server").toString()), thisLog);
            processes.add(process);
            assertThat(Shipped.eventually(Duration.ofSeconds(60), () -> !process.isAlive() || healthy(base)))
                    .as(base + " comes up").isTrue();
            assertThat(process.isAlive()).as(Files.readString(thisLog)).isTrue();
        }

        void kill() throws InterruptedException {
            process.destroyForcibly();
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }

        boolean alive() {
            return process != null && process.isAlive();
        }
    }

    private record Wallet(SecretKey key, TariAddress hot, TariAddress payer, long customer) {}

    @Test
    void twoInstancesOnOnePostgresqlLoseNothingAndSendNothingTwice() throws Exception {
        Shipped.assertJarsBuilt();
        shopify = new StressedShopify();
        String url = TestPostgres.shared().newEmptyDatabase();
        Instance a = new Instance("a", url);
        Instance b = new Instance("b", url);

        SecretKey adminKey = SecretKey.random();
        TariAddress admin = TariAddress.single(Network.MAINNET, TariAddress.FEATURES_DEFAULT, adminKey.publicKey());
        Shipped.Run added = a.shipped.taritools("setup", "add-user", "-a", admin.toBase58(), "-r", "super_admin", "-r", "read_all");
        assertThat(added.exit()).as(added.output()).isZero();
        assertThat(added.output()).contains("Database: postgresql://tps:***@127.0.0.1:").doesNotContain(TestSecrets.DATABASE_PASSWORD);
        a.start();
        b.start();
        String token = login(a, adminKey);

        // A live client on A only.
        StringBuffer live = new StringBuffer();
        AtomicBoolean listening = new AtomicBoolean(true);
        Thread sse = new Thread(() -> readSse(a.base + "/api/events", token, live, listening), "sse-on-a");
        sse.setDaemon(true);
        sse.start();
        assertThat(Shipped.eventually(Duration.ofSeconds(10), () -> live.indexOf("event: connected") >= 0)).isTrue();

        List<Wallet> wallets = new ArrayList<>();
        for (int w = 0; w < WALLETS; w++) {
            SecretKey key = SecretKey.random();
            Wallet wallet = new Wallet(key, TariAddress.single(Network.MAINNET, 3, key.publicKey()),
                    TariAddress.single(Network.MAINNET, 3, SecretKey.random().publicKey()), 7_000 + w);
            wallets.add(wallet);
            Instance to = w % 2 == 0 ? a : b;
            assertThat(post(to, "/api/wallets", "{\"address\":\"" + wallet.hot().toBase58()
                    + "\",\"ip_address\":\"127.0.0.1\",\"initial_nonce\":0}", Map.of("tpg_access_token", token)).code()).isEqualTo(200);
        }
        // Orders that nobody claims: the expiry worker of one instance or the other cancels each on Shopify, once.
        List<String> expiring = new ArrayList<>();
        for (int i = 0; i < EXPIRING; i++) {
            String id = Long.toString(8_100_001 + i);
            shopify.hasOrder(id);
            webhook(i % 2 == 0 ? a : b, id, 9_999);
            expiring.add(id);
        }

        // Each wallet's shopper buys ORDERS_EACH orders; order webhooks, payment notices and confirmations go to
        // alternate instances, and every payment notice is also replayed to the other instance at the same moment.
        ExecutorService pool = Executors.newFixedThreadPool(WALLETS * 2);
        List<Future<Integer>> runs = new ArrayList<>();
        for (Wallet wallet : wallets) {
            runs.add(pool.submit(() -> {
                int doubleTaken = 0;
                long[] nonce = {1};
                for (int n = 0; n < ORDERS_EACH; n++) {
                    String id = Long.toString(8_200_000 + wallet.customer() * 10 + n);
                    shopify.hasOrder(id);
                    Instance first = (n + wallet.customer()) % 2 == 0 ? a : b;
                    Instance second = first == a ? b : a;
                    deliver(first, a, "/shopify/webhook/checkout_create", () -> webhookBody(id, wallet.customer()), webhookHeaders(id, wallet.customer()));
                    NewPayment p = new NewPayment(wallet.payer(), MicroTari.of(PRICE), "tx-" + id, null, id);
                    String notice = new PaymentNotification(p, WalletSignature.create(wallet.hot(), nonce[0]++, p, wallet.key())).toJson();
                    Future<Integer> one = pool.submit(() -> walletCall(first, notice));
                    Future<Integer> other = pool.submit(() -> walletCall(second, notice));
                    int taken = (one.get() == 200 ? 1 : 0) + (other.get() == 200 ? 1 : 0);
                    if (taken > 1) {
                        doubleTaken++;
                    }
                    if (taken == 0) {
                        // B died with the notice and A refused the replay: B may have stored it first. A gets it signed
                        // anew; if B had stored it, the same txid changes nothing.
                        String again = new PaymentNotification(p, WalletSignature.create(wallet.hot(), nonce[0]++, p, wallet.key())).toJson();
                        try (Response r = post(a, "/wallet/incoming_payment", again, Map.of())) {
                            assertThat(r.code()).as("the notice resent to A").isIn(200, 400, 401, 409);
                        }
                    }
                    TransactionConfirmation t = new TransactionConfirmation("tx-" + id);
                    deliver(second, a, "/wallet/tx_confirmation",
                            () -> new ConfirmationNotification(t, WalletSignature.create(wallet.hot(), nonce[0]++, t, wallet.key())).toJson(), Map.of());
                }
                return doubleTaken;
            }));
            Thread.sleep(150);
        }
        // SIGKILL B in the middle of the load: everything then goes to A; B comes back later.
        Thread.sleep(2_000);
        b.kill();
        for (Future<Integer> run : runs) {
            assertThat(run.get(3, TimeUnit.MINUTES)).as("notices taken by both instances").isZero();
        }
        pool.shutdown();
        b.start();

        // Every order Paid, every balance exact, read from both instances.
        for (Instance instance : List.of(a, b)) {
            for (Wallet wallet : wallets) {
                JsonNode orders = json.readTree(get(instance, "/api/orders/" + wallet.payer().toBase58(), token)).get("orders");
                assertThat(orders).hasSize(ORDERS_EACH);
                orders.forEach(o -> assertThat(o.get("status").asText()).isEqualTo("Paid"));
                JsonNode balance = json.readTree(get(instance, "/api/balance/" + wallet.payer().toBase58(), token));
                assertThat(balance.get("total_confirmed").asLong()).isEqualTo(ORDERS_EACH * PRICE);
                assertThat(balance.get("total_paid").asLong()).isEqualTo(ORDERS_EACH * PRICE);
                assertThat(balance.get("current_balance").asLong()).isZero();
            }
        }

        // Two shoppers with credit claim the same order at the same moment, one on each instance: the order is paid
        // once, from one of them, and the other keeps all of their credit.
        Wallet hot = wallets.get(0);
        java.util.concurrent.atomic.AtomicLong nonce = new java.util.concurrent.atomic.AtomicLong(1_000);
        List<String> raced = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String id = Long.toString(8_300_001 + i);
            raced.add(id);
            shopify.hasOrder(id);
            // The same webhook delivered to both instances at once makes one order.
            Future<Integer> w1 = Executors.newSingleThreadExecutor().submit(() -> webhookStatus(a, id, 9_500 + i2(id)));
            Future<Integer> w2 = Executors.newSingleThreadExecutor().submit(() -> webhookStatus(b, id, 9_500 + i2(id)));
            assertThat(List.of(w1.get(), w2.get())).containsOnly(200);
            SecretKey pKey = SecretKey.random();
            SecretKey qKey = SecretKey.random();
            TariAddress p = TariAddress.single(Network.MAINNET, 3, pKey.publicKey());
            TariAddress q = TariAddress.single(Network.MAINNET, 3, qKey.publicKey());
            for (TariAddress payer : List.of(p, q)) {
                NewPayment credit = new NewPayment(payer, MicroTari.of(2_000_000), "credit-" + id + "-" + payer.toBase58().substring(0, 8), null, null);
                assertThat(walletCall(a, new PaymentNotification(credit, WalletSignature.create(hot.hot(), nonce.incrementAndGet(), credit, hot.key())).toJson())).isEqualTo(200);
                TransactionConfirmation t = new TransactionConfirmation(credit.txid());
                deliver(b, b, "/wallet/tx_confirmation", () -> new ConfirmationNotification(t,
                        WalletSignature.create(hot.hot(), nonce.incrementAndGet(), t, hot.key())).toJson(), Map.of());
            }
            String pClaim = com.tari.tps.common.signatures.MemoSignature.create(p, id, pKey).toJson();
            String qClaim = com.tari.tps.common.signatures.MemoSignature.create(q, id, qKey).toJson();
            Future<Integer> c1 = Executors.newSingleThreadExecutor().submit(() -> status(post(a, "/order/claim", pClaim, Map.of())));
            Future<Integer> c2 = Executors.newSingleThreadExecutor().submit(() -> status(post(b, "/order/claim", qClaim, Map.of())));
            // The claim that comes second finds the order already paid by the first (409) or, if both read it open, is
            // serialized after it and pays nothing: either way one pays.
            assertThat(List.of(c1.get(), c2.get())).contains(200).isSubsetOf(200, 409);
            JsonNode order = json.readTree(get(b, "/api/order/id/" + id, token));
            assertThat(order.toString()).contains("\"status\":\"Paid\"");
            long paid = 0;
            long left = 0;
            for (TariAddress payer : List.of(p, q)) {
                JsonNode balance = json.readTree(get(a, "/api/balance/" + payer.toBase58(), token));
                paid += balance.get("total_paid").asLong();
                left += balance.get("current_balance").asLong();
            }
            assertThat(paid).as("order " + id + " paid once").isEqualTo(PRICE);
            assertThat(left).as("the rest of both shoppers' credit").isEqualTo(4_000_000 - PRICE);
        }

        // A checkout page's WebSocket on A sees the order paid through B.
        String watched = "8300009";
        raced.add(watched);
        shopify.hasOrder(watched);
        webhook(a, watched, 9_600);
        StringBuffer frames = new StringBuffer();
        okhttp3.WebSocket socket = http.newWebSocket(new Request.Builder().url("ws://127.0.0.1:" + a.port + "/ws").build(),
                new okhttp3.WebSocketListener() {
                    @Override
                    public void onMessage(okhttp3.WebSocket ws, String text) {
                        frames.append(text).append('\n');
                    }
                });
        socket.send("{\"type\":\"identify\",\"order_id\":\"" + watched + "\"}");
        assertThat(Shipped.eventually(Duration.ofSeconds(10), () -> frames.indexOf("\"identified\"") >= 0)).as(frames.toString()).isTrue();
        NewPayment watchedPayment = new NewPayment(TariAddress.single(Network.MAINNET, 3, SecretKey.random().publicKey()),
                MicroTari.of(PRICE), "tx-" + watched, null, watched);
        assertThat(walletCall(b, new PaymentNotification(watchedPayment,
                WalletSignature.create(hot.hot(), nonce.incrementAndGet(), watchedPayment, hot.key())).toJson())).isEqualTo(200);
        TransactionConfirmation watchedConfirmation = new TransactionConfirmation("tx-" + watched);
        deliver(b, b, "/wallet/tx_confirmation", () -> new ConfirmationNotification(watchedConfirmation,
                WalletSignature.create(hot.hot(), nonce.incrementAndGet(), watchedConfirmation, hot.key())).toJson(), Map.of());
        assertThat(Shipped.eventually(Duration.ofSeconds(10), () -> frames.indexOf("\"status\":\"Paid\"") >= 0))
                .as("A's socket saw the payment taken by B: " + frames).isTrue();
        socket.close(1000, "done");

        // The same signed login sent to both instances at once: one access token, one refusal.
        Shipped.Run signed = a.shipped.taritools("token", "-s", adminKey.toHex(), "-r", "read_all");
        List<String> lines = signed.output().lines().toList();
        String loginToken = lines.get(lines.indexOf("token:") + 1).trim();
        Future<Integer> l1 = Executors.newSingleThreadExecutor().submit(() -> status(post(a, "/auth", "", Map.of("tpg_auth_token", loginToken))));
        Future<Integer> l2 = Executors.newSingleThreadExecutor().submit(() -> status(post(b, "/auth", "", Map.of("tpg_auth_token", loginToken))));
        assertThat(List.of(l1.get(), l2.get())).as("a login nonce is used once across instances").containsExactlyInAnyOrder(200, 401);

        // Shopify: each paid order marked paid once, each unclaimed order cancelled once, never a repeat.
        List<String> expected = new ArrayList<>();
        for (Wallet wallet : wallets) {
            for (int n = 0; n < ORDERS_EACH; n++) {
                expected.add((8_200_000 + wallet.customer() * 10 + n) + " paid");
            }
        }
        expiring.forEach(id -> expected.add(id + " cancelled"));
        raced.forEach(id -> expected.add(id + " paid"));
        assertThat(Shipped.eventually(Duration.ofSeconds(90), () -> shopify.applied.size() >= expected.size()
                && json.readTree(get(a, "/api/callbacks", token)).isEmpty()))
                .as("every callback delivered; applied so far: " + shopify.applied).isTrue();
        Thread.sleep(2_000); // a duplicate would come now, after the last one
        assertThat(shopify.applied).as("each effect on Shopify exactly once").containsExactlyInAnyOrderElementsOf(expected);
        assertThat(shopify.repeats).as("no call repeated an effect already in place").isEmpty();
        assertThat(shopify.violations).isEmpty();

        // The client on A saw orders paid by confirmations sent to B (before B was killed), and the expiries.
        for (Wallet wallet : wallets) {
            String firstOrder = Long.toString(8_200_000 + wallet.customer() * 10);
            assertThat(Shipped.eventually(Duration.ofSeconds(10), () -> live.indexOf("\"order_id\":\"" + firstOrder + "\"") >= 0))
                    .as("A's live client saw order " + firstOrder).isTrue();
        }
        assertThat(live.toString()).contains("event: OrderPaid").contains("event: OrderAnnulled");
        long paidEvents = live.toString().lines().filter(l -> l.equals("event: OrderPaid")).count();
        assertThat(paidEvents).as("one OrderPaid per order on A's feed, whichever instance paid it").isEqualTo(WALLETS * ORDERS_EACH + raced.size());
        listening.set(false);
    }

    private void readSse(String url, String token, StringBuffer into, AtomicBoolean listening) {
        OkHttpClient streaming = http.newBuilder().readTimeout(Duration.ZERO).build();
        try (Response r = streaming.newCall(new Request.Builder().url(url).header("tpg_access_token", token)
                .header("Accept", "text/event-stream").build()).execute(); InputStream in = r.body().byteStream()) {
            byte[] buffer = new byte[8192];
            for (int n; listening.get() && (n = in.read(buffer)) > 0; ) {
                into.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            into.append("\n[stream ended: ").append(e).append("]\n");
        }
    }

    private String login(Instance to, SecretKey key) throws Exception {
        Shipped.Run login = to.shipped.taritools("token", "-s", key.toHex(), "-r", "super_admin", "-r", "read_all");
        assertThat(login.exit()).as(login.output()).isZero();
        List<String> lines = login.output().lines().toList();
        try (Response r = post(to, "/auth", "", Map.of("tpg_auth_token", lines.get(lines.indexOf("token:") + 1).trim()))) {
            String body = r.body().string();
            assertThat(r.code()).as(body).isEqualTo(200);
            return body.trim();
        }
    }

    private void webhook(Instance to, String id, long customer) throws Exception {
        try (Response r = post(to, "/shopify/webhook/checkout_create", webhookBody(id, customer), webhookHeaders(id, customer))) {
            assertThat(r.code()).as(r.body().string()).isEqualTo(200);
        }
    }

    private static final Map<String, String> ORDER_BODIES = new java.util.concurrent.ConcurrentHashMap<>();

    /** The same bytes each time for one order, so a redelivery to the other instance is the same webhook. */
    private static String webhookBody(String id, long customer) {
        return ORDER_BODIES.computeIfAbsent(id, k -> "{\"id\":" + id + ",\"name\":\"#" + id + "\",\"created_at\":\"" + Instant.now()
                + "\",\"currency\":\"XTR\",\"total_price\":\"1.50\",\"customer\":{\"id\":" + customer + "},\"note\":null}");
    }

    private static Map<String, String> webhookHeaders(String id, long customer) throws Exception {
        String order = webhookBody(id, customer);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(TestSecrets.SHOPIFY_HMAC_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String hmac = Base64.getEncoder().encodeToString(mac.doFinal(order.getBytes(StandardCharsets.UTF_8)));
        return Map.of("X-Shopify-Hmac-Sha256", hmac, "X-Shopify-Topic", "orders/create", "X-Shopify-Webhook-Id", "several-" + id);
    }

    private int webhookStatus(Instance to, String id, long customer) throws Exception {
        try (Response r = post(to, "/shopify/webhook/checkout_create", webhookBody(id, customer), webhookHeaders(id, customer))) {
            return r.code();
        }
    }

    private static int i2(String id) {
        return Integer.parseInt(id.substring(id.length() - 1));
    }

    private static int status(Response r) {
        try (r) {
            return r.code();
        }
    }

    /** The answer's status, or 0 when the instance is gone (connection refused or cut). */
    private int walletCall(Instance to, String body) {
        try (Response r = post(to, "/wallet/incoming_payment", body, Map.of())) {
            return r.code();
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * Sends to {@code preferred}; when it is gone, to {@code fallback} instead (a body signed anew: the first may have
     * been stored). A redelivery that the store already holds may be refused; the final checks count what happened.
     */
    private void deliver(Instance preferred, Instance fallback, String path, java.util.concurrent.Callable<String> body,
                         Map<String, String> headers) throws Exception {
        try (Response r = post(preferred, path, body.call(), headers)) {
            assertThat(r.code()).as(path + " on " + preferred.base + ": " + r.body().string()).isEqualTo(200);
            return;
        } catch (IOException gone) {
            assertThat(Shipped.eventually(Duration.ofSeconds(5), () -> !preferred.alive()))
                    .as(path + " failed on a live instance: " + gone).isTrue();
        }
        try (Response r = post(fallback, path, body.call(), headers)) {
            assertThat(r.code()).as(path + " on " + fallback.base + " after the other died").isIn(200, 400, 401);
        }
    }

    private Response post(Instance to, String path, String body, Map<String, String> headers) throws IOException {
        Request.Builder b = new Request.Builder().url(to.base + path).post(RequestBody.create(body, JSON));
        headers.forEach(b::header);
        return http.newCall(b.build()).execute();
    }

    private String get(Instance from, String path, String token) throws IOException {
        // Reads may go again over a fresh connection when a pooled one was closed by the server meanwhile.
        try (Response r = reads.newCall(new Request.Builder().url(from.base + path).header("tpg_access_token", token).build()).execute()) {
            String body = r.body().string();
            assertThat(r.code()).as(path + ": " + body).isEqualTo(200);
            return body;
        }
    }

    private static boolean healthy(String base) {
        try (Response r = new OkHttpClient().newCall(new Request.Builder().url(base + "/health").build()).execute()) {
            return r.code() == 200;
        } catch (IOException e) {
            return false;
        }
    }

}
