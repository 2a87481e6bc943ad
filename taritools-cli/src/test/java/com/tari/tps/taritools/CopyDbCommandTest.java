package com.tari.tps.taritools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tari.tps.common.amount.MicroTari;
import com.tari.tps.common.jwt.LoginToken;
import com.tari.tps.common.jwt.Role;
import com.tari.tps.common.keys.SecretKey;
import com.tari.tps.common.signatures.ConfirmationNotification;
import com.tari.tps.common.signatures.NewPayment;
import com.tari.tps.common.signatures.PaymentNotification;
import com.tari.tps.common.signatures.TransactionConfirmation;
import com.tari.tps.common.signatures.WalletSignature;
import com.tari.tps.server.db.Database;
import com.tari.tps.server.db.StoreUrl;
import com.tari.tps.server.db.TestPostgres;
import com.tari.tps.server.engine.Engine;
import com.tari.tps.server.config.EngineSettings;
import com.tari.tps.server.engine.EngineFixture.Wallet;
import com.tari.tps.server.events.EventBus;
import com.tari.tps.server.http.ApiServer;
import com.tari.tps.server.orders.NewOrder;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code setup copy-db}: a shop's SQLite store, filled through the running server (orders, claims, wallet payments,
 * credit notes, Shopify webhooks and callbacks, payment links, roles, rates), copied to PostgreSQL row for row; a
 * server on the copy answers as the original did and gives new rows ids of their own.
 */
class CopyDbCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HMAC_SECRET = "my_secret";
    private static final String SHOPIFY_ORDER = "5796499259604";
    private static final String SHOPIFY_CUSTOMER = "7390049927380";

    @TempDir
    Path dir;

    private final Wallet admin = Wallet.random();
    private final Wallet hotWallet = Wallet.random();
    private final Wallet shopper = Wallet.random();
    private final AtomicLong walletNonce = new AtomicLong(1);

    @Test
    void anSqliteStoreCopiedToPostgresAnswersTheSameAndGivesNewRowsFreshIds() throws Exception {
        Path file = dir.resolve("shop/data/tari_store.db");
        String sqlite = "sqlite://" + file;
        String postgres = TestPostgres.shared().newEmptyDatabase();
        Map<String, String> before;
        try (ApiServer shop = new ApiServer(dir.resolve("shop"), shopSettings(sqlite))) {
            fill(shop, login(shop, 1));
            before = answers(shop, login(shop, 2));
        }

        Tool.Run copy = Tool.run(Map.of(), "setup", "copy-db", "--from", sqlite, "--to", postgres);
        assertThat(copy.exit()).as(copy.out() + copy.err()).isZero();
        assertThat(copy.out()).contains("From: " + file).contains("To:   " + StoreUrl.parse(postgres).display())
                .containsPattern("orders +4\n").containsPattern("shopify_transactions +1\n").doesNotContain(TestPostgres.PASSWORD);

        try (Connection from = DriverManager.getConnection("jdbc:sqlite:" + file); Connection to = TestPostgres.shared().connect(dbName(postgres))) {
            Map<String, List<List<Object>>> source = rows(from);
            // The shared event log fills on PostgreSQL only (several instances); an SQLite store leaves it empty.
            assertThat(source.entrySet()).filteredOn(t -> t.getValue().isEmpty() && !t.getKey().equals("event_log"))
                    .as("tables the shop left empty").isEmpty();
            assertThat(rows(to, source.keySet())).isEqualTo(source);
            assertThat(tablesOf(to)).isEqualTo(source.keySet());
            try (ResultSet flags = to.createStatement().executeQuery("SELECT test, captured FROM shopify_transactions")) {
                assertThat(flags.next()).isTrue();
                assertThat(flags.getObject(1)).isEqualTo(true);
                assertThat(flags.getObject(2)).isEqualTo(false);
            }
        }

        try (ApiServer copied = new ApiServer(dir.resolve("copy"), postgresSettings(postgres))) {
            assertThat(loginStatus(copied, 2)).as("the used login nonce was copied too").isNotEqualTo(200);
            assertThat(answers(copied, login(copied, 3))).isEqualTo(before);

            long lastOrderId = maxId(postgres, "orders");
            long lastSettlementId = maxId(postgres, "settlements");
            copied.engine.order("after-the-copy", "carol", 1_000_000);
            copied.engine.engine.payments().creditNote("carol", MicroTari.of(1_000_000), "welcome");
            assertThat(maxId(postgres, "orders")).isEqualTo(lastOrderId + 1);
            assertThat(maxId(postgres, "settlements")).isEqualTo(lastSettlementId + 1);
            assertThat(copied.engine.reload("after-the-copy").status().name()).isEqualTo("Paid");
        }
    }

    @Test
    void aTargetThatAlreadyHoldsRowsIsRefusedAndLeftAsItWas() throws Exception {
        String sqlite = "sqlite://" + dir.resolve("shop/data/tari_store.db");
        try (Database store = Database.open(sqlite); EventBus events = new EventBus()) {
            Engine engine = Engine.create(store, Clock.systemUTC(), EngineSettings.defaults(), events);
            engine.orders().newOrder(NewOrder.of("order-1", "alice", MicroTari.of(5), Instant.now()));
        }
        String postgres = TestPostgres.shared().newDatabase();
        try (Database store = Database.open(postgres); EventBus events = new EventBus()) {
            Engine.create(store, Clock.systemUTC(), EngineSettings.defaults(), events).access()
                    .updateRoles(admin.address(), List.of(Role.SUPER_ADMIN), List.of());
        }
        Map<String, List<List<Object>>> targetBefore;
        try (Connection to = TestPostgres.shared().connect(dbName(postgres))) {
            targetBefore = rows(to, tablesOf(to));
        }

        Tool.Run copy = Tool.run(Map.of(), "setup", "copy-db", "--from", sqlite, "--to", postgres);

        assertThat(copy.exit()).isEqualTo(2);
        assertThat(copy.err()).contains("already holds rows (role_assignments: 1)").contains("nothing was changed")
                .doesNotContain(TestPostgres.PASSWORD);
        try (Connection to = TestPostgres.shared().connect(dbName(postgres))) {
            assertThat(rows(to, tablesOf(to))).isEqualTo(targetBefore);
        }
    }

    @Test
    void aMissingSourceIsNotCreatedEmptyAndCopied() {
        Path missing = dir.resolve("nowhere/tari_store.db");
        Tool.Run copy = Tool.run(Map.of(), "setup", "copy-db", "--from", "sqlite://" + missing, "--to", TestPostgres.shared().newEmptyDatabase());
        assertThat(copy.exit()).isEqualTo(2);
        assertThat(copy.err()).contains("No database at " + missing);
        assertThat(missing.getParent()).doesNotExist();
    }

    // ---- the shop: everything a store holds, made through the server ----

    private static Map<String, String> shopSettings(String url) {
        // A Shopify Admin API that is never called (the callback worker waits a day), so paid Shopify orders queue callbacks.
        return Map.of("TPG_DATABASE_URL", url, "TPG_SHOPIFY_HMAC_SECRET", HMAC_SECRET, "TPG_SHOPIFY_SHOP", "http://127.0.0.1:9",
                "TPG_SHOPIFY_ADMIN_ACCESS_TOKEN", "never-used", "TPG_CALLBACK_INTERVAL", "1d", "TPG_EXPIRY_INTERVAL", "1d");
    }

    private static Map<String, String> postgresSettings(String url) {
        SecretKey key = SecretKey.random();
        return Map.of("TPG_DATABASE_URL", url, "TPG_JWT_SIGNING_KEY", key.toHex(), "TPG_JWT_VERIFICATION_KEY", key.publicKey().toHex(),
                "TPG_SHOPIFY_HMAC_SECRET", HMAC_SECRET, "TPG_EXPIRY_INTERVAL", "1d");
    }

    private void fill(ApiServer shop, String adminToken) throws Exception {
        Engine engine = shop.engine.engine;
        engine.wallets().register(hotWallet.address(), "127.0.0.1", 0);
        // Through the engine: the HTTP route would also reprice the (absent) Shopify products.
        engine.rates().set("USD", MicroTari.of(30_000_000));

        byte[] checkout = fixture("checkout_create.json");
        byte[] inEuros = new String(checkout, StandardCharsets.UTF_8).replace(SHOPIFY_ORDER, "5796499259605").replace("\"USD\"", "\"EUR\"")
                .replace("#1140", "#1141").getBytes(StandardCharsets.UTF_8);
        shopify(shop, "/shopify/webhook/checkout_create", inEuros, "delivery-eur");
        shopify(shop, "/shopify/webhook/checkout_create", checkout, "delivery-usd");
        shopify(shop, "/shopify/webhook/transaction_create", fixture("order_transactions_create.json"), "delivery-card");
        engine.payments().creditNote(SHOPIFY_CUSTOMER, MicroTari.of(207_000_000), "paid at the till");

        shop.engine.order("order-alice", "alice", 5_000_000);
        shop.engine.order("order-bob", "bob", 7_000_000);
        engine.claims().claim(shopper.claim("order-alice"));
        walletNotice(shop, "/wallet/incoming_payment", new PaymentNotification(new NewPayment(shopper.address(), MicroTari.of(5_000_000),
                "tx-alice", null, null), sign(new NewPayment(shopper.address(), MicroTari.of(5_000_000), "tx-alice", null, null))).toJson());
        TransactionConfirmation confirmed = new TransactionConfirmation("tx-alice");
        walletNotice(shop, "/wallet/tx_confirmation", new ConfirmationNotification(confirmed, sign(confirmed)).toJson());
        NewPayment pending = new NewPayment(Wallet.random().address(), MicroTari.of(1_500_000), "tx-pending", "no order yet", null);
        walletNotice(shop, "/wallet/incoming_payment", new PaymentNotification(pending, sign(pending)).toJson());

        JsonNode form = JSON.readTree(body(shop.post("/api/payment_forms", "{\"amount\":2500000,\"title\":\"Coffee beans\",\"expiry_seconds\":3600}",
                Map.of("tpg_access_token", adminToken)), 201));
        body(shop.post("/pay/" + form.get("form_id").asText(), "{\"description\":\"Desk 4\"}", Map.of()), 201);
    }

    /** What an admin sees of the shop: every balance, history and order, the rates, wallets, links and callbacks. */
    private static Map<String, String> answers(ApiServer server, String token) throws Exception {
        Map<String, String> seen = new TreeMap<>();
        for (String path : List.of("/api/addresses", "/api/customer_ids", "/api/creditors", "/api/wallets", "/api/exchange_rate/USD",
                "/api/search/orders", "/api/payment_forms", "/api/orders_awaiting_rate", "/api/callbacks")) {
            seen.put(path, body(server.get(path, token), 200));
        }
        for (JsonNode address : JSON.readTree(seen.get("/api/addresses"))) {
            String a = address.isTextual() ? address.asText() : address.get("address").asText();
            seen.put("balance " + a, body(server.get("/api/balance/" + a, token), 200));
            seen.put("history " + a, body(server.get("/api/history/address/" + a, token), 200));
        }
        for (JsonNode customer : JSON.readTree(seen.get("/api/customer_ids"))) {
            seen.put("customer " + customer.asText(), body(server.get("/api/history/customer/" + customer.asText(), token), 200));
        }
        return seen;
    }

    private String login(ApiServer server, long nonce) throws Exception {
        server.engine.engine.access().updateRoles(admin.address(), List.of(Role.SUPER_ADMIN, Role.READ_ALL, Role.WRITE), List.of());
        try (Response r = server.post("/auth", null, Map.of("tpg_auth_token", loginToken(nonce)))) {
            assertThat(r.code()).isEqualTo(200);
            return r.body().string();
        }
    }

    private int loginStatus(ApiServer server, long nonce) throws Exception {
        try (Response r = server.post("/auth", null, Map.of("tpg_auth_token", loginToken(nonce)))) {
            return r.code();
        }
    }

    private String loginToken(long nonce) {
        return new LoginToken(admin.address(), nonce, List.of(Role.USER, Role.SUPER_ADMIN, Role.READ_ALL, Role.WRITE)).sign(admin.key());
    }

    private WalletSignature sign(com.tari.tps.common.signatures.WalletPayload payload) {
        return WalletSignature.create(hotWallet.address(), walletNonce.getAndIncrement(), payload, hotWallet.key());
    }

    private static void walletNotice(ApiServer shop, String path, String json) throws Exception {
        body(shop.post(path, json, Map.of()), 200);
    }

    private static void shopify(ApiServer shop, String path, byte[] body, String deliveryId) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(HMAC_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String hmac = Base64.getEncoder().encodeToString(mac.doFinal(body));
        Map<String, String> headers = Map.of("X-Shopify-Hmac-Sha256", hmac, "X-Shopify-Webhook-Id", deliveryId,
                "X-Shopify-Topic", "orders/create", "X-Shopify-Triggered-At", "2024-11-04T11:02:38Z");
        ok(shop.post(path, new String(body, StandardCharsets.UTF_8), headers));
    }

    private static byte[] fixture(String name) throws Exception {
        try (InputStream in = ApiServer.class.getResourceAsStream("/shopify/" + name)) {
            return in.readAllBytes();
        }
    }

    private static void ok(Response response) throws Exception {
        body(response, 200);
    }

    private static String body(Response response, int status) throws Exception {
        try (response) {
            String body = response.body().string();
            assertThat(response.code()).as(body).isEqualTo(status);
            return body;
        }
    }

    // ---- the stores, row by row ----

    /** Every row of every table of an SQLite store (Flyway's history aside), in primary-key order, values normalised. */
    private static Map<String, List<List<Object>>> rows(Connection sqlite) throws Exception {
        TreeSet<String> tables = new TreeSet<>();
        try (ResultSet names = sqlite.createStatement().executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'"
                + " AND name NOT LIKE 'sqlite_%' AND name <> 'flyway_schema_history'")) {
            while (names.next()) {
                tables.add(names.getString(1));
            }
        }
        return rows(sqlite, tables);
    }

    private static Map<String, List<List<Object>>> rows(Connection db, java.util.Set<String> tables) throws Exception {
        Map<String, List<List<Object>>> all = new TreeMap<>();
        for (String table : tables) {
            List<String> key = primaryKey(db, table);
            List<String> columns = columns(db, table);
            List<List<Object>> rows = new ArrayList<>();
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT " + String.join(", ", columns) + " FROM " + table
                    + " ORDER BY " + String.join(", ", key))) {
                ResultSetMetaData meta = r.getMetaData();
                while (r.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.add(normalised(r.getObject(i)));
                    }
                    rows.add(row);
                }
            }
            all.put(table, rows);
        }
        return all;
    }

    /** SQLite's 0/1 and PostgreSQL's booleans, Integer and Long: one form each. */
    private static Object normalised(Object value) {
        if (value instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (value instanceof Number n) {
            return new BigDecimal(n.toString()).longValueExact();
        }
        return value == null ? null : value.toString();
    }

    private static List<String> columns(Connection db, String table) throws Exception {
        Map<String, Boolean> seen = new TreeMap<>(); // sorted names: the same order on both stores
        try (ResultSet c = db.getMetaData().getColumns(null, null, table, "%")) {
            while (c.next()) {
                seen.put(c.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT), true);
            }
        }
        return List.copyOf(seen.keySet());
    }

    private static List<String> primaryKey(Connection db, String table) throws Exception {
        Map<Integer, String> key = new TreeMap<>();
        try (ResultSet k = db.getMetaData().getPrimaryKeys(null, null, table)) {
            while (k.next()) {
                key.put(k.getInt("KEY_SEQ"), k.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT));
            }
        }
        assertThat(key).as(table + " has a primary key").isNotEmpty();
        return List.copyOf(key.values());
    }

    private static TreeSet<String> tablesOf(Connection postgres) throws Exception {
        TreeSet<String> tables = new TreeSet<>();
        try (ResultSet names = postgres.createStatement().executeQuery("SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> 'flyway_schema_history'")) {
            while (names.next()) {
                tables.add(names.getString(1));
            }
        }
        return tables;
    }

    private static long maxId(String postgres, String table) throws Exception {
        try (Connection db = TestPostgres.shared().connect(dbName(postgres));
             ResultSet max = db.createStatement().executeQuery("SELECT MAX(id) FROM " + table)) {
            max.next();
            return max.getLong(1);
        }
    }

    private static String dbName(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }
}
