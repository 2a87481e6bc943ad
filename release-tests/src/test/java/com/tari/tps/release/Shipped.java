package com.tari.tps.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The shipped launchers, jars and scripts of a checkout, run as subprocesses the way a merchant runs them: from a
 * working directory of the test's choosing, with a clean environment of the test's choosing (so nothing leaks in
 * from the developer's shell), output kept in a file for the assertions and for a reader of a failure.
 *
 * <p>Every run's output is kept under {@link #LOGS} (in target/, not in the test's temporary folder) after the test
 * is over: for a reader of a failure, and for the suite's last check that no configured secret reached a log.
 */
final class Shipped {
    /** The checkout whose bin/, scripts/ and target/ jars are under test. */
    static final Path ROOT = Path.of(System.getProperty("tps.root", "..")).toAbsolutePath().normalize();
    static final Path SERVER_JAR = ROOT.resolve("server/target/tari-payment-server.jar");
    static final Path TARITOOLS_JAR = ROOT.resolve("taritools-cli/target/taritools.jar");
    /** This run's kept logs; emptied when the first release test keeps one, so only this run's logs are in it. */
    static final Path LOGS = Path.of(System.getProperty("tps.logs", "target/shipped-logs")).toAbsolutePath();
    private static boolean logsPrepared;

    private final Path workDir;
    private final Map<String, String> env;

    /** @param env the whole environment of every run, on top of PATH and JAVA_HOME of this JVM */
    Shipped(Path workDir, Map<String, String> env) {
        this.workDir = workDir;
        this.env = env;
    }

    record Run(int exit, String output) {}

    /** Runs a command to its end (at most two minutes) with stdin closed; stdout and stderr together. */
    Run run(List<String> command) throws IOException, InterruptedException {
        Path log = keptLog("run.log");
        Process p = process(command).redirectOutput(log.toFile()).start();
        p.getOutputStream().close();
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError(command + " did not finish; output so far:\n" + Files.readString(log));
        }
        return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    Run taritools(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("bin/taritools").toString()));
        command.addAll(List.of(args));
        return run(command);
    }

    /**
     * Starts a long-running command with its output going to {@code log}. A log outside {@link #LOGS} becomes a link
     * to a kept file there, so the test reads it where it said and the file outlives the test's folder.
     */
    Process start(List<String> command, Path log) throws IOException {
        Path kept = log.toAbsolutePath().startsWith(LOGS) ? log : keptLog(log.getFileName().toString());
        if (!kept.equals(log)) {
            Files.deleteIfExists(log);
            Files.createSymbolicLink(log, kept);
        }
        Process p = process(command).redirectOutput(kept.toFile()).start();
        p.getOutputStream().close();
        return p;
    }

    private ProcessBuilder process(List<String> command) {
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        Map<String, String> inherited = Map.copyOf(pb.environment());
        pb.environment().clear();
        pb.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + inherited.getOrDefault("PATH", "/usr/bin:/bin"));
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("LANG", "C.UTF-8");
        pb.environment().putAll(env);
        return pb;
    }

    /** A new file under {@link #LOGS} whose name ends with {@code name}'s stem and extension. */
    static Path keptLog(String name) throws IOException {
        prepareLogs();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? Files.createTempFile(LOGS, name.substring(0, dot) + "-", name.substring(dot))
                : Files.createTempFile(LOGS, name + "-", "");
    }

    /** Empties {@link #LOGS} the first time (in this JVM) a test keeps a log; reading them does not. */
    private static synchronized void prepareLogs() throws IOException {
        if (logsPrepared) {
            return;
        }
        if (Files.isDirectory(LOGS)) {
            try (var old = Files.walk(LOGS)) {
                for (Path p : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(LOGS);
        logsPrepared = true;
    }

    /** Keeps a copy of a log that a shipped program wrote itself (tps_notify.sh's, say) under {@link #LOGS}. */
    static void keep(Path log) throws IOException {
        Files.copy(log, keptLog(log.getFileName().toString()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** The server at {@code base} answers {@code GET /health} with 200; false while it is not up (or no longer). */
    static boolean healthy(okhttp3.OkHttpClient http, String base) {
        try (okhttp3.Response r = http.newCall(new okhttp3.Request.Builder().url(base + "/health").build()).execute()) {
            return r.code() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    /** Polls until the condition holds or the time is up. */
    static boolean eventually(Duration timeout, Check condition) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.holds()) {
                return true;
            }
            Thread.sleep(100);
        }
        return condition.holds();
    }

    @FunctionalInterface
    interface Check {
        boolean holds() throws Exception;
    }

    /** A merchant's new shop: its folder, whose .env has a free port and a relative SQLite store, and one admin. */
    record Shop(Path dir, int port, Shipped shipped, com.tari.tps.common.keys.SecretKey adminKey) {
        String base() {
            return "http://127.0.0.1:" + port;
        }

        /** One more admin, with {@code roles} (comma-separated), added with {@code taritools setup add-user}. */
        com.tari.tps.common.keys.SecretKey addAdmin(String roles) throws IOException, InterruptedException {
            var key = com.tari.tps.common.keys.SecretKey.random();
            Run added = shipped.taritools("setup", "add-user", "-a", address(key).toBase58(), "-r", roles);
            assertThat(added.exit()).as(added.output()).isZero();
            return key;
        }

        /** Logs in as taritools tells an admin to: a signed login token from {@code taritools token}, then POST /auth. */
        String login(okhttp3.OkHttpClient http, com.tari.tps.common.keys.SecretKey key, String roles) throws IOException, InterruptedException {
            Run token = shipped.taritools("token", "-s", key.toHex(), "-r", roles);
            assertThat(token.exit()).as(token.output()).isZero();
            List<String> lines = token.output().lines().toList();
            try (okhttp3.Response r = http.newCall(new okhttp3.Request.Builder().url(base() + "/auth")
                    .header("tpg_auth_token", lines.get(lines.indexOf("token:") + 1).trim())
                    .post(okhttp3.RequestBody.create(new byte[0], null)).build()).execute()) {
                assertThat(r.code()).isEqualTo(200);
                return r.body().string();
            }
        }
    }

    private static com.tari.tps.common.address.TariAddress address(com.tari.tps.common.keys.SecretKey key) {
        return com.tari.tps.common.address.TariAddress.single(com.tari.tps.common.address.Network.MAINNET,
                com.tari.tps.common.address.TariAddress.FEATURES_DEFAULT, key.publicKey());
    }

    /** Makes {@code temp/shop} with that .env, and an admin holding {@code write} added with taritools, as a merchant would. */
    static Shop newShop(Path temp) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(temp.resolve("shop"));
        int port = freePort();
        Files.writeString(dir.resolve(".env"), "TPG_PORT=" + port + "\nTPG_DATABASE_URL=sqlite://store/tps.db\n");
        Shipped shipped = new Shipped(dir, Map.of("HOME", temp.toString()));
        Shop shop = new Shop(dir, port, shipped, null);
        return new Shop(dir, port, shipped, shop.addAdmin("write"));
    }

    /** A loopback port free at the moment of asking. */
    static int freePort() throws IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    static void assertJarsBuilt() {
        assertThat(SERVER_JAR).as("run mvn package first").exists();
        assertThat(TARITOOLS_JAR).as("run mvn package first").exists();
    }
}
