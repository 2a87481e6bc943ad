package com.tari.tps.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tari.tps.common.jwt.LoginToken;
import com.tari.tps.common.jwt.Role;
import com.tari.tps.server.engine.EngineFixture.Wallet;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input over a real port: each request is refused with a 4xx and a JSON error, and the store is left exactly as
 * it was (checked through the admin API: customers, creditors, the order's status).
 */
class HostileInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    ApiServer server;
    final OkHttpClient http = new OkHttpClient();
    final Wallet admin = Wallet.random();
    String token;

    @BeforeEach
    void start() throws Exception {
        server = new ApiServer(dir);
        server.engine.engine.access().updateRoles(admin.address(), List.of(Role.SUPER_ADMIN), List.of());
        String login = new LoginToken(admin.address(), 1, List.of(Role.SUPER_ADMIN)).sign(admin.key());
        try (Response r = server.post("/auth", null, Map.of("tpg_auth_token", login))) {
            token = r.body().string();
        }
        server.engine.order("o-1", "alice", 1_000);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"customer_id\":\"bob\",\"amount\":5,\"reason\":\"r\"}x",
        "{\"customer_id\":\"bob\",\"amount\":5,\"reason\":\"r\"}{}",
        "{\"customer_id\":5,\"amount\":5,\"reason\":\"r\"}",
        "{\"customer_id\":-0,\"amount\":5,\"reason\":\"r\"}",
        "{\"customer_id\":-1e309,\"amount\":5,\"reason\":\"r\"}",
        "{\"customer_id\":0,\"amount\":5,\"reason\":\"r\"}",
        "{\"customer_id\":true,\"amount\":5,\"reason\":\"r\"}",
        "{\"customer_id\":\"bob\",\"amount\":5}",
        "{\"customer_id\":\"bob\",\"amount\":5,\"reason\":null}",
        "{\"customer_id\":\"bob\",\"amount\":5,\"reason\":123456789012345678901234567890}",
        "{\"customer_id\":\"bob\",\"amount\":5,\"reason\":[\"r\"]}",
        "{\"customer_id\":\"bob\",\"amount\":0,\"reason\":\"r\"}",
        "{\"customer_id\":\"bob\",\"amount\":-0,\"reason\":\"r\"}",
        "{\"customer_id\":\"bob\",\"amount\":1e6,\"reason\":\"r\"}",
        "{\"customer_id\":\"bob\",\"amount\":100.0,\"reason\":\"r\"}",
        "{\"customer_id\":\"bob\",\"amount\":\"100\",\"reason\":\"r\"}",
        "{\"customer_id\":\"bob\",\"amount\":18446744073709551616,\"reason\":\"r\"}",
        "{\"customer_id\":\"bob\",\"amount\":-9223372036854775809,\"reason\":\"r\"}",
        "{\"customer_id\":\"bob alice\",\"amount\":5,\"reason\":\"r\"}",
        "{\"customer_id\":\"\",\"amount\":5,\"reason\":\"r\"}",
    })
    void aCreditNoteThatIsNotExactlyRightMovesNoMoney(String body) throws Exception {
        try (Response r = post("/api/credit", body.getBytes(StandardCharsets.UTF_8), "application/json")) {
            assertThat(r.code()).as(body).isEqualTo(400);
            assertThat(JSON.readTree(r.body().string()).path("error").asText()).isNotBlank();
        }
        assertNoCreditAnywhere();
    }

    @ParameterizedTest
    @ValueSource(strings = {"80", "ff", "c0af", "eda080", "e282"})
    void invalidUtf8InABodyIsRefusedBeforeParsing(String hex) throws Exception {
        byte[] bad = HexFormat.of().parseHex(hex);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("{\"customer_id\":\"bob\",\"amount\":5,\"reason\":\"r".getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bad);
        body.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
        try (Response r = post("/api/credit", body.toByteArray(), "application/json")) {
            assertThat(r.code()).isEqualTo(400);
            assertThat(JSON.readTree(r.body().string()).path("error").asText()).contains("UTF-8");
        }
        assertNoCreditAnywhere();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/credit", "/wallet/incoming_payment", "/api/wallets", "/api/roles", "/api/exchange_rate"})
    void aCharsetOtherThanUtf8Is415(String path) throws Exception {
        try (Response r = post(path, "{}".getBytes(StandardCharsets.UTF_8), "application/json; charset=utf-7")) {
            assertThat(r.code()).isEqualTo(415);
            assertThat(JSON.readTree(r.body().string()).path("error").asText()).contains("UTF-8");
        }
        try (Response r = send("PATCH", "/api/order_price", "{}".getBytes(StandardCharsets.UTF_8), "application/json; charset=\"ISO-8859-1\"")) {
            assertThat(r.code()).isEqualTo(415);
        }
        try (Response r = post("/api/credit", "{\"customer_id\":\"bob\",\"amount\":5,\"reason\":\"r\"}".getBytes(StandardCharsets.UTF_8),
                "application/json; charset=UTF-8")) {
            assertThat(r.code()).as("UTF-8 named explicitly is fine").isEqualTo(200);
        }
    }

    @Test
    void aClaimWithANumericOrderIdIsRefusedAndTheOrderStaysUnclaimed() throws Exception {
        server.engine.order("42", "alice", 1_000);
        String claim = Wallet.random().claim("42").toJson().replace("\"order_id\":\"42\"", "\"order_id\":42");
        assertThat(claim).contains("\"order_id\":42");
        try (Response r = post("/order/claim", claim.getBytes(StandardCharsets.UTF_8), "application/json")) {
            assertThat(r.code()).isEqualTo(400);
        }
        assertThat(server.engine.reload("42").status().name()).isEqualTo("Unclaimed");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"currency\":\"\\uffff\\ufffe\",\"rate\":1000}",
        "{\"currency\":\"usd\",\"rate\":1000}",
        "{\"currency\":\"USD\",\"rate\":null}",
        "{\"currency\":\"USD\",\"rate\":\"abc\"}",
        "{\"currency\":\"USD\",\"rate\":0}",
        "{\"currency\":\"USD\",\"rate\":-5}",
        "{\"currency\":\"USD\",\"rate\":1.5}",
        "{\"currency\":null,\"rate\":1000}",
    })
    void aBadExchangeRateIs400AndNothingIsStored(String body) throws Exception {
        try (Response r = post("/api/exchange_rate", body.getBytes(StandardCharsets.UTF_8), "application/json")) {
            assertThat(r.code()).as(body).isEqualTo(400);
        }
        assertThat(server.engine.engine.rates().latest("USD")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"order_id\":\"o-1\",\"new_price\":1e6}",
        "{\"order_id\":\"o-1\",\"new_price\":100.0}",
        "{\"order_id\":\"o-1\",\"new_price\":\"100\"}",
        "{\"order_id\":\"o-1\",\"new_price\":99999999999999999999}",
        "{\"order_id\":1,\"new_price\":100}",
    })
    void aPriceThatIsNotA64BitIntegerIsRefused(String body) throws Exception {
        try (Response r = send("PATCH", "/api/order_price", body.getBytes(StandardCharsets.UTF_8), "application/json")) {
            assertThat(r.code()).as(body).isEqualTo(400);
        }
        assertThat(server.engine.reload("o-1").totalPrice().value()).isEqualTo(1_000);
    }

    @Test
    void aMalformedChunkedBodyIs400WithTheUsualJsonError() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/credit HTTP/1.1\r\nHost: localhost\r\ntpg_access_token: " + token + "\r\n"
                    + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                    + "zz\r\n{\"customer_id\":\"bob\"}\r\n0\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 400");
            assertThat(answer).contains("{\"error\":");
        }
        assertNoCreditAnywhere();
    }

    @Test
    void hostilePathIdsAre400AndTouchNothing() throws Exception {
        for (String path : List.of("/api/settle/customer/1;%20DELETE%20FROM%20payments", "/api/settle/customer/a%0Ab",
                "/api/reset_order/o-1%20", "/api/exchange_rate/usd", "/api/history/customer/" + "x".repeat(129))) {
            String method = path.startsWith("/api/settle") ? "POST" : path.startsWith("/api/reset") ? "PATCH" : "GET";
            try (Response r = send(method, path, new byte[0], "application/json")) {
                assertThat(r.code()).as(path).isEqualTo(400);
                assertThat(JSON.readTree(r.body().string()).path("error").asText()).startsWith("Path deserialize error: ");
            }
        }
        assertThat(server.engine.reload("o-1").status().name()).isEqualTo("Unclaimed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"100\"", "100.0", "1e6", "-1", "18446744073709551616"})
    void aWalletsInitialNonceMustBeANonNegative64BitInteger(String nonce) throws Exception {
        String body = "{\"address\":\"" + Wallet.random().address().toBase58() + "\",\"ip_address\":\"127.0.0.1\",\"initial_nonce\":" + nonce + "}";
        try (Response r = post("/api/wallets", body.getBytes(StandardCharsets.UTF_8), "application/json")) {
            assertThat(r.code()).as(body).isEqualTo(400);
        }
        assertThat(server.engine.engine.wallets().list()).isEmpty();
    }

    private void assertNoCreditAnywhere() throws Exception {
        try (Response r = server.get("/api/customer_ids", token)) {
            JsonNode ids = JSON.readTree(r.body().string());
            assertThat(ids.toString()).doesNotContain("bob");
        }
        assertThat(server.engine.engine.payments().paymentsFrom(admin.address())).isEmpty();
    }

    private Response post(String path, byte[] body, String contentType) throws Exception {
        return send("POST", path, body, contentType);
    }

    private Response send(String method, String path, byte[] body, String contentType) throws Exception {
        Request request = new Request.Builder().url(server.url(path)).header("tpg_access_token", token)
                .method(method, method.equals("GET") ? null : RequestBody.create(body, MediaType.get(contentType))).build();
        return http.newCall(request).execute();
    }
}
