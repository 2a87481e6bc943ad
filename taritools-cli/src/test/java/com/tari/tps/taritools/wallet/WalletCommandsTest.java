package com.tari.tps.taritools.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import com.tari.tps.server.engine.EngineFixture.Wallet;
import com.tari.tps.server.http.ApiServer;
import com.tari.tps.server.payments.Payment;
import com.tari.tps.server.payments.PaymentStatus;
import com.tari.tps.taritools.Tool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `wallet received` and `wallet confirmed`, as tps_notify.sh runs them, against a real server. */
class WalletCommandsTest {
    @TempDir
    Path dir;

    @Test
    void aReceivedPaymentIsSignedPostedAndThenConfirmedPayingTheOrder() throws Exception {
        try (ApiServer server = new ApiServer(dir.resolve("server"))) {
            Wallet hot = Wallet.random();
            Wallet shopper = Wallet.random();
            server.engine.engine.wallets().register(hot.address(), "127.0.0.1", 0);
            server.engine.order("1080", "cust", 12_500_000);
            Map<String, String> env = profile(server, hot);

            Tool.Run received = Tool.run(env, "wallet", "received", "--profile", "TPS Hot Wallet", "--amount", "12.500000 T",
                    "--txid", "tx77", "--memo", "thanks", "-s", shopper.address().toEmoji(),
                    "--payment_id", "address_and_data(" + shopper.address().toBase58() + ",31303830)");
            assertThat(received.exit()).as(received.err()).isZero();
            Payment payment = server.engine.engine.payments().find("tx77").orElseThrow();
            assertThat(payment.amount().value()).isEqualTo(12_500_000);
            assertThat(payment.sender()).isEqualTo(shopper.address());
            assertThat(payment.orderId()).isEqualTo("1080");
            assertThat(payment.memo()).isEqualTo("thanks");

            Tool.Run again = Tool.run(env, "wallet", "received", "-p", "TPS Hot Wallet", "-a", "12500000 uT", "-t", "tx77",
                    "-s", shopper.address().toBase58(), "--payment_id", "None");
            assertThat(again.exit()).as("idempotent, as the script relies on").isZero();
            assertThat(again.out()).contains("already exists");

            Thread.sleep(2);
            Tool.Run confirmed = Tool.run(env, "wallet", "confirmed", "--profile", "TPS Hot Wallet", "--txid", "tx77");
            assertThat(confirmed.exit()).as(confirmed.err()).isZero();
            assertThat(server.engine.engine.payments().find("tx77").orElseThrow().status()).isEqualTo(PaymentStatus.CONFIRMED);
            assertThat(server.engine.reload("1080").status().name()).isEqualTo("Paid");
        }
    }

    @Test
    void anUnknownProfileAMissingKeyAndAnUnregisteredWalletFailWithAClearMessage() throws Exception {
        try (ApiServer server = new ApiServer(dir.resolve("server"))) {
            Wallet hot = Wallet.random();
            Map<String, String> env = profile(server, hot);
            String sender = Wallet.random().address().toBase58();

            Tool.Run unknown = Tool.run(env, "wallet", "confirmed", "-p", "Nobody", "-t", "x");
            assertThat(unknown.exit()).isEqualTo(1);
            assertThat(unknown.err()).contains("Profile \"Nobody\" not found");

            Tool.Run refused = Tool.run(env, "wallet", "received", "-p", "TPS Hot Wallet", "-a", "5uT", "-t", "t1", "-s", sender);
            assertThat(refused.exit()).as("the wallet is not registered").isEqualTo(1);
            assertThat(refused.err()).startsWith("Wallet command failed: Error 401").doesNotContain(hot.key().toHex());
            assertThat(server.engine.engine.payments().find("t1")).isEmpty();

            Tool.Run badAmount = Tool.run(env, "wallet", "received", "-p", "TPS Hot Wallet", "-a", "0.1234567 T", "-t", "t2", "-s", sender);
            assertThat(badAmount.exit()).isEqualTo(2);

            Tool.Run unset = Tool.run(Map.of("TARITOOLS_HOME", dir.resolve("home").toString()),
                    "wallet", "confirmed", "-p", "TPS Hot Wallet", "-t", "x");
            assertThat(unset.err()).as("names the variable the profile really reads")
                    .contains("the environment variable HOT_KEY (its secret_key_envar) is not set");

            Files.writeString(dir.resolve("home/config.toml"), "[[profiles]]\nname = \"Keyless\"\naddress = \"" + hot.address().toBase58()
                    + "\"\nsecret_key = \"\"\nroles = []\nserver = \"" + server.url("/") + "\"\n");
            Tool.Run keyless = Tool.run(env, "wallet", "confirmed", "-p", "Keyless", "-t", "x");
            assertThat(keyless.err()).contains("Profile Keyless is missing a secret key: give it a secret_key or a secret_key_envar");

        }
    }

