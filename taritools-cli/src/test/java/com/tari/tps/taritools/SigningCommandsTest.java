package com.tari.tps.taritools;

import static org.assertj.core.api.Assertions.assertThat;

import com.tari.tps.common.address.TariAddress;
import com.tari.tps.common.jwt.LoginToken;
import com.tari.tps.common.jwt.Role;
import com.tari.tps.common.keys.SecretKey;
import com.tari.tps.common.signatures.CanonicalJson;
import com.tari.tps.common.signatures.ConfirmationNotification;
import com.tari.tps.common.signatures.MemoSignature;
import com.tari.tps.common.signatures.PaymentNotification;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Each signing command run as a user would, its printed lines read back as a script would. */
class SigningCommandsTest {
    private static final String ALICE_SECRET = "c63b5b436d007bec0566bff2f3512f3f962a6d43161fe48616e8dad58fd2b80d";
    private static final String ALICE = "14wqR3rjyVbjgXDyLVaL97p3CksHc84cz9hLLMMTMYDjtBt";
    private static final ObjectMapper JSON = new ObjectMapper();

    record Run(int exitCode, String out, String err) {
        String line(String prefix) {
            return Arrays.stream(out.split("\n")).filter(l -> l.startsWith(prefix)).findFirst()
                    .map(l -> l.substring(prefix.length()).trim())
                    .orElseThrow(() -> new AssertionError("no line starting with '" + prefix + "' in:\n" + out));
        }
    }

