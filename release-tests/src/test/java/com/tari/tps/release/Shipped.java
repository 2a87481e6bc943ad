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
 */
final class Shipped {
    /** The checkout whose bin/, scripts/ and target/ jars are under test. */
    static final Path ROOT = Path.of(System.getProperty("tps.root", "..")).toAbsolutePath().normalize();
    static final Path SERVER_JAR = ROOT.resolve("server/target/tari-payment-server.jar");
    static final Path TARITOOLS_JAR = ROOT.resolve("taritools-cli/target/taritools.jar");

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
        Path log = Files.createTempFile(workDir, "run-", ".log");
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

    /** Starts a long-running command with its output going to {@code log}. */
    Process start(List<String> command, Path log) throws IOException {
        Process p = process(command).redirectOutput(log.toFile()).start();
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

    static void assertJarsBuilt() {
        assertThat(SERVER_JAR).as("run mvn package first").exists();
        assertThat(TARITOOLS_JAR).as("run mvn package first").exists();
    }
}