    @Test
    void anAmountMeansTheSameInPaymentAndInWalletReceivedAndABareNumberIsRefusedByBoth() throws Exception {
        try (ApiServer server = new ApiServer(dir.resolve("server"))) {
            Wallet hot = Wallet.random();
            server.engine.engine.wallets().register(hot.address(), "127.0.0.1", 0);
            Map<String, String> env = profile(server, hot);
            String sender = Wallet.random().address().toBase58();

            Tool.Run printed = Tool.run(env, "payment", "-s", hot.key().toHex(), "-x", sender, "-a", "1T");
            assertThat(printed.exit()).as(printed.err()).isZero();
            assertThat(printed.out()).contains("\"amount\":1000000,");

            Tool.Run received = Tool.run(env, "wallet", "received", "-p", "TPS Hot Wallet", "-a", "1T", "-t", "one", "-s", sender);
            assertThat(received.exit()).as(received.err()).isZero();
            assertThat(server.engine.engine.payments().find("one").orElseThrow().amount().value()).isEqualTo(1_000_000);

            Tool.Run micro = Tool.run(env, "wallet", "received", "-p", "TPS Hot Wallet", "-a", "250000 μT", "-t", "two", "-s", sender);
            assertThat(micro.exit()).as(micro.err()).isZero();
            assertThat(server.engine.engine.payments().find("two").orElseThrow().amount().value()).isEqualTo(250_000);

            for (String[] bare : new String[][] {
                    {"payment", "-s", hot.key().toHex(), "-x", sender, "-a", "1"},
                    {"wallet", "received", "-p", "TPS Hot Wallet", "-a", "1", "-t", "three", "-s", sender}}) {
                Tool.Run refused = Tool.run(env, bare);
                assertThat(refused.exit()).isEqualTo(2);
                assertThat(refused.err()).contains("'--amount'", "'1' has no unit: write 1T for Tari or 1uT for microTari");
            }
            Tool.Run negative = Tool.run(env, "wallet", "received", "-p", "TPS Hot Wallet", "-a", "-1T", "-t", "four", "-s", sender);
            assertThat(negative.exit()).isEqualTo(2);
            assertThat(negative.err()).contains("'--amount'", "is negative");
            assertThat(server.engine.engine.payments().find("three")).isEmpty();
            assertThat(server.engine.engine.payments().find("four")).isEmpty();
        }
    }

    /** A taritools home with the notify script's profile, keyed by an environment variable. */
    private Map<String, String> profile(ApiServer server, Wallet hot) throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Files.writeString(home.resolve("config.toml"), "[[profiles]]\nname = \"TPS Hot Wallet\"\naddress = \"" + hot.address().toBase58()
                + "\"\nsecret_key_envar = \"HOT_KEY\"\nroles = [\"payment_wallet\"]\nserver = \"" + server.url("/") + "\"\n");
        return Map.of("TARITOOLS_HOME", home.toString(), "HOT_KEY", hot.key().toHex());
    }

}
