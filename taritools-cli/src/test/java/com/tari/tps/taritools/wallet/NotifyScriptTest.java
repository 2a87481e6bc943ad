package com.tari.tps.taritools.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/tps_notify.sh run by bash, as the console wallet runs it, with a stand-in taritools that records the
 * arguments it gets. Memos come from whoever sends the payment, so they must arrive (and replay) byte for byte and
 * never be run as shell code.
 */
class NotifyScriptTest {
    private static final Path SCRIPT = Path.of("..", "scripts", "tps_notify.sh").toAbsolutePath().normalize();
    private static final String SENDER = "14wqR3rjyVbjgXDyLVaL97p3CksHc84cz9hLLMMTMYDjtBt";

    @TempDir
    Path dir;
    Path calls;
    Path home;
    Path fakeBin;

    @BeforeEach
    void fakeTaritools() throws IOException {
        calls = Files.createDirectories(dir.resolve("calls"));
        home = dir.resolve("taritools home");
        fakeBin = Files.createDirectories(dir.resolve("fake bin"));
        writeRecorder(fakeBin.resolve("taritools"));
    }

    @Test
    void hostileMemosReachTaritoolsByteForByteAndAreNeverExecuted() throws Exception {
        Path pwned = dir.resolve("pwned");
        List<String> memos = List.of(
                "say \"hi\" it's me",
                "{\"order\":\"#1\",\"x\":\"y\"}",
                "$(touch " + pwned + ")",
                "`touch " + pwned + "`; touch " + pwned,
                "line one\nline two\n\ttabbed\n",
                "déjà vu 🚀 ÅÆØ Ω",
                "x".repeat(512) + "é".repeat(256),
                "' ; touch " + pwned + " ; echo '",
                "\\ back\\slash \\n not a newline %s %q",
                "");
        int event = 0;
        for (String memo : memos) {
            event++;
            List<String> args = wallet("received", "12.500000 T", "tx " + event, memo, "data(31303830)");
            Result r = notify(Map.of("TARITOOLS_PATH", fakeBin.toString()), args);
            assertThat(r.exit).as(r.err).isZero();
            assertThat(lastCall()).as("memo #" + event).containsExactly("wallet", "received", "--profile", "TPS Hot Wallet",
                    "--amount", "12.500000 T", "--txid", "tx " + event, "--memo", memo, "--sender", SENDER,
                    "--payment_id", "data(31303830)");
        }
        assertThat(pwned).doesNotExist();

        List<List<String>> sent = allCalls();
        clearCalls();
        Result replay = run(List.of("bash", home.resolve("tps_notify_replay.log").toString()), Map.of());
        assertThat(replay.exit).as(replay.err).isZero();
        assertThat(allCalls()).as("the replay log re-runs exactly the same commands").isEqualTo(sent);
        assertThat(pwned).doesNotExist();

        clearCalls();
        Result viaScript = run(List.of("bash", SCRIPT.toString(), "--replay", home.resolve("tps_notify_replay.log").toString()), Map.of());
        assertThat(viaScript.exit).as(viaScript.err).isZero();
        assertThat(allCalls()).isEqualTo(sent);
        assertThat(pwned).doesNotExist();

        String log = Files.readString(home.resolve("tps_notify.log"));
        assertThat(log).contains("notify: received 12.500000\\ T").doesNotContain("line one\nline two");
    }

