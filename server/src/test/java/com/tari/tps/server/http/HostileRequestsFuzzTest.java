package com.tari.tps.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.tari.tps.common.amount.MicroTari;
import com.tari.tps.common.jwt.LoginToken;
import com.tari.tps.common.jwt.Role;
import com.tari.tps.common.signatures.NewPayment;
import com.tari.tps.common.testing.TestSecrets;
import com.tari.tps.server.App;
import com.tari.tps.server.engine.EngineFixture.Wallet;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ten thousand seeded hostile requests over every route the server registered (taken from its router, so a new route
 * is fuzzed without anyone adding it here), sent with a super-admin token so they reach the handlers: values of the
 * wrong type, missing required fields, trailing bytes, broken UTF-8, other charsets, huge and out-of-range numbers,
 * ids with spaces and control characters in paths, bad query values, forged tokens and raw malformed HTTP. Every one
 * must be refused with a 4xx (never a 2xx, never a 5xx), and the whole store, every row of every table, must be the
 * same afterwards. The seed is printed; {@code -Dtps.fuzz.seed=N} replays a run and {@code -Dtps.fuzz.seed=random}
 * tries a new one (the default seed is fixed, so the suite is repeatable).
 *
 * <p>Shopify webhook bodies are only broken in their syntax (and signed, so they reach the parser): their binding is
 * deliberately lenient about the shape of Shopify's fields. The live feeds (SSE, WebSocket) are not request/answer
 * routes and have tests of their own.
 */
class HostileRequestsFuzzTest {
    private static final int REQUESTS = 10_000;
    private static final String HMAC_SECRET = TestSecrets.SHOPIFY_HMAC_SECRET;
    private static final String ALICE = "14wqR3rjyVbjgXDyLVaL97p3CksHc84cz9hLLMMTMYDjtBt";
    private static final Set<String> NOT_FUZZED = Set.of("GET /api/events");
    /** HTTP/9.9: Jetty's answer is 505 Version Not Supported, the status the HTTP standard gives for it. */
    private static final String UNKNOWN_VERSION = "raw malformed HTTP #1 ";

    @TempDir
    Path dir;

