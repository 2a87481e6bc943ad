package com.tari.tps.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.tari.tps.common.amount.MicroTari;
import com.tari.tps.common.signatures.NewPayment;
import com.tari.tps.common.signatures.PaymentNotification;
import com.tari.tps.common.signatures.WalletSignature;
import com.tari.tps.server.db.TestStores;
import com.tari.tps.server.engine.EngineFixture.Wallet;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import okhttp3.Response;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A wallet notice that fails on the server's side uses up nothing: its nonce is taken in the same transaction as the
 * payment it reports, so the wallet can send the very same signed notice again and it is taken then.
 */
class WalletNoticeRetryTest {
    @TempDir
    Path dir;

    @Test
    void aNoticeAnswered500CanBeSentAgainAsItWas() throws Exception {
        // The store is made to fail the payment's insert with an SQLite trigger, a stand-in for a disk or database fault.
        Assumptions.assumeFalse(TestStores.postgres(), "uses an SQLite trigger to make the store fail");
        Wallet hot = Wallet.random();
        Wallet alice = Wallet.random();
        try (ApiServer server = new ApiServer(dir)) {
            server.engine.engine.wallets().register(hot.address(), "127.0.0.1", 0);
            NewPayment p = new NewPayment(alice.address(), MicroTari.of(2_000_000), "tx-retry", null, null);
            String notice = new PaymentNotification(p, WalletSignature.create(hot.address(), 7, p, hot.key())).toJson();
            String db = "jdbc:sqlite:" + dir.resolve("data/tari_store.db");
            try (Connection c = DriverManager.getConnection(db); Statement s = c.createStatement()) {
                s.execute("CREATE TRIGGER fail_payments BEFORE INSERT ON payments BEGIN SELECT RAISE(ABORT, 'disk trouble'); END");
            }
            try (Response r = server.post("/wallet/incoming_payment", notice, Map.of())) {
                assertThat(r.code()).isEqualTo(500);
                assertThat(r.body().string()).doesNotContain("disk trouble");
            }
            try (Connection c = DriverManager.getConnection(db); Statement s = c.createStatement()) {
                s.execute("DROP TRIGGER fail_payments");
            }
            try (Response r = server.post("/wallet/incoming_payment", notice, Map.of())) {
                assertThat(r.code()).as("the same signed notice, sent again").isEqualTo(200);
            }
            assertThat(server.engine.engine.payments().find("tx-retry")).isPresent();
            try (Response r = server.post("/wallet/incoming_payment", notice, Map.of())) {
                assertThat(r.code()).as("once taken, the nonce is used").isEqualTo(401);
            }
        }
    }
}
