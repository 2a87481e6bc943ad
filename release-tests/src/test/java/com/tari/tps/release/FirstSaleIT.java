package com.tari.tps.release;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tari.tps.common.address.Network;
import com.tari.tps.common.address.TariAddress;
import com.tari.tps.common.keys.SecretKey;
import com.tari.tps.common.testing.TestSecrets;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.net.SocketFactory;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A merchant's first sale with the shipped artifacts, start to end, as INSTALLATION.md tells it: the server started by
 * {@code bin/tari-payment-server} from a fresh directory whose {@code .env} points Shopify at a local fake Admin API,
 * turns HMAC checks and the Shopify IP whitelist on, trusts {@code X-Forwarded-For} from a local reverse proxy and
 * keeps its database at a relative path. Then {@code bin/taritools setup add-user} makes the admin in that same
 * database, an HMAC-signed {@code orders/create} arrives through the proxy, the shopper claims the order with
 * {@code bin/taritools memo}, the hot wallet reports the payment through {@code scripts/tps_notify.sh} with a hostile
 * memo, the order is Paid, and the fake Shopify receives exactly one mark-as-paid.
 */
class FirstSaleIT {
    private static final MediaType JSON = MediaType.get("application/json");
    private static final String HMAC_SECRET = TestSecrets.SHOPIFY_HMAC_SECRET;
    private static final String ORDER_ID = "5801001";
    private static final long RATE = 1_000_000; // µT per USD
    private static final String HOSTILE_MEMO = "{\"note\":\"it's \\\"paid\\\"\"} $(touch PWNED) `touch PWNED2` ; rm -rf ~ \n"
            + "ünïcödé 🎉 '\"' " + "x".repeat(200);

    @TempDir
    Path temp;

