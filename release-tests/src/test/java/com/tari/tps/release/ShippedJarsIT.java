package com.tari.tps.release;

import static org.assertj.core.api.Assertions.assertThat;

import com.tari.tps.common.testing.TestSecrets;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fat jars as shipped: self-contained, runnable with {@code java -jar}, and clear when they cannot start. */
class ShippedJarsIT {
    @TempDir
    Path dir;

    @BeforeAll
    static void built() {
        Shipped.assertJarsBuilt();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Test
    void eachJarRunsItsHelpWithJavaDashJar() throws Exception {
        Shipped shipped = new Shipped(dir, Map.of("HOME", dir.toString()));
        Shipped.Run server = shipped.run(List.of(java(), "-jar", Shipped.SERVER_JAR.toString(), "--help"));
        assertThat(server.exit()).as(server.output()).isZero();
        assertThat(server.output()).contains("Tari Payment Server").contains("TPG_DATABASE_URL").doesNotContain("Exception");
        Shipped.Run tools = shipped.run(List.of(java(), "-jar", Shipped.TARITOOLS_JAR.toString(), "--help"));
        assertThat(tools.exit()).as(tools.output()).isZero();
        assertThat(tools.output()).contains("Usage: taritools").contains("setup").contains("wallet");
    }

    /**
     * Every class that the project's own code refers to is inside the jar (or the JDK). A library left out by a Maven
     * scope would otherwise fail only when that code first runs, in front of a merchant.
     */
    @Test
    void everyClassTheProjectsCodeUsesIsInsideItsJar() throws Exception {
        String jdeps = Path.of(System.getProperty("java.home"), "bin", "jdeps").toString();
        Shipped shipped = new Shipped(dir, Map.of());
        for (Path jar : List.of(Shipped.SERVER_JAR, Shipped.TARITOOLS_JAR)) {
            Shipped.Run deps = shipped.run(List.of(jdeps, "--multi-release", "17", "-verbose:class", jar.toString()));
            assertThat(deps.exit()).as(deps.output()).isZero();
            List<String> missing = deps.output().lines()
                    .filter(line -> line.trim().startsWith("com.tari.tps.") && line.contains("not found"))
                    .toList();
            assertThat(missing).as(jar.getFileName() + " lacks classes its code uses").isEmpty();
            assertThat(deps.output()).as("jdeps read the project's classes").contains("com.tari.tps.");
        }
    }

    @Test
    void aPortInUseIsOneLineNamingThePortAndTheSetting() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Files.writeString(dir.resolve(".env"), "TPG_PORT=" + taken.getLocalPort() + "\n");
            Shipped shipped = new Shipped(dir, Map.of("HOME", dir.toString()));
            Shipped.Run run = shipped.run(List.of(Shipped.ROOT.resolve("bin/tari-payment-server").toString()));
            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.output()).contains("Cannot start: Port " + taken.getLocalPort() + " on 127.0.0.1 is already in use")
                    .contains("TPG_PORT").doesNotContain("\tat ").doesNotContain("Exception");
        }
    }

    /** TPG_LOG_FORMAT=json from .env: every line the shipped jar prints is one JSON object, carrying the request id. */
    @Test
    void jsonLogsAreOneObjectPerLineWithTheRequestId() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        Files.writeString(dir.resolve(".env"), "TPG_PORT=" + port + "\nTPG_LOG_FORMAT=json\nTPG_SHOPIFY_HMAC_SECRET=" + TestSecrets.SHOPIFY_HMAC_SECRET + "\n");
        Path log = dir.resolve("server.log");
        Process server = new Shipped(dir, Map.of("HOME", dir.toString()))
                .start(List.of(java(), "-jar", Shipped.SERVER_JAR.toString()), log);
        okhttp3.OkHttpClient http = new okhttp3.OkHttpClient();
        try {
            assertThat(Shipped.eventually(java.time.Duration.ofSeconds(60), () -> {
                try (okhttp3.Response r = http.newCall(new okhttp3.Request.Builder().url("http://127.0.0.1:" + port + "/wallet/send_to")
                        .header("X-Request-Id", "release-json-1").build()).execute()) {
                    return r.code() == 200;
                } catch (java.io.IOException e) {
                    return false;
                }
            })).isTrue();
            assertThat(Shipped.eventually(java.time.Duration.ofSeconds(10), () -> Files.readString(log).contains("release-json-1"))).isTrue();
        } finally {
            server.destroy();
            server.waitFor(20, java.util.concurrent.TimeUnit.SECONDS);
        }
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        List<String> lines = Files.readAllLines(log).stream().filter(l -> !l.isBlank()).toList();
        assertThat(lines).hasSizeGreaterThan(3);
        for (String line : lines) {
            assertThat(json.readTree(line).isObject()).as(line).isTrue();
        }
        assertThat(lines).anySatisfy(line -> {
            var event = json.readTree(line);
            assertThat(event.path("loggerName").asText()).isEqualTo("access");
            assertThat(event.path("mdc").path("request_id").asText()).isEqualTo("release-json-1");
        });
        assertThat(String.join("\n", lines)).doesNotContain(TestSecrets.SHOPIFY_HMAC_SECRET);
    }

    /**
     * TPG_METRICS_ADDRESS from .env: the shipped jar serves Prometheus metrics on that address without a token (so
     * Micrometer and its Prometheus registry are inside the fat jar), and no longer on the main port.
     */
    @Test
    void theMetricsAddressServesPrometheusMetricsWithoutAToken() throws Exception {
        int port = freePort();
        int metricsPort = freePort();
        Files.writeString(dir.resolve(".env"), "TPG_PORT=" + port + "\nTPG_METRICS_ADDRESS=127.0.0.1:" + metricsPort + "\n");
        Path log = dir.resolve("server.log");
        Process server = new Shipped(dir, Map.of("HOME", dir.toString()))
                .start(List.of(java(), "-jar", Shipped.SERVER_JAR.toString()), log);
        okhttp3.OkHttpClient http = new okhttp3.OkHttpClient();
        String[] scrape = new String[1];
        try {
            assertThat(Shipped.eventually(java.time.Duration.ofSeconds(60), () -> {
                try (okhttp3.Response r = http.newCall(new okhttp3.Request.Builder()
                        .url("http://127.0.0.1:" + metricsPort + "/metrics").build()).execute()) {
                    scrape[0] = r.body().string();
                    return r.code() == 200 && String.valueOf(r.header("Content-Type")).startsWith("text/plain");
                } catch (java.io.IOException e) {
                    return false;
                }
            })).as("metrics on " + metricsPort + "; log:\n" + (Files.exists(log) ? Files.readString(log) : "")).isTrue();
            try (okhttp3.Response r = http.newCall(new okhttp3.Request.Builder().url("http://127.0.0.1:" + port + "/metrics").build()).execute()) {
                assertThat(r.code()).as("not on the main port").isEqualTo(404);
            }
            try (okhttp3.Response r = http.newCall(new okhttp3.Request.Builder()
                    .url("http://127.0.0.1:" + metricsPort + "/metrics").build()).execute()) {
                scrape[0] = r.body().string();
            }
        } finally {
            server.destroy();
            server.waitFor(20, java.util.concurrent.TimeUnit.SECONDS);
        }
        assertThat(scrape[0]).contains("# TYPE tps_orders gauge").contains("tps_orders{status=\"Paid\"}")
                .contains("jvm_memory_used_bytes").contains("tps_http_server_requests_seconds_count{method=\"GET\",status=\"404\",uri=\"NOT_FOUND\"}");
        assertThat(Files.readString(log)).doesNotContain("Exception");
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return free.getLocalPort();
        }
    }

    @Test
    void aBadSettingStopsTheServerWithOneLineNamingIt() throws Exception {
        Files.writeString(dir.resolve(".env"), "TPG_DATABASE_URL=mysql://nowhere/db\n");
        Shipped.Run run = new Shipped(dir, Map.of("HOME", dir.toString()))
                .run(List.of(Shipped.ROOT.resolve("bin/tari-payment-server").toString()));
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.output()).contains("Cannot start: TPG_DATABASE_URL").doesNotContain("\tat ");
    }
}
