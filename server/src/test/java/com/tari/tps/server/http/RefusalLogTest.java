package com.tari.tps.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.tari.tps.common.amount.MicroTari;
import com.tari.tps.common.jwt.LoginToken;
import com.tari.tps.common.jwt.Role;
import com.tari.tps.common.signatures.NewPayment;
import com.tari.tps.common.signatures.PaymentNotification;
import com.tari.tps.common.signatures.WalletSignature;
import com.tari.tps.common.testing.TestSecrets;
import com.tari.tps.server.engine.EngineFixture.Wallet;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Each refusal is one INFO line on the {@code refused} logger naming status, route, peer and reason, so a merchant
 * can see why a wallet, webhook or login was turned away; the token, signature or HMAC that was sent is never in it.
 */
class RefusalLogTest {
    @TempDir
    Path dir;

    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private final Logger refused = (Logger) LoggerFactory.getLogger("refused");

    @BeforeEach
    void capture() {
        captured.start();
        refused.addAppender(captured);
    }

    @AfterEach
    void release() {
        refused.detachAppender(captured);
    }

    private String last() {
        assertThat(captured.list).as("a refusal was logged").isNotEmpty();
        ILoggingEvent event = captured.list.get(captured.list.size() - 1);
        assertThat(event.getLevel().toString()).isEqualTo("INFO");
        return event.getFormattedMessage();
    }

    @Test
    void walletLoginAndTokenRefusalsSayWhy() throws Exception {
        try (ApiServer server = new ApiServer(dir)) {
            Wallet hot = Wallet.random();
            Wallet alice = Wallet.random();
            server.engine.engine.wallets().register(hot.address(), "127.0.0.1", 0);

            NewPayment p = new NewPayment(alice.address(), MicroTari.of(5), "tx-1", null, null);
            WalletSignature good = WalletSignature.create(hot.address(), 5, p, hot.key());
            server.post("/wallet/incoming_payment", new PaymentNotification(p, good).toJson(), Map.of()).close();
            try (Response replay = server.post("/wallet/incoming_payment", new PaymentNotification(p, good).toJson(), Map.of())) {
                assertThat(replay.code()).isEqualTo(401);
            }
            assertThat(last()).contains("401 POST /wallet/incoming_payment from 127.0.0.1").contains("nonce")
                    .doesNotContain(good.signature().toHex());

            WalletSignature forged = WalletSignature.create(hot.address(), 9, new NewPayment(alice.address(), MicroTari.of(6), "tx-2", null, null),
                    hot.key());
            server.post("/wallet/incoming_payment", new PaymentNotification(p, forged).toJson(), Map.of()).close();
            assertThat(last()).contains("401 POST /wallet/incoming_payment from 127.0.0.1").contains("does not verify")
                    .contains(hot.address().toBase58()).doesNotContain(forged.signature().toHex());

            String login = new LoginToken(alice.address(), 3, List.of(Role.USER)).sign(alice.key());
            String access;
            try (Response r = server.post("/auth", null, Map.of("tpg_auth_token", login))) {
                access = r.body().string();
            }
            server.post("/auth", null, Map.of("tpg_auth_token", login)).close();
            assertThat(last()).contains("401 POST /auth from 127.0.0.1").contains("nonce").doesNotContain(login);

            String wantsAdmin = new LoginToken(alice.address(), 4, List.of(Role.SUPER_ADMIN)).sign(alice.key());
            server.post("/auth", null, Map.of("tpg_auth_token", wantsAdmin)).close();
            assertThat(last()).contains("403 POST /auth").contains("does not hold").doesNotContain(wantsAdmin);

            String tampered = login.substring(0, login.length() - 3) + "abc";
            server.post("/auth", null, Map.of("tpg_auth_token", tampered)).close();
            assertThat(last()).contains("401 POST /auth").contains("login signature refused").doesNotContain(tampered);

            server.get("/api/balance", access + "x").close();
            assertThat(last()).contains("401 GET /api/balance from 127.0.0.1").contains("access token refused").doesNotContain(access);

            server.get("/api/wallets", access).close();
            assertThat(last()).contains("403 GET /api/wallets from 127.0.0.1").contains("read_all").doesNotContain(access);

            server.get("/api/balance", null).close();
            assertThat(last()).contains("401 GET /api/balance").contains("no access token");

            server.engine.clock.advance(Duration.ofDays(2));
            server.get("/api/balance", access).close();
            assertThat(last()).contains("401 GET /api/balance").contains("expired").doesNotContain(access);
        }
    }

    @Test
    void shopifyRefusalsSayWhy() throws Exception {
        try (ApiServer server = new ApiServer(dir, Map.of("TPG_SHOPIFY_HMAC_SECRET", TestSecrets.SHOPIFY_HMAC_SECRET))) {
            server.post("/shopify/webhook/checkout_create", "{}", Map.of("X-Shopify-Hmac-Sha256", "bm90LXRoZS1obWFj")).close();
            assertThat(last()).contains("403 POST /shopify/webhook/checkout_create from 127.0.0.1").contains("HMAC does not match")
                    .doesNotContain("bm90LXRoZS1obWFj").doesNotContain(TestSecrets.SHOPIFY_HMAC_SECRET);
            server.post("/shopify/webhook/checkout_create", "{}", Map.of()).close();
            assertThat(last()).contains("without X-Shopify-Hmac-Sha256");
        }
        captured.list.clear();
        try (ApiServer server = new ApiServer(dir.resolve("b"), Map.of("TPG_SHOPIFY_HMAC_SECRET", TestSecrets.SHOPIFY_HMAC_SECRET, "TPG_SHOPIFY_IP_WHITELIST", "10.1.2.3"))) {
            server.post("/shopify/webhook/checkout_create", "{}", Map.of()).close();
            assertThat(last()).contains("403 POST /shopify/webhook/checkout_create from 127.0.0.1")
                    .contains("127.0.0.1 is not on TPG_SHOPIFY_IP_WHITELIST");
        }
    }
}
