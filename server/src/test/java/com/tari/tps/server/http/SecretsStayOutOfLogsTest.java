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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** Tokens, signatures, keys and the HMAC secret never reach the logs or error bodies. */
class SecretsStayOutOfLogsTest {
    @TempDir
    Path dir;

    @Test
    void nothingSecretIsLoggedOrEchoed() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        root.addAppender(captured);
        try (ApiServer server = new ApiServer(dir, Map.of("TPG_SHOPIFY_HMAC_SECRET", TestSecrets.SHOPIFY_HMAC_SECRET))) {
            Wallet alice = Wallet.random();
            Wallet hot = Wallet.random();
            server.engine.engine.wallets().register(hot.address(), "127.0.0.1", 0);
            String login = new LoginToken(alice.address(), 1, List.of(Role.USER)).sign(alice.key());
            String access;
            try (Response r = server.post("/auth", null, Map.of("tpg_auth_token", login))) {
                access = r.body().string();
            }
            try (Response r = server.get("/api/balance", access + "x")) {
                assertThat(r.body().string()).doesNotContain(access);
            }
            NewPayment p = new NewPayment(alice.address(), MicroTari.of(5), "tx-secret", null, null);
            WalletSignature auth = WalletSignature.create(hot.address(), 1, p, hot.key());
            server.post("/wallet/incoming_payment", new PaymentNotification(p, auth).toJson(), Map.of()).close();
            server.post("/shopify/webhook/no_op", "{}", Map.of("X-Shopify-Hmac-Sha256", "bad")).close();

            String serverSecret = server.keys.signingKey().toHex();
            if (!com.tari.tps.server.db.TestStores.postgres()) { // there the key comes from the environment
                assertThat(Files.readString(dir.resolve("data/server_key.json"))).contains(serverSecret);
            }
            String logs = captured.list.stream().map(ILoggingEvent::getFormattedMessage).collect(Collectors.joining("\n"));
            assertThat(logs).contains("POST /auth").contains("/wallet/incoming_payment");
            assertThat(logs).doesNotContain(login).doesNotContain(access).doesNotContain(serverSecret)
                    .doesNotContain(auth.signature().toHex()).doesNotContain(TestSecrets.SHOPIFY_HMAC_SECRET)
                    .doesNotContain(alice.key().toHex()).doesNotContain(com.tari.tps.server.db.TestPostgres.PASSWORD);
        } finally {
            root.detachAppender(captured);
        }
        if (java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix") && !com.tari.tps.server.db.TestStores.postgres()) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("data/server_key.json"))))
                    .isEqualTo("rw-------");
        }
    }
}