    private final ObjectMapper json = new ObjectMapper();
    private final OkHttpClient http = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(30)).build();
    private FakeShopify shopify;
    private Process server;
    private ForwardingProxy proxy;
    private Path shop;
    private Path serverLog;

    @BeforeEach
    void fakeShopify() throws IOException {
        Shipped.assertJarsBuilt();
        shopify = new FakeShopify();
    }

    @AfterEach
    void stop() throws Exception {
        if (proxy != null) {
            proxy.close();
        }
        if (server != null) {
            server.destroy();
            if (!server.waitFor(20, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
        shopify.close();
    }

    @Test
    void aMerchantsFirstSaleWorksWithTheShippedJarsAndScripts() throws Exception {
        SecretKey adminKey = SecretKey.random();
        SecretKey hotWalletKey = SecretKey.fromHex(TestSecrets.HOT_WALLET_SECRET_KEY);
        SecretKey shopperKey = SecretKey.random();
        TariAddress admin = TariAddress.single(Network.MAINNET, TariAddress.FEATURES_DEFAULT, adminKey.publicKey());
        TariAddress hotWallet = TariAddress.single(Network.MAINNET, TariAddress.FEATURES_DEFAULT, hotWalletKey.publicKey());
        TariAddress shopper = TariAddress.single(Network.MAINNET, TariAddress.FEATURES_DEFAULT, shopperKey.publicKey());

        shop = Files.createDirectories(temp.resolve("shop"));
        Path home = Files.createDirectories(temp.resolve("home"));
        int port = Shipped.freePort();
        Files.writeString(shop.resolve(".env"), String.join("\n",
                "# production-like settings for the release stage",
                "TPG_HOST=127.0.0.1",
                "TPG_PORT=" + port,
                "TPG_DATABASE_URL=sqlite://store/tari_store.db",
                "TPG_PAYMENT_WALLET_ADDRESS=" + hotWallet.toBase58(),
                "TPG_SHOPIFY_SHOP=" + shopify.shop(),
                "TPG_SHOPIFY_ADMIN_ACCESS_TOKEN=" + FakeShopify.TOKEN,
                "TPG_SHOPIFY_API_VERSION=" + FakeShopify.VERSION,
                "TPG_SHOPIFY_HMAC_SECRET=" + HMAC_SECRET,
                "TPG_SHOPIFY_HMAC_CHECKS=true",
                "TPG_SHOPIFY_IP_WHITELIST=127.0.0.1",
                "TPG_USE_X_FORWARDED_FOR=true",
                ""));
        Map<String, String> env = new HashMap<>(Map.of("HOME", home.toString(), "TARITOOLS_HOME", home.resolve(".taritools").toString(),
                "TARITOOLS_PATH", Shipped.ROOT.resolve("bin").toString()));
        Shipped shipped = new Shipped(shop, env);

        // The server starts from the fresh directory, Shopify configured from .env.
        serverLog = temp.resolve("server.log");
        server = shipped.start(List.of(Shipped.ROOT.resolve("bin/tari-payment-server").toString()), serverLog);
        String direct = "http://127.0.0.1:" + port;
        assertThat(Shipped.eventually(Duration.ofSeconds(90), () -> !server.isAlive() || healthy(direct)))
                .as("server answers /health").isTrue();
        assertThat(server.isAlive()).as(log()).isTrue();
        Path database = shop.resolve("store/tari_store.db");
        assertThat(log()).contains("Database ready at " + database).doesNotContain("NoClassDefFoundError")
                .doesNotContain("Shopify Admin API calls are disabled");
        assertThat(Files.getPosixFilePermissions(database)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(shop.resolve("store/server_key.json"))).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        proxy = new ForwardingProxy(port);

        // Both tools report the version of this build.
        Shipped.Run version = shipped.taritools("--version");
        assertThat(version.exit()).as(version.output()).isZero();
        JsonNode health = body(http.newCall(new Request.Builder().url(direct + "/health?format=json").build()).execute(), 200);
        assertThat(health.path("version").asText()).isNotBlank().isNotEqualTo("dev");
        assertThat(version.output().trim()).isEqualTo("taritools " + health.path("version").asText());

        // The first admin, in the server's own database, while it runs.
        Shipped.Run addUser = shipped.taritools("setup", "add-user", "-a", admin.toBase58(), "-r", "super_admin");
        assertThat(addUser.exit()).as(addUser.output()).isZero();
        assertThat(addUser.output()).contains("Database: " + database).contains("User added successfully");
        String adminToken = accessToken(shipped, adminKey, "super_admin");

        // Set-up through the API: the hot wallet and the USD rate (which also writes the theme's rate to Shopify).
        assertThat(call("POST", "/api/wallets", adminToken, "{\"address\":\"" + hotWallet.toBase58()
                + "\",\"ip_address\":\"127.0.0.1\",\"initial_nonce\":0}", Map.of()).code()).isEqualTo(200);
        assertThat(call("POST", "/api/exchange_rate", adminToken, "{\"currency\":\"USD\",\"rate\":" + RATE + "}", Map.of()).code())
                .isEqualTo(200);

        // The store sends orders/create, signed; a forged signature and a peer off the whitelist are refused.
        shopify.hasOrder(ORDER_ID);
        String order = "{\"id\":" + ORDER_ID + ",\"name\":\"#1001\",\"created_at\":\"2026-12-07T10:00:00Z\",\"currency\":\"USD\","
                + "\"total_price\":\"12.50\",\"customer\":{\"id\":777},\"note\":null}";
        assertThat(webhook(order, "bm90IHRoZSByaWdodCBobWFj", http).code()).isEqualTo(403);
        OkHttpClient offWhitelist = http.newBuilder().connectionPool(new okhttp3.ConnectionPool())
                .socketFactory(new BoundSocketFactory("127.0.0.3")).build(); // its own pool: never lend that connection out
        try (Response refused = webhook(order, hmac(order), offWhitelist)) {
            assertThat(refused.code()).isEqualTo(403);
            assertThat(refused.body().string()).contains("Request was made from a forbidden peer");
        }
        try (Response created = webhook(order, hmac(order), http)) {
            assertThat(created.code()).isEqualTo(200);
            assertThat(created.body().string()).contains("\"success\":true");
        }

        // The shopper claims it with taritools and learns where to pay and how much.
        Shipped.Run memo = shipped.taritools("memo", "-s", shopperKey.toHex(), "-o", ORDER_ID);
        assertThat(memo.exit()).as(memo.output()).isZero();
        String claim = memo.output().lines().filter(l -> l.startsWith("auth: ")).findFirst().orElseThrow().substring(6);
        JsonNode claimed = body(call("POST", "/order/claim", null, claim, Map.of()), 200);
        assertThat(claimed.path("total_price").asLong()).isEqualTo(12_500_000);
        assertThat(claimed.path("send_to").path("Single").path("public_spend_key").asText()).as(claimed.toString())
                .isEqualTo(hotWallet.spendKey().toHex());

        // The hot wallet's notifier reports the payment, then its confirmation, with a sender-controlled memo.
        Files.createDirectories(home.resolve(".taritools"));
        Files.writeString(home.resolve(".taritools/config.toml"), String.join("\n",
                "[[profiles]]",
                "name = \"TPS Hot Wallet\"",
                "address = \"" + hotWallet.toBase58() + "\"",
                "secret_key_envar = \"TPS_HOT_WALLET_KEY\"",
                "roles = [\"payment_wallet\"]",
                "server = \"" + proxy.url("/") + "\"",
                ""));
        env.put("TPS_HOT_WALLET_KEY", hotWalletKey.toHex());
        Shipped wallet = new Shipped(home, env);
        for (String event : List.of("received", "confirmation")) {
            Shipped.Run notify = wallet.run(notifyArgs(event, "12.500000 T", "tx-release-1", HOSTILE_MEMO, shopper, hotWallet));
            assertThat(notify.exit()).as(notify.output()).isZero();
        }
        String notifyLog = Files.readString(home.resolve(".taritools/tps_notify.log"));
        Shipped.keep(home.resolve(".taritools/tps_notify.log"));
        assertThat(home.resolve("PWNED")).as("memo never run as a command").doesNotExist();
        assertThat(home.resolve("PWNED2")).doesNotExist();
        assertThat(shop.resolve("PWNED")).doesNotExist();

        JsonNode paid = body(call("GET", "/api/order/id/" + ORDER_ID, adminToken, null, Map.of()), 200);
        assertThat(paid.path("status").asText()).as(notifyLog).isEqualTo("Paid");
        JsonNode payments = body(call("GET", "/api/payments/" + shopper.toBase58(), adminToken, null, Map.of()), 200);
        assertThat(payments.path("payments").get(0).path("memo").asText()).as("memo arrives byte-identical").isEqualTo(HOSTILE_MEMO);
        assertThat(payments.path("payments").get(0).path("status").asText()).isEqualTo("confirmed");

        // Shopify hears about it exactly once, with the store's price, token and API version on every call.
        assertThat(Shipped.eventually(Duration.ofSeconds(40), () -> !shopify.markedPaid.isEmpty())).as(log()).isTrue();
        Thread.sleep(12_000); // one more run of the callback worker
        assertThat(shopify.markedPaid).hasSize(1);
        JsonNode tx = shopify.markedPaid.get(0).path("transaction");
        assertThat(tx.path("amount").asText()).isEqualTo("12.50");
        assertThat(tx.path("currency").asText()).isEqualTo("USD");
        assertThat(tx.path("kind").asText()).isEqualTo("capture");
        assertThat(shopify.requests).allSatisfy(r -> {
            assertThat(r.getHeader("X-Shopify-Access-Token")).isEqualTo(FakeShopify.TOKEN);
            assertThat(r.getPath()).startsWith("/admin/api/" + FakeShopify.VERSION + "/");
        });
        assertThat(body(call("GET", "/api/callbacks", adminToken, null, Map.of()), 200)).as("nothing left undelivered").isEmpty();

        // Nothing secret reached the server's log.
        assertThat(log()).doesNotContain(HMAC_SECRET).doesNotContain(FakeShopify.TOKEN).doesNotContain(adminToken)
                .doesNotContain(hotWalletKey.toHex()).doesNotContain(adminKey.toHex());
    }

    private static List<String> notifyArgs(String event, String amount, String txid, String memo, TariAddress from, TariAddress to) {
        List<String> args = new ArrayList<>(List.of("bash", Shipped.ROOT.resolve("scripts/tps_notify.sh").toString()));
        args.addAll(List.of(event, amount, txid, memo, "None", from.toBase58(), to.toBase58(), "Completed",
                "aa".repeat(32), "bb".repeat(32), "cc".repeat(32), event.equals("received") ? "0" : "3", "Inbound"));
        return args;
    }

    /** Logs in as taritools tells an admin to: a signed login token from {@code taritools token}, then POST /auth. */
    private String accessToken(Shipped shipped, SecretKey key, String roles) throws Exception {
        Shipped.Run token = shipped.taritools("token", "-s", key.toHex(), "-r", roles);
        assertThat(token.exit()).as(token.output()).isZero();
        List<String> lines = token.output().lines().toList();
        String login = lines.get(lines.indexOf("token:") + 1).trim();
        try (Response r = http.newCall(new Request.Builder().url(proxy.url("/auth")).header("tpg_auth_token", login)
                .post(RequestBody.create(new byte[0], null)).build()).execute()) {
            String body = r.body().string();
            assertThat(r.code()).as(body).isEqualTo(200);
            return body.trim();
        }
    }

    private Response webhook(String body, String hmac, OkHttpClient client) throws IOException {
        return client.newCall(new Request.Builder().url(proxy.url("/shopify/webhook/checkout_create"))
                .header("X-Shopify-Hmac-Sha256", hmac).header("X-Shopify-Topic", "orders/create")
                .header("X-Shopify-Webhook-Id", "release-" + hmac.hashCode())
                .post(RequestBody.create(body, JSON)).build()).execute();
    }

    private Response call(String method, String path, String accessToken, String body, Map<String, String> headers) throws IOException {
        Request.Builder b = new Request.Builder().url(proxy.url(path))
                .method(method, body == null ? null : RequestBody.create(body, JSON));
        if (accessToken != null) {
            b.header("tpg_access_token", accessToken);
        }
        headers.forEach(b::header);
        return http.newCall(b.build()).execute();
    }

    private JsonNode body(Response response, int status) throws IOException {
        try (response) {
            String text = response.body().string();
            assertThat(response.code()).as(text).isEqualTo(status);
            return json.readTree(text);
        }
    }

    private static String hmac(String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(HMAC_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    private boolean healthy(String base) {
        try (Response r = http.newCall(new Request.Builder().url(base + "/health").build()).execute()) {
            return r.code() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private String log() throws IOException {
        return Files.exists(serverLog) ? Files.readString(serverLog) : "";
    }


    /** Connects from another loopback address, as a peer that is not on the Shopify whitelist would. */
    private static final class BoundSocketFactory extends SocketFactory {
        private final InetAddress local;

        BoundSocketFactory(String local) throws IOException {
            this.local = InetAddress.getByName(local);
        }

        @Override
        public Socket createSocket() throws IOException {
            Socket socket = new Socket();
            socket.bind(new InetSocketAddress(local, 0));
            return socket;
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return connected(new InetSocketAddress(host, port));
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            return connected(new InetSocketAddress(host, port));
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return connected(new InetSocketAddress(host, port));
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
            return connected(new InetSocketAddress(address, port));
        }

        private Socket connected(InetSocketAddress to) throws IOException {
            Socket socket = createSocket();
            socket.connect(to);
            return socket;
        }
    }
}
