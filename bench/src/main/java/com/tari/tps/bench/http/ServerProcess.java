package com.tari.tps.bench.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The shipped server jar as a child process, started as a merchant starts it ({@code java -jar}, settings in the
 * environment, its own working directory): how long it takes to answer {@code /health}, and what it holds in memory
 * and has used in CPU, read from {@code /proc}.
 */
final class ServerProcess implements AutoCloseable {
    private static final HttpClient PROBE = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();

    private final Process process;
    final String base;
    /** From the fork to the first 200 from /health. */
    final long startMillis;

    private ServerProcess(Process process, String base, long startMillis) {
        this.process = process;
        this.base = base;
        this.startMillis = startMillis;
    }

    static ServerProcess start(Path jar, Path dir, Map<String, String> env, int port) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        // JVM options for the server (none by default, as `java -jar` is run), e.g. -Dtps.server.jvm="-Xmx128m".
        String jvm = System.getProperty("tps.server.jvm", "").trim();
        if (!jvm.isEmpty()) {
            command.addAll(List.of(jvm.split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("server.log").toFile()));
        pb.environment().putAll(env);
        pb.environment().put("TPG_PORT", Integer.toString(port));
        long t0 = System.nanoTime();
        Process process = pb.start();
        String base = "http://127.0.0.1:" + port;
        HttpRequest health = HttpRequest.newBuilder(URI.create(base + "/health")).timeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(60)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited with " + process.exitValue() + "; see " + dir.resolve("server.log"));
            }
            try {
                if (PROBE.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return new ServerProcess(process, base, (System.nanoTime() - t0) / 1_000_000);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(5);
        }
        process.destroyForcibly();
        throw new IllegalStateException("no /health answer within 60 s; see " + dir.resolve("server.log"));
    }

    /** Resident memory now, in MiB ({@code VmRSS}). */
    double rssMib() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        throw new IllegalStateException("no VmRSS for " + process.pid());
    }

    /** CPU used so far (user + system), in seconds; assumes the usual 100 clock ticks per second. */
    double cpuSeconds() throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
    }

    /** SIGTERM, as systemd stops it; the server finishes what is in flight and exits. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
