package com.tari.tps.release;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tari.tps.server.db.Timestamps;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An admin's search without filters on a big store, against the shipped launcher with its default JVM options. The
 * orders of this store take more memory as Java objects than the launcher's heap holds, so the answer only comes
 * whole because the server streams the orders from the store a batch at a time; the server is still healthy after.
 */
class BigStoreSearchIT {
    private static final int ORDERS = 200_000;
    /** A long memo per order, so the store's orders outweigh the launcher's heap at this count. */
    private static final String MEMO = "m".repeat(500);

    @TempDir
    Path temp;

    @Test
    void anUnfilteredSearchAnswersEveryOrderOfAStoreBiggerThanTheHeap() throws Exception {
        Shipped.assertJarsBuilt();
        Shipped.Shop shop = Shipped.newShop(temp);
        var reader = shop.addAdmin("read_all");
        // recent, so the expiry worker leaves them alone while the search runs
        Instant first = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        fill(shop.dir().resolve("store/tps.db"), first);

        OkHttpClient http = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(60)).build();
        Path log = temp.resolve("server.log");
        Process server = shop.shipped().start(List.of(Shipped.ROOT.resolve("bin/tari-payment-server").toString()), log);
        try {
            assertThat(Shipped.eventually(Duration.ofSeconds(60), () -> Shipped.healthy(http, shop.base()))).isTrue();
            assertThat(server.info().arguments().map(List::of).orElse(List.of())).as("the launcher caps the heap").contains("-Xmx160m");
            String token = shop.login(http, reader, "read_all");
            int seen = 0;
            try (Response r = http.newCall(new Request.Builder().url(shop.base() + "/api/search/orders")
                    .header("tpg_access_token", token).build()).execute();
                 JsonParser json = new JsonFactory(new ObjectMapper()).createParser(r.body().byteStream())) {
                assertThat(r.code()).isEqualTo(200);
                assertThat(json.nextToken()).isEqualTo(JsonToken.START_ARRAY);
                while (json.nextToken() == JsonToken.START_OBJECT) {
                    JsonNode order = json.readValueAsTree();
                    // every order once, oldest first, whole
                    assertThat(order.path("order_id").asText()).isEqualTo("big-" + seen);
                    assertThat(order.path("memo").asText()).isEqualTo(MEMO);
                    assertThat(order.path("total_price").asLong()).isEqualTo(1_000_000L + seen);
                    seen++;
                }
                assertThat(json.currentToken()).isEqualTo(JsonToken.END_ARRAY);
            }
            assertThat(seen).isEqualTo(ORDERS);
            assertThat(Shipped.healthy(http, shop.base())).as("still serving after the search").isTrue();
            assertThat(server.isAlive()).isTrue();
        } finally {
            server.destroy();
            server.waitFor(20, TimeUnit.SECONDS);
        }
        assertThat(Files.readString(log)).doesNotContain("OutOfMemoryError");
    }

    /** The orders go straight into the store the server will open, as a shop's years of orders would be there. */
    private static void fill(Path store, Instant first) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + store)) {
            db.setAutoCommit(false);
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO orders (order_id, customer_id, memo, total_price, "
                    + "currency, created_at, updated_at, status) VALUES (?, ?, ?, ?, 'XTR', ?, ?, 'New')")) {
                for (int i = 0; i < ORDERS; i++) {
                    String at = Timestamps.format(first.plusMillis(i));
                    insert.setString(1, "big-" + i);
                    insert.setString(2, "customer-" + (i % 1_000));
                    insert.setString(3, MEMO);
                    insert.setLong(4, 1_000_000L + i);
                    insert.setString(5, at);
                    insert.setString(6, at);
                    insert.addBatch();
                    if (i % 10_000 == 9_999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            db.commit();
        }
    }

}
