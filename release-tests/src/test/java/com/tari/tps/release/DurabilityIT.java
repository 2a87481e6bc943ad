package com.tari.tps.release;

import static org.assertj.core.api.Assertions.assertThat;

import com.tari.tps.common.keys.SecretKey;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 in the middle of a stream of concurrent writes (credit notes from 16 clients, committed in batches): after
 * a restart, every write answered 200 is in the store, and nothing is there that was never sent.
 */
class DurabilityIT {
    private static final MediaType JSON = MediaType.get("application/json");

    @TempDir
    Path temp;

    @Test
    void killingTheServerUnderLoadLosesNothingThatWasAnswered() throws Exception {
        Shipped.assertJarsBuilt();
        Shipped.Shop shop = Shipped.newShop(temp);
        Shipped shipped = shop.shipped();
        int port = shop.port();
        SecretKey adminKey = shop.adminKey();

        OkHttpClient http = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(10)).retryOnConnectionFailure(false).build();
        String base = "http://127.0.0.1:" + port;
        Process server = shipped.start(List.of(Shipped.ROOT.resolve("bin/tari-payment-server").toString()), temp.resolve("server.log"));
        try {
            assertThat(Shipped.eventually(Duration.ofSeconds(60), () -> Shipped.healthy(http, base))).isTrue();
            String token = shop.login(http, adminKey, "write");

            Set<String> sent = ConcurrentHashMap.newKeySet();
            Set<String> answered = ConcurrentHashMap.newKeySet();
            AtomicBoolean killed = new AtomicBoolean();
            ExecutorService clients = Executors.newFixedThreadPool(16);
            for (int c = 0; c < 16; c++) {
                int client = c;
                clients.submit(() -> {
                    for (int i = 0; i < 10_000 && !killed.get(); i++) {
                        String reason = "durability-" + client + "-" + i;
                        sent.add(reason);
                        String body = "{\"customer_id\":\"k" + client + "\",\"amount\":1,\"reason\":\"" + reason + "\"}";
                        try (Response r = http.newCall(new Request.Builder().url(base + "/api/credit").header("tpg_access_token", token)
                                .post(RequestBody.create(body, JSON)).build()).execute()) {
                            if (r.code() == 200) {
                                answered.add(reason);
                            }
                        } catch (IOException e) {
                            return; // the server is gone
                        }
                    }
                });
            }
            assertThat(Shipped.eventually(Duration.ofSeconds(30), () -> answered.size() >= 200)).isTrue();
            server.destroyForcibly();
            killed.set(true);
            assertThat(server.waitFor(10, TimeUnit.SECONDS)).isTrue();
            clients.shutdown();
            assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

            // Restart on the same store: it opens cleanly, and the store holds every answered write.
            server = shipped.start(List.of(Shipped.ROOT.resolve("bin/tari-payment-server").toString()), temp.resolve("server2.log"));
            assertThat(Shipped.eventually(Duration.ofSeconds(60), () -> Shipped.healthy(http, base))).isTrue();
            Set<String> stored = new HashSet<>();
            try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + shop.dir().resolve("store/tps.db"));
                 ResultSet rows = db.createStatement().executeQuery("SELECT memo FROM payments WHERE memo LIKE 'Credit note: durability-%'")) {
                while (rows.next()) {
                    stored.add(rows.getString(1).substring("Credit note: ".length()));
                }
            }
            assertThat(stored).as("every answered credit note survived the kill").containsAll(answered);
            assertThat(sent).as("nothing stored that was never sent").containsAll(stored);
            assertThat(stored.size()).isGreaterThanOrEqualTo(answered.size());
        } finally {
            server.destroyForcibly();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

}