    @Test
    void aConfirmationResendsThePaymentThenConfirmsIt() throws Exception {
        String memo = "$(echo nope) \"quoted\"";
        Result r = notify(Map.of("TARITOOLS_PATH", fakeBin.toString()), wallet("confirmation", "1.000000 T", "tx-9", memo, "None"));
        assertThat(r.exit).as(r.err).isZero();
        List<List<String>> calls = allCalls();
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0)).contains("received", memo, "tx-9", "1.000000 T");
        assertThat(calls.get(1)).containsExactly("wallet", "confirmed", "--profile", "TPS Hot Wallet", "--txid", "tx-9");
        assertThat(Files.readString(home.resolve("tps_notify_replay.log")))
                .contains("# Payment received").contains("# Payment confirmed");
    }

    @Test
    void shortAndUnhandledEventsRunNothing() throws Exception {
        notify(Map.of("TARITOOLS_PATH", fakeBin.toString()), List.of("sent", "1.000000 T", "tx", "m", "None", SENDER, SENDER));
        notify(Map.of("TARITOOLS_PATH", fakeBin.toString()), wallet("mined", "1.000000 T", "tx", "m", "None"));
        assertThat(allCalls()).isEmpty();
        assertThat(Files.readString(home.resolve("tps_notify.log")))
                .contains("Unhandled short event: sent").contains("Unhandled main event: mined");
    }

    @Test
    void withoutTaritoolsPathItUsesTaritoolsOnPathElseTheCheckoutsBin() throws Exception {
        Path onPath = Files.createDirectories(dir.resolve("on path"));
        writeRecorder(onPath.resolve("taritools"), "on-path");
        notify(Map.of("PATH", onPath + ":" + System.getenv("PATH")), wallet("received", "2 T", "t1", "m", "None"));
        assertThat(lastCall()).startsWith("on-path", "wallet", "received");

        Path checkout = dir.resolve("checkout");
        Files.createDirectories(checkout.resolve("scripts"));
        Path copy = Files.copy(SCRIPT, checkout.resolve("scripts/tps_notify.sh"));
        writeRecorder(Files.createDirectories(checkout.resolve("bin")).resolve("taritools"), "checkout-bin");
        clearCalls();
        Result r = run(Stream.concat(Stream.of("bash", copy.toString()), wallet("received", "2 T", "t2", "m", "None").stream()).toList(),
                Map.of("PATH", "/usr/bin:/bin"));
        assertThat(r.exit).as(r.err).isZero();
        assertThat(lastCall()).startsWith("checkout-bin", "wallet", "received");
    }

    /** The 13 arguments of a main event, as the console wallet passes them. */
    private static List<String> wallet(String event, String amount, String txid, String memo, String paymentId) {
        return List.of(event, amount, txid, memo, paymentId, SENDER, "dest", "Completed", "excess", "nonce", "sig", "3", "inbound");
    }

    private Result notify(Map<String, String> env, List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(args);
        return run(command, env);
    }

    private record Result(int exit, String err) {}

    private Result run(List<String> command, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("stdout").toFile()).redirectError(dir.resolve("stderr").toFile());
        pb.environment().remove("TARITOOLS_PATH");
        pb.environment().put("HOME", dir.toString());
        pb.environment().put("TARITOOLS_HOME", home.toString());
        pb.environment().put("RECORD_DIR", calls.toString());
        pb.environment().put("PATH", "/usr/bin:/bin");
        pb.environment().putAll(env);
        Process p = pb.start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), Files.readString(dir.resolve("stderr")));
    }

    /** A taritools stand-in writing its argv, NUL-separated, to the next numbered file in $RECORD_DIR. */
    private static void writeRecorder(Path file, String... firstArgs) throws IOException {
        StringBuilder prefix = new StringBuilder();
        for (String a : firstArgs) {
            prefix.append("'").append(a).append("' ");
        }
        Files.writeString(file, "#!/usr/bin/env bash\n"
                + "n=$(ls \"$RECORD_DIR\" | wc -l)\n"
                + "printf '%s\\0' " + prefix + "\"$@\" > \"$RECORD_DIR/$(printf %05d \"$n\")\"\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private List<List<String>> allCalls() throws IOException {
        List<List<String>> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(calls)) {
            for (Path f : files.sorted().toList()) {
                String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                all.add(Arrays.asList(text.substring(0, text.length() - 1).split("\0", -1)));
            }
        }
        return all;
    }

    private List<String> lastCall() throws IOException {
        List<List<String>> all = allCalls();
        assertThat(all).isNotEmpty();
        return all.get(all.size() - 1);
    }

    private void clearCalls() throws IOException {
        try (Stream<Path> files = Files.list(calls)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
    }
}