    static Run run(String... args) {
        CommandLine cli = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void addressPrintsAFreshKeyPairAndItsAddressInEveryForm() {
        Run r = run("-n", "nextnet", "address");
        assertThat(r.exitCode()).isZero();
        SecretKey key = SecretKey.fromHex(r.line("Secret key:"));
        assertThat(r.line("Public key:")).isEqualTo(key.publicKey().toHex());
        TariAddress address = TariAddress.parse(r.line("Address      :"));
        assertThat(address.spendKey()).isEqualTo(key.publicKey());
        assertThat(address.network().displayName()).isEqualTo("nextnet");
        assertThat(TariAddress.parse(r.line("Address (hex):"))).isEqualTo(address);
        assertThat(TariAddress.parse(r.line("Emoji ID:"))).isEqualTo(address);
        assertThat(r.out()).startsWith("-".repeat(29) + " Tari Address " + "-".repeat(29));
        assertThat(run("address").line("Network:")).isEqualTo("mainnet");
    }

    @Test
    void theNetworkCanBeGivenBeforeOrAfterTheCommandAndAfterWins() {
        Run after = run("address", "-n", "esmeralda");
        assertThat(after.exitCode()).as(after.err()).isZero();
        assertThat(after.line("Network:")).isEqualTo("esmeralda");
        assertThat(TariAddress.parse(after.line("Address      :")).network().displayName()).isEqualTo("esmeralda");
        assertThat(run("address", "--network", "Stagenet").line("Network:")).isEqualTo("stagenet");
        assertThat(run("-n", "nextnet", "address", "-n", "igor").line("Network:")).isEqualTo("igor");
        assertThat(run("address", "-n", "moon").exitCode()).isEqualTo(2);

        Run memoBefore = run("-n", "nextnet", "memo", "-s", ALICE_SECRET, "-o", "oid1");
        assertThat(memoBefore.exitCode()).as(memoBefore.err()).isZero();
        assertThat(memoBefore.line("Network       :")).isEqualTo("nextnet");
        assertThat(TariAddress.parse(memoBefore.line("Wallet address:")).network().displayName()).isEqualTo("nextnet");
        assertThat(run("memo", "-s", ALICE_SECRET, "-o", "oid1", "-n", "stagenet").line("Network       :")).isEqualTo("stagenet");
        assertThat(run("-n", "esmeralda", "token", "-s", ALICE_SECRET).line("network:")).isEqualTo("esmeralda");
        assertThat(run("memo", "-s", ALICE_SECRET, "-o", "oid1").line("Network       :")).isEqualTo("mainnet");
    }

    @Test
    void tokenIsALoginTokenWithEveryRoleAsked() {
        Run r = run("token", "-s", ALICE_SECRET, "-r", "user,read_all", "-r", "write");
        assertThat(r.exitCode()).isZero();
        String[] lines = r.out().split("\n");
        int tokenLine = Arrays.asList(lines).indexOf("token:");
        LoginToken login = LoginToken.verify(lines[tokenLine + 1]);
        assertThat(login.address().toBase58()).isEqualTo(ALICE);
        assertThat(login.desiredRoles()).containsExactly(Role.USER, Role.READ_ALL, Role.WRITE);
        assertThat(r.line("roles:")).isEqualTo("user,read_all,write");
        assertThat(Long.parseLong(r.line("nonce:"))).isEqualTo(login.nonce());
    }

    @Test
    void tokenDefaultsToTheUserRole() {
        Run r = run("token", "-s", ALICE_SECRET);
        assertThat(r.line("roles:")).isEqualTo("user");
    }

    @Test
    void unknownRoleIsAUsageError() {
        Run r = run("token", "-s", ALICE_SECRET, "-r", "admin");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("unknown role 'admin'");
    }

    @Test
    void memoPrintsAClaimThatVerifiesAndNeverEchoesTheSecret() {
        Run r = run("memo", "-s", ALICE_SECRET, "-o", "alice001");
        assertThat(r.exitCode()).isZero();
        assertThat(r.line("Wallet address:")).isEqualTo(ALICE);
        MemoSignature memo = MemoSignature.parse(r.line("auth:")).orElseThrow();
        assertThat(memo.orderId()).isEqualTo("alice001");
        assertThat(memo.isValid()).isTrue();
        assertThat(r.out()).doesNotContain(ALICE_SECRET);
    }

    @Test
    void paymentPrintsASignedNotificationTheServerWouldAccept() throws Exception {
        Run r = run("payment", "-s", ALICE_SECRET, "-x", ALICE, "-a", "2.5T", "-c", "7", "-t", "tx9", "-m", "order #1");
        assertThat(r.exitCode()).isZero();
        String body = CanonicalJson.object().rawField("payment", r.line("payment:")).rawField("auth", r.line("auth:")).build();
        PaymentNotification n = JSON.readValue(body, PaymentNotification.class);
        assertThat(n.isValid()).isTrue();
        assertThat(n.payment().amount().value()).isEqualTo(2_500_000);
        assertThat(n.auth().nonce()).isEqualTo(7);
        assertThat(n.payment().memo()).isEqualTo("order #1");
    }

    @Test
    void confirmPrintsASignedConfirmation() throws Exception {
        Run r = run("confirm", "-s", ALICE_SECRET, "-t", "tx9", "-c", "8");
        String body = CanonicalJson.object().rawField("confirmation", r.line("confirmation:")).rawField("auth", r.line("auth:")).build();
        ConfirmationNotification n = JSON.readValue(body, ConfirmationNotification.class);
        assertThat(n.isValid()).isTrue();
        assertThat(n.confirmation().txid()).isEqualTo("tx9");
    }

    @Test
    void badInputGivesPicocliExitCodesAndAClearMessage() {
        Run badKey = run("memo", "-s", "xyz", "-o", "1");
        assertThat(badKey.exitCode()).isEqualTo(2);
        assertThat(badKey.err()).contains("Invalid secret key");
        assertThat(run("memo", "-s", "ff".repeat(32), "-o", "1").err()).contains("canonical");
        assertThat(run("memo", "-o", "1").exitCode()).isEqualTo(2);
        assertThat(run("payment", "-s", ALICE_SECRET, "-x", "nope").err()).contains("Invalid sender address");
        assertThat(run("payment", "-s", ALICE_SECRET, "-x", ALICE, "-a", "0.0000001T").err()).contains("--amount", "more than 6 decimals");
        assertThat(run("-n", "moon", "address").err()).contains("unknown network");
        assertThat(run("frobnicate").exitCode()).isEqualTo(2);
        assertThat(run("--version").out()).contains("taritools " + System.getProperty("tps.build.version"));
        for (String command : List.of("address", "token", "memo", "payment", "confirm")) {
            Run help = run(command, "--help");
            assertThat(help.exitCode()).as(command).isZero();
            assertThat(help.out()).as(command).contains("Usage: taritools " + command);
        }
    }
}
