package com.tari.tps.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tari.tps.common.jwt.LoginToken;
import com.tari.tps.common.jwt.Role;
import com.tari.tps.common.signatures.MemoSignature;
import com.tari.tps.common.testing.TestSecrets;
import com.tari.tps.server.engine.EngineFixture.Wallet;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The error texts the original server's clients and scripts match on, one row per refusal: request, status, and the
 * exact {@code error} (or, where the original appended a library message, its fixed start). What exactly was refused
 * may go in {@code detail}, never into {@code error}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErrorTextsTest {
    private static final MediaType JSON_TYPE = MediaType.get("application/json");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FORBIDDEN = "Cannot complete this request. The requested order change is forbidden.";
    private static final String NO_OP = "Cannot complete this request. The requested order change would result in a no-op.";

    @TempDir
    static Path dir;
    ApiServer server;
    final OkHttpClient http = new OkHttpClient();
    final Wallet admin = Wallet.random();
    final Wallet shopper = Wallet.random();
    String adminToken;
    String readerToken;
    long nonce = 10;

    @BeforeAll
    void start() throws Exception {
        server = new ApiServer(dir, Map.of("TPG_SHOPIFY_HMAC_SECRET", TestSecrets.SHOPIFY_HMAC_SECRET, "TPG_SHOPIFY_IP_WHITELIST", "10.9.9.9"));
        var engine = server.engine.engine;
        engine.access().updateRoles(admin.address(), List.of(Role.SUPER_ADMIN), List.of());
        server.engine.order("open", "alice", 1_000);
        server.engine.order("paid", "alice", 1_000);
        engine.orders().fulfill("paid", "by card");
        server.engine.order("cancelled", "alice", 1_000);
        engine.orders().cancel("cancelled", "mistake");
        adminToken = login(admin, List.of(Role.SUPER_ADMIN));
        Wallet reader = Wallet.random();
        engine.access().updateRoles(reader.address(), List.of(Role.READ_ALL), List.of());
        readerToken = login(reader, List.of(Role.READ_ALL));
    }

    @AfterAll
    void stop() {
        server.close();
    }

    Stream<Arguments> refusals() {
        String claimUnknown = MemoSignature.create(shopper.address(), "nope", shopper.key()).toJson();
        String forgedClaim = MemoSignature.create(shopper.address(), "open", shopper.key()).toJson()
                .replace("\"order_id\":\"open\"", "\"order_id\":\"paid\"");
        Wallet stranger = Wallet.random();
        return Stream.of(
                row("claim of an unknown order", "POST", "/order/claim", claimUnknown, null,
                        404, "The data was not found. The requested order nope does not exist"),
                row("claim with a signature for another order", "POST", "/order/claim", forgedClaim, null, 401,
                        "Authentication Error. Login token signature is invalid. Cannot claim order because the signature is invalid."),
                row("cancel of an unknown order", "POST", "/api/cancel", "{\"order_id\":\"nope\",\"reason\":\"r\"}", "admin",
                        404, "The data was not found. The requested order nope does not exist"),
                row("price of an unknown order", "PATCH", "/api/order_price", "{\"order_id\":\"nope\",\"new_price\":5}", "admin",
                        404, "The data was not found. The requested order nope does not exist"),
                row("reassign of an unknown order", "PATCH", "/api/reassign_order",
                        "{\"order_id\":\"nope\",\"new_customer_id\":\"bob\",\"reason\":\"r\"}", "admin",
                        404, "The data was not found. The requested order nope does not exist"),
                row("fulfil of an unknown order", "POST", "/api/fulfill", "{\"order_id\":\"nope\",\"reason\":\"r\"}", "admin",
                        404, "The data was not found. The requested order nope does not exist"),
                row("memo of an unknown order", "PATCH", "/api/order_memo", "{\"order_id\":\"nope\",\"new_memo\":\"m\"}", "admin",
                        404, "The data was not found. The requested order nope does not exist"),
                row("reset of an unknown order", "PATCH", "/api/reset_order/nope", "", "admin",
                        404, "The data was not found. The requested order nope does not exist"),
                row("cancel of a paid order", "POST", "/api/cancel", "{\"order_id\":\"paid\",\"reason\":\"r\"}", "admin", 400, FORBIDDEN),
                row("cancel of a cancelled order", "POST", "/api/cancel", "{\"order_id\":\"cancelled\",\"reason\":\"r\"}", "admin",
                        400, FORBIDDEN),
                row("marking a paid order paid again", "POST", "/api/fulfill", "{\"order_id\":\"paid\",\"reason\":\"r\"}", "admin",
                        400, FORBIDDEN),
                row("a negative price", "PATCH", "/api/order_price", "{\"order_id\":\"open\",\"new_price\":-5}", "admin", 400, FORBIDDEN),
                row("reassign to the same customer", "PATCH", "/api/reassign_order",
                        "{\"order_id\":\"open\",\"new_customer_id\":\"alice\",\"reason\":\"r\"}", "admin", 400, NO_OP),
                row("the same price", "PATCH", "/api/order_price", "{\"order_id\":\"open\",\"new_price\":1000}", "admin", 400, NO_OP),
                row("a Shopify webhook from a peer off the whitelist", "POST", "/shopify/webhook/checkout_create", "{}", null,
                        403, "Authentication Error. Request was made from a forbidden peer"),
                row("an exchange rate that was never set", "GET", "/api/exchange_rate/EUR", null, "admin",
                        404, "The data was not found. The requested exchange rate does not exist: EUR"),
                row("an /api route without a token", "GET", "/api/balance", null, null, 401,
                        "An error occurred, no cookie containing a jwt was found in the request. Please first authenticate with this application."),
                row("an /api route with a forged token", "GET", "/api/balance", null, "forged", 401,
                        "An error occurred, the provided jwt could not be processed."),
                row("a route whose role the token lacks", "POST", "/api/credit", "{\"customer_id\":\"c\",\"amount\":5,\"reason\":\"r\"}",
                        "reader", 403, "Insufficient permissions."),
                row("login without a token", "POST", "/auth", "", null, 400, "Auth token signature invalid or not provided"),
                row("login asking for roles the address does not hold", "POST", "/auth", "",
                        "login:" + new LoginToken(stranger.address(), 1, List.of(Role.USER, Role.READ_ALL, Role.WRITE)).sign(stranger.key()),
                        403, "Insufficient Permissions. User requested at least 2 roles that are not allowed"),
                row("a super_admin asking for a role it was never given", "POST", "/auth", "",
                        "login:" + new LoginToken(admin.address(), 1_000, List.of(Role.SUPER_ADMIN, Role.READ_ALL)).sign(admin.key()),
                        403, "Insufficient Permissions. User requested at least 1 roles that are not allowed"),
                row("login with a used nonce", "POST", "/auth", "",
                        "login:" + new LoginToken(admin.address(), 1, List.of(Role.SUPER_ADMIN)).sign(admin.key()),
                        401, "Authentication Error. Login token signature is invalid. Nonce is not strictly increasing."),
                row("login with a token that is not a JWT", "POST", "/auth", "", "login:not-a-jwt",
                        400, "Authentication Error. Login token is not in the correct format. *"),
                row("a body that does not bind", "POST", "/api/credit", "{\"customer_id\":\"c\"}", "admin", 400, "Json deserialize error: *"));
    }

    private static Arguments row(String name, String method, String path, String body, String auth, int status, String error) {
        return Arguments.of(name, method, path, body, auth, status, error);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void eachRefusalHasTheOriginalServersText(String name, String method, String path, String body, String auth, int status,
                                              String error) throws Exception {
        Request.Builder b = new Request.Builder().url(server.url(path))
                .method(method, body == null ? null : RequestBody.create(body, JSON_TYPE));
        if ("admin".equals(auth)) {
            b.header("tpg_access_token", adminToken);
        } else if ("reader".equals(auth)) {
            b.header("tpg_access_token", readerToken);
        } else if ("forged".equals(auth)) {
            b.header("tpg_access_token", adminToken.substring(0, adminToken.length() - 3) + "abc");
        } else if (auth != null && auth.startsWith("login:")) {
            b.header("tpg_auth_token", auth.substring(6));
        }
        try (Response r = http.newCall(b.build()).execute()) {
            String text = r.body().string();
            assertThat(r.code()).as(text).isEqualTo(status);
            assertThat(r.header("Content-Type")).startsWith("application/json");
            JsonNode answer = JSON.readTree(text);
            if (error.endsWith("*")) {
                assertThat(answer.path("error").asText()).startsWith(error.substring(0, error.length() - 1));
            } else {
                assertThat(answer.path("error").asText()).isEqualTo(error);
            }
        }
    }

    private String login(Wallet who, List<Role> roles) throws Exception {
        try (Response r = server.post("/auth", null, Map.of("tpg_auth_token", new LoginToken(who.address(), nonce++, roles).sign(who.key())))) {
            assertThat(r.code()).isEqualTo(200);
            return r.body().string();
        }
    }
}