    @Test
    void hostileRequestsAreAllRefusedAndChangeNothing() throws Exception {
        // A fixed seed by default, so CI is repeatable; -Dtps.fuzz.seed=random explores new ground.
        String given = System.getProperty("tps.fuzz.seed", "20261207");
        long seed = given.equals("random") ? System.nanoTime() : Long.parseLong(given);
        System.out.println("HostileRequestsFuzzTest seed " + seed + " (replay with -Dtps.fuzz.seed=" + seed + ")");
        Random random = new Random(seed);
        try (ApiServer server = new ApiServer(dir, Map.of("TPG_SHOPIFY_HMAC_SECRET", HMAC_SECRET))) {
            Wallet admin = Wallet.random();
            Wallet hotWallet = Wallet.random();
            String token = seedStore(server, admin, hotWallet);
            List<App.Route> routes = server.routes().stream()
                    .filter(r -> !NOT_FUZZED.contains(r.method() + " " + r.path())).toList();
            assertThat(routes).hasSizeGreaterThan(40);
            Map<String, List<Map<String, Object>>> before = StoreDump.of(server.engine.database);

            OkHttpClient http = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(20)).retryOnConnectionFailure(false).build();
            Hostile hostile = new Hostile(random, token, admin);
            List<String> failures = new ArrayList<>();
            Map<String, Integer> perRoute = new TreeMap<>();
            for (int i = 0; i < REQUESTS && failures.size() < 20; i++) {
                App.Route route = routes.get(random.nextInt(routes.size()));
                perRoute.merge(route.method() + " " + route.path(), 1, Integer::sum);
                Attack attack = random.nextInt(50) == 0 ? hostile.raw(route) : hostile.request(route);
                int status = attack.raw() != null ? sendRaw(server.port(), attack.raw()) : send(http, server, attack);
                if (status < 400 || (status >= 500 && !(status == 505 && attack.description().startsWith(UNKNOWN_VERSION)))) {
                    failures.add(status + " for " + attack.description());
                }
            }
            assertThat(failures).as("seed " + seed + "; requests per route " + perRoute).isEmpty();
            assertThat(perRoute.keySet()).as("every route was tried").hasSize(routes.size());
            assertThat(StoreDump.of(server.engine.database)).as("seed " + seed + ": the store is unchanged").isEqualTo(before);
        }
    }

    /** Orders in each state, a payment, a rate, a wallet, a payment link: something for every route to find. */
    private static String seedStore(ApiServer server, Wallet admin, Wallet hotWallet) throws Exception {
        var engine = server.engine.engine;
        engine.access().updateRoles(admin.address(), List.of(Role.SUPER_ADMIN), List.of());
        engine.wallets().register(hotWallet.address(), "127.0.0.1", 0);
        engine.rates().set("USD", MicroTari.of(1_000_000));
        Wallet shopper = Wallet.random();
        server.engine.order("o-1", "alice", 1_000);
        server.engine.order("o-2", "bob", 2_000);
        engine.claims().claim(shopper.claim("o-2"));
        engine.payments().received(new NewPayment(shopper.address(), MicroTari.of(2_000), "tx-seed", null, null));
        engine.payments().confirm("tx-seed");
        server.engine.order("o-3", "carol", 3_000);
        engine.orders().cancel("o-3", "seed");
        String login = new LoginToken(admin.address(), 1, List.of(Role.SUPER_ADMIN)).sign(admin.key());
        try (Response r = server.post("/auth", null, Map.of("tpg_auth_token", login))) {
            assertThat(r.code()).isEqualTo(200);
            String token = r.body().string();
            try (Response form = server.post("/api/payment_forms", "{\"amount\":1000,\"title\":\"seed\"}", Map.of("tpg_access_token", token))) {
                assertThat(form.code()).isEqualTo(201);
            }
            return token;
        }
    }

    private static int send(OkHttpClient http, ApiServer server, Attack attack) {
        HttpUrl.Builder url = HttpUrl.get(server.url("/")).newBuilder();
        for (String segment : attack.pathSegments()) {
            url.addPathSegment(segment);
        }
        attack.query().forEach(url::addQueryParameter);
        RequestBody body = attack.body() == null ? null
                : RequestBody.create(attack.body(), attack.contentType() == null ? null : MediaType.parse(attack.contentType()));
        if (body == null && Set.of("POST", "PATCH", "PUT").contains(attack.method())) {
            body = RequestBody.create(new byte[0], null);
        }
        Request.Builder request = new Request.Builder().url(url.build()).method(attack.method(), body);
        attack.headers().forEach(request::header);
        try (Response response = http.newCall(request.build()).execute()) {
            response.body().bytes();
            return response.code();
        } catch (Exception e) {
            throw new AssertionError("no answer to " + attack.description(), e);
        }
    }

    /** Sends bytes as they are and reads the status line; a closed connection without an answer counts as refused. */
    private static int sendRaw(int port, byte[] request) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            if (answer.isEmpty()) {
                return 400;
            }
            return Integer.parseInt(answer.substring(9, 12));
        } catch (Exception e) {
            throw new AssertionError("raw request failed: " + new String(request, StandardCharsets.ISO_8859_1), e);
        }
    }

    /** One hostile request: either built from parts, or raw bytes. */
    record Attack(String description, String method, List<String> pathSegments, Map<String, String> query,
                  Map<String, String> headers, byte[] body, String contentType, byte[] raw) {}

    /** Makes hostile requests for a route; each one carries at least one real defect, so none may be accepted. */
    static final class Hostile {
        private static final String[] BAD_IDS = {"1; DELETE FROM payments", "a b", "\n", "\t1", "x".repeat(129), " ", "o-1\u0000",
            "line\nbreak", "\u00a0nbsp", "o-1 "};
        private static final String[] BAD_ADDRESSES = {"not-an-address", ALICE.substring(0, 40), ALICE + "x", "00", "🐢🐢🐢",
            "1; DELETE FROM payments", "x".repeat(300), "14wqR3rjyVbjgXDyLVaL97p3CksHc84cz9hLLMMTMYDjtBX"};
        private static final String[] BAD_CURRENCIES = {"usd", "US", "USDX", "\uffff\ufffe", "U5D", "1; DROP", "€€€"};
        private static final String[] BAD_NUMBERS = {"\"100\"", "100.0", "1e6", "18446744073709551616", "-9223372036854775809",
            "true", "[]", "{}", "\"\"", "1e400", "-1e309", "NaN", "0x10"};
        private static final String[] BAD_STRINGS = {"5", "-0", "-1e309", "0", "true", "false", "[]", "{}",
            "123456789012345678901234567890", "[\"a\"]", "1.5"};

        private final Random random;
        private final String token;
        private final Wallet admin;

        Hostile(Random random, String token, Wallet admin) {
            this.random = random;
            this.token = token;
            this.admin = admin;
        }

        Attack request(App.Route route) {
            Template template = Template.of(route);
            boolean hasParams = route.path().contains("{");
            int choice = random.nextInt(10);
            if (route.path().equals("/auth")) {
                return badLogin(route);
            }
            if (hasParams && (template == null || choice < 4)) {
                return withBadPathParam(route, template);
            }
            if (template == null) {
                return withBadQueryOrToken(route);
            }
            return withBadBody(route, template);
        }

        /** A path parameter that breaks its rule; the body, if any, stays well-formed. */
        private Attack withBadPathParam(App.Route route, Template template) {
            List<String> segments = new ArrayList<>();
            String broken = null;
            for (String part : route.path().substring(1).split("/")) {
                if (part.startsWith("{")) {
                    String name = part.substring(1, part.length() - 1);
                    String value = switch (name) {
                        case "address" -> pick(BAD_ADDRESSES);
                        case "currency" -> pick(BAD_CURRENCIES);
                        case "id" -> pick(new String[] {"abc", "1.5", "-1", "99999999999999999999", "1; DELETE", " "});
                        default -> pick(BAD_IDS);
                    };
                    broken = name + "=" + value;
                    segments.add(value);
                } else {
                    segments.add(part);
                }
            }
            byte[] body = template == null ? null : template.valid().getBytes(StandardCharsets.UTF_8);
            return new Attack(route.method() + " " + route.path() + " with " + broken, route.method(), segments, Map.of(),
                    auth(route), body, body == null ? null : "application/json", null);
        }

        /** Routes without a body: a bad query value where the route reads one, else a forged or missing token. */
        private Attack withBadQueryOrToken(App.Route route) {
            List<String> segments = List.of(route.path().substring(1).split("/"));
            Map<String, String> query = new LinkedHashMap<>();
            String what;
            if (route.path().equals("/api/search/orders")) {
                String[][] bad = {{"unknown_field", "1"}, {"order_id", "o-1 "}, {"since", "yesterday"}, {"until", "2024-13-45T00:00:00Z"},
                    {"count", "-1"}, {"offset", "abc"}, {"customer_id", "a b"}, {"since", "2024-01-01T00:00:00"}};
                String[] pair = bad[random.nextInt(bad.length)];
                query.put(pair[0], pair[1]);
                what = "query " + pair[0] + "=" + pair[1];
            } else if (route.path().equals("/api/customer_ids") || route.path().equals("/api/addresses")) {
                String[] param = {"offset", "count"};
                String[] values = {"-1", "abc", "1.5", "1e3", "99999999999999999999", " "};
                String name = param[random.nextInt(2)];
                String value = pick(values);
                query.put(name, value);
                what = "query " + name + "=" + value;
            } else if (route.path().startsWith("/api/")) {
                return forgedToken(route, segments, null);
            } else {
                return raw(route);
            }
            return new Attack(route.method() + " " + route.path() + " with " + what, route.method(), segments, query, auth(route),
                    null, null, null);
        }

        private Attack withBadBody(App.Route route, Template template) {
            List<String> segments = new ArrayList<>();
            for (String part : route.path().substring(1).split("/")) {
                segments.add(part.startsWith("{") ? template.pathValue() : part);
            }
            String valid = template.valid();
            int kind = random.nextInt(template.shopify() ? 5 : 9);
            if ((kind == 5 || kind == 6) && template.required().isEmpty()) {
                kind = 0;
            }
            String what;
            byte[] body;
            String type = "application/json";
            switch (kind) {
                case 0 -> {
                    body = (valid + pick(new String[] {"x", "{}", "]", " 1", ",", "\"", "null"})).getBytes(StandardCharsets.UTF_8);
                    what = "trailing bytes";
                }
                case 1 -> {
                    byte[] bad = pickBytes(new byte[][] {{(byte) 0x80}, {(byte) 0xff}, {(byte) 0xc0, (byte) 0xaf},
                        {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, {(byte) 0xe2, (byte) 0x82}});
                    int at = valid.lastIndexOf('"');
                    byte[] head = valid.substring(0, at).getBytes(StandardCharsets.UTF_8);
                    byte[] tail = valid.substring(at).getBytes(StandardCharsets.UTF_8);
                    body = new byte[head.length + bad.length + tail.length];
                    System.arraycopy(head, 0, body, 0, head.length);
                    System.arraycopy(bad, 0, body, head.length, bad.length);
                    System.arraycopy(tail, 0, body, head.length + bad.length, tail.length);
                    what = "invalid UTF-8";
                }
                case 2 -> {
                    body = valid.getBytes(StandardCharsets.UTF_8);
                    type = "application/json; charset=" + pick(new String[] {"utf-7", "iso-8859-1", "utf-16", "latin1", "x"});
                    what = "charset " + type;
                }
                case 3 -> {
                    body = valid.substring(0, random.nextInt(Math.max(1, valid.length() - 1))).getBytes(StandardCharsets.UTF_8);
                    what = "truncated body";
                }
                case 4 -> {
                    String junk = pick(new String[] {"", "not json", "[[[[[[[[", "{\"a\":", "\u0000", "{" + "\"a\":[".repeat(5000)});
                    body = junk.getBytes(StandardCharsets.UTF_8);
                    what = "junk body " + (junk.length() > 20 ? junk.substring(0, 20) + "…" : junk);
                }
                case 5 -> {
                    String field = pick(template.required().toArray(String[]::new));
                    body = template.without(field).getBytes(StandardCharsets.UTF_8);
                    what = "missing " + field;
                }
                case 6 -> {
                    String field = pick(template.required().toArray(String[]::new));
                    body = template.with(field, "null").getBytes(StandardCharsets.UTF_8);
                    what = field + " null";
                }
                case 7 -> {
                    Map.Entry<String, String> field = pickEntry(template.kinds());
                    String value = field.getValue().equals("array") ? pick(new String[] {"5", "\"read_all\"", "{}", "true", "[5]",
                                "[\"admin\"]", "[null]"})
                            : field.getValue().equals("string") ? pick(BAD_STRINGS)
                            : field.getValue().equals("id") ? pick(new String[] {pick(BAD_STRINGS), jsonString(pick(BAD_IDS))})
                            : field.getValue().equals("currency") ? pick(new String[] {pick(BAD_STRINGS), jsonString(pick(BAD_CURRENCIES))})
                            : pick(BAD_NUMBERS);
                    body = template.with(field.getKey(), value).getBytes(StandardCharsets.UTF_8);
                    what = field.getKey() + " = " + value;
                }
                default -> {
                    Map.Entry<String, String> field = pickEntry(template.kinds());
                    String value = field.getValue().equals("integer") ? pick(BAD_NUMBERS) : "\"" + "x".repeat(70_000) + "\"";
                    body = template.with(field.getKey(), value).getBytes(StandardCharsets.UTF_8);
                    what = field.getKey() + " huge or out of range";
                }
            }
            Map<String, String> headers = new LinkedHashMap<>(auth(route));
            if (template.shopify()) {
                headers.put("X-Shopify-Hmac-Sha256", hmac(body));
                headers.put("X-Shopify-Webhook-Id", "fuzz-" + random.nextLong());
            }
            return new Attack(route.method() + " " + route.path() + " with " + what, route.method(), segments, Map.of(), headers, body,
                    type, null);
        }

        private Attack badLogin(App.Route route) {
            Wallet stranger = Wallet.random();
            String[] tokens = {
                "garbage", "a.b.c", "", "eyJhbGciOiJub25lIn0.eyJhZGRyZXNzIjoiMTQifQ.",
                new LoginToken(stranger.address(), 5, List.of(Role.SUPER_ADMIN)).sign(stranger.key()),
                new LoginToken(stranger.address(), 6, List.of(Role.READ_ALL, Role.WRITE)).sign(stranger.key()),
                new LoginToken(admin.address(), 1, List.of(Role.SUPER_ADMIN)).sign(admin.key()), // replayed nonce
                new LoginToken(admin.address(), 2, List.of(Role.READ_ALL)).sign(admin.key()), // held only through super_admin
                tampered(new LoginToken(stranger.address(), 7, List.of(Role.USER)).sign(stranger.key())),
            };
            int i = random.nextInt(tokens.length);
            return new Attack("POST /auth with login token #" + i, "POST", List.of("auth"), Map.of(),
                    Map.of("tpg_auth_token", tokens[i]), new byte[0], null, null);
        }

        /** The same token with one character of its signature changed. */
        private static String tampered(String jwt) {
            char last = jwt.charAt(jwt.length() - 2);
            return jwt.substring(0, jwt.length() - 2) + (last == 'A' ? 'B' : 'A') + jwt.charAt(jwt.length() - 1);
        }

        private Attack forgedToken(App.Route route, List<String> segments, byte[] body) {
            String[] tokens = {"garbage", token.substring(0, token.length() - 4) + "AAAA", token + "x", "a.b.c"};
            String forged = pick(tokens);
            boolean none = random.nextBoolean();
            return new Attack(route.method() + " " + route.path() + (none ? " without a token" : " with a forged token"),
                    route.method(), segments, Map.of(), none ? Map.of() : Map.of("tpg_access_token", forged), body,
                    body == null ? null : "application/json", null);
        }

        /** Malformed HTTP: a broken chunked body, a bad request line, a bad Content-Length. */
        Attack raw(App.Route route) {
            String path = route.path().replace("{", "").replace("}", "");
            String[] kinds = {
                route.method() + " " + path + " HTTP/1.1\r\nHost: x\r\ntpg_access_token: " + token
                        + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\n{}\r\n0\r\n\r\n",
                route.method() + " " + path + " HTTP/9.9\r\nHost: x\r\nConnection: close\r\n\r\n",
                route.method() + " " + path + " HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\nConnection: close\r\n\r\n{}",
                route.method() + " " + path + " HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 3\r\nConnection: close\r\n\r\n{}",
                route.method() + " " + path + " HTTP/1.1\r\nHost: x\r\nBad Header\r\nConnection: close\r\n\r\n",
                route.method() + " /" + path + "\u0000 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
            };
            // A GET never reads its body, so a broken chunked body only counts against routes that take one.
            int i = route.method().equals("GET") ? 1 + random.nextInt(kinds.length - 1) : random.nextInt(kinds.length);
            return new Attack("raw malformed HTTP #" + i + " on " + route.method() + " " + route.path(), route.method(), List.of(),
                    Map.of(), Map.of(), null, null, kinds[i].getBytes(StandardCharsets.ISO_8859_1));
        }

        private Map<String, String> auth(App.Route route) {
            return route.path().startsWith("/api/") ? Map.of("tpg_access_token", token) : Map.of();
        }

        private String pick(String[] values) {
            return values[random.nextInt(values.length)];
        }

        private byte[] pickBytes(byte[][] values) {
            return values[random.nextInt(values.length)];
        }

        private <K, V> Map.Entry<K, V> pickEntry(Map<K, V> map) {
            List<Map.Entry<K, V>> entries = new ArrayList<>(map.entrySet());
            return entries.get(random.nextInt(entries.size()));
        }

        private static String jsonString(String value) {
            StringBuilder out = new StringBuilder("\"");
            for (char c : value.toCharArray()) {
                if (c == '"' || c == '\\') {
                    out.append('\\').append(c);
                } else if (c < 0x20) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
            return out.append('"').toString();
        }

        private static String hmac(byte[] body) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(HMAC_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                return java.util.Base64.getEncoder().encodeToString(mac.doFinal(body));
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * A valid body of a route, field by field, with each field's kind (id, string, integer, currency) and whether it is
     * required; the fuzzer breaks one field at a time. {@code pathValue} fills the route's path parameter.
     */
    record Template(LinkedHashMap<String, String> fields, Map<String, String> kinds, Set<String> required, String pathValue,
                    boolean array, boolean shopify) {

        String valid() {
            return render(fields);
        }

        String with(String field, String json) {
            LinkedHashMap<String, String> copy = new LinkedHashMap<>(fields);
            copy.put(field, json);
            return render(copy);
        }

        String without(String field) {
            LinkedHashMap<String, String> copy = new LinkedHashMap<>(fields);
            copy.remove(field);
            return render(copy);
        }

        private String render(Map<String, String> values) {
            StringBuilder out = new StringBuilder("{");
            values.forEach((k, v) -> out.append(out.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
            out.append('}');
            return array ? "[" + out + "]" : out.toString();
        }

        static Template of(App.Route route) {
            String key = route.method() + " " + route.path();
            return switch (key) {
                case "POST /api/credit" -> t("customer_id:id:\"alice\"", "amount:integer:5", "reason:string:\"r\"");
                case "POST /api/fulfill", "POST /api/cancel" -> t("order_id:id:\"o-1\"", "reason:string:\"r\"");
                case "PATCH /api/order_memo" -> t("order_id:id:\"o-1\"", "new_memo:string:\"m\"", "reason?:string:\"r\"");
                case "PATCH /api/order_price" -> t("order_id:id:\"o-1\"", "new_price:integer:5", "reason?:string:\"r\"");
                case "PATCH /api/reassign_order" -> t("order_id:id:\"o-1\"", "new_customer_id:id:\"bob\"", "reason:string:\"r\"");
                case "POST /api/exchange_rate" -> t("currency:currency:\"USD\"", "rate:integer:2000000");
                case "POST /api/wallets" -> t("address:string:\"" + ALICE + "\"", "ip_address:string:\"127.0.0.2\"",
                        "initial_nonce?:integer:0");
                case "POST /api/roles" -> new Template(parse("address:string:\"" + ALICE + "\"", "apply?:array:[\"read_all\"]"),
                        kinds("address:string:", "apply?:array:"), Set.of("address"), "", true, false);
                case "POST /api/payment_forms" -> t("amount?:integer:1000", "title?:string:\"t\"");
                case "POST /order/claim" -> t("address:string:\"" + ALICE + "\"", "order_id:id:\"o-1\"",
                        "signature:string:\"" + "00".repeat(64) + "\"");
                case "POST /wallet/incoming_payment" -> t("payment:object:{\"sender\":\"" + ALICE + "\",\"amount\":5,\"txid\":\"t\"}",
                        "auth:object:{}");
                case "POST /wallet/tx_confirmation" -> t("confirmation:object:{\"txid\":\"t\"}", "auth:object:{}");
                default -> route.path().startsWith("/shopify/webhook/")
                        ? new Template(parse("id:integer:777", "total_price:string:\"1.00\"", "currency:currency:\"USD\""),
                        kinds("id:integer:"), Set.of("id"), "", false, true)
                        : null;
            };
        }

        private static Template t(String... specs) {
            Set<String> required = new java.util.LinkedHashSet<>();
            for (String spec : specs) {
                String name = spec.substring(0, spec.indexOf(':'));
                if (!name.endsWith("?")) {
                    required.add(name);
                }
            }
            Map<String, String> kinds = kinds(specs);
            kinds.values().removeIf(k -> k.equals("object") || k.equals("array"));
            return new Template(parse(specs), kinds.isEmpty() ? kinds(specs) : kinds, required, "o-1", false, false);
        }

        private static LinkedHashMap<String, String> parse(String... specs) {
            LinkedHashMap<String, String> fields = new LinkedHashMap<>();
            for (String spec : specs) {
                String[] parts = spec.split(":", 3);
                fields.put(parts[0].replace("?", ""), parts[2]);
            }
            return fields;
        }

        private static Map<String, String> kinds(String... specs) {
            Map<String, String> kinds = new LinkedHashMap<>();
            for (String spec : specs) {
                String[] parts = spec.split(":", 3);
                kinds.put(parts[0].replace("?", ""), parts[1]);
            }
            return kinds;
        }
    }
}
