package com.tari.tps.release;

import static org.assertj.core.api.Assertions.assertThat;

import com.tari.tps.common.keys.SecretKey;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM to the shipped server (what systemd and {@code docker stop} send) while clients are connected: a request
 * whose body is still being uploaded is answered normally, an SSE client is told when to reconnect, new connections
 * are refused from the moment the stop begins, and the process exits 143 (128 + SIGTERM: the JVM's exit after its
 * shutdown hook ran, which the systemd unit counts as success) within the 10 s grace, saying it stopped. A write
 * answered just before the signal is in the store after a restart.
 */
class GracefulStopIT {
    private static final MediaType JSON = MediaType.get("application/json");
    /** HttpApi.SHUTDOWN_GRACE plus the JVM's start and stop of the workers. */
    private static final Duration STOP_BOUND = Duration.ofSeconds(10 + 5);

    @TempDir
    Path temp;

    @Test
    void sigtermLetsRequestsInFlightFinishAndExitsCleanly() throws Exception {
        Shipped.assertJarsBuilt();
        Shipped.Shop shop = Shipped.newShop(temp);
        Shipped shipped = shop.shipped();
        int port = shop.port();
        SecretKey adminKey = shop.adminKey();

        OkHttpClient http = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(10)).retryOnConnectionFailure(false).build();
        String base = "http://127.0.0.1:" + port;
        Path log = temp.resolve("server.log");
        Process server = shipped.start(List.of(Shipped.ROOT.resolve("bin/tari-payment-server").toString()), log);
        try {
            assertThat(Shipped.eventually(Duration.ofSeconds(60), () -> Shipped.healthy(http, base))).isTrue();
            // The launcher execs java, so the signal goes to the JVM itself and not to a shell that would not pass it on.
            assertThat(server.info().command().orElse("")).endsWith("java");
            String token = shop.login(http, adminKey, "write");

            try (Response r = http.newCall(new Request.Builder().url(base + "/api/credit").header("tpg_access_token", token)
                    .post(RequestBody.create(credit("before-stop"), JSON)).build()).execute()) {
                assertThat(r.code()).isEqualTo(200);
            }

            try (RawHttp sse = new RawHttp(port); RawHttp slow = new RawHttp(port)) {
                sse.send("GET /api/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\ntpg_access_token: " + token + "\r\n\r\n");
                assertThat(sse.readUntil("event: connected")).contains("200");

                // Headers and half of the body: the route is running, blocked reading the rest.
                byte[] body = credit("in-flight").getBytes(java.nio.charset.StandardCharsets.UTF_8);
                int half = body.length / 2;
                slow.send("POST /api/credit HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\ntpg_access_token: " + token
                        + "\r\nContent-Length: " + body.length + "\r\n\r\n");
                slow.send(body, 0, half);
                Thread.sleep(500);

                long stopAt = System.nanoTime();
                server.destroy(); // SIGTERM

                String bye = sse.readUntil("reconnect_after_ms");
                assertThat(bye).contains("event: shutdown").contains("data: {\"reconnect_after_ms\":3000}");
                assertThat(Shipped.eventually(Duration.ofSeconds(3), () -> refused(port)))
                        .as("new connections refused once the stop began").isTrue();
                Thread.sleep(2_000); // a slow client: the stop waits for it, well within the grace
                assertThat(server.isAlive()).as("still waiting for the request in flight").isTrue();

                slow.send(body, half, body.length - half);
                // The normal answer of a credit note that settles nothing; the stopping server then closes the connection.
                String answer = slow.readToEnd();
                assertThat(answer).startsWith("HTTP/1.1 200").contains("Connection: close").endsWith("{\"orders_paid\":[],\"settlements\":[]}");

                assertThat(server.waitFor(STOP_BOUND.toNanos() - (System.nanoTime() - stopAt), TimeUnit.NANOSECONDS))
                        .as("stopped within the grace").isTrue();
            }
            assertThat(server.exitValue()).as("128 + SIGTERM after a clean shutdown hook").isEqualTo(143);
            assertThat(Files.readString(log)).contains("Stopping: requests in flight get up to 10 s")
                    .contains("Tari Payment Server stopped").doesNotContain("Exception");

            // Restart on the same store: both writes that were answered 200 are there.
            server = shipped.start(List.of(Shipped.ROOT.resolve("bin/tari-payment-server").toString()), temp.resolve("server2.log"));
            assertThat(Shipped.eventually(Duration.ofSeconds(60), () -> Shipped.healthy(http, base))).isTrue();
            List<String> stored = new ArrayList<>();
            try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + shop.dir().resolve("store/tps.db"));
                 ResultSet rows = db.createStatement().executeQuery("SELECT memo FROM payments WHERE memo LIKE 'Credit note: graceful-%' ORDER BY memo")) {
                while (rows.next()) {
                    stored.add(rows.getString(1));
                }
            }
            assertThat(stored).containsExactly("Credit note: graceful-before-stop", "Credit note: graceful-in-flight");
        } finally {
            server.destroyForcibly();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static String credit(String reason) {
        return "{\"customer_id\":\"graceful\",\"amount\":1,\"reason\":\"graceful-" + reason + "\"}";
    }

    private static boolean refused(int port) {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return false;
        } catch (ConnectException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }


    /** HTTP/1.1 over a plain socket, so the test decides when each byte of a request is sent. */
    private static final class RawHttp implements AutoCloseable {
        private final Socket socket;
        private final StringBuilder received = new StringBuilder();

        RawHttp(int port) throws IOException {
            socket = new Socket(InetAddress.getLoopbackAddress(), port);
            socket.setSoTimeout((int) STOP_BOUND.toMillis());
        }

        void send(String text) throws IOException {
            byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            send(bytes, 0, bytes.length);
        }

        void send(byte[] bytes, int from, int length) throws IOException {
            socket.getOutputStream().write(bytes, from, length);
            socket.getOutputStream().flush();
        }

        /** Everything received so far once it contains {@code marker}; fails on end of stream or timeout. */
        String readUntil(String marker) throws IOException {
            byte[] buffer = new byte[4096];
            while (received.indexOf(marker) < 0) {
                int n = socket.getInputStream().read(buffer);
                if (n < 0) {
                    throw new IOException("connection closed before '" + marker + "'; got:\n" + received);
                }
                received.append(new String(buffer, 0, n, java.nio.charset.StandardCharsets.UTF_8));
            }
            return received.toString();
        }

        /** Everything received until the server closes the connection. */
        String readToEnd() throws IOException {
            byte[] buffer = new byte[4096];
            for (int n; (n = socket.getInputStream().read(buffer)) >= 0; ) {
                received.append(new String(buffer, 0, n, java.nio.charset.StandardCharsets.UTF_8));
            }
            return received.toString();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
