package com.tari.tps.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.tari.tps.common.jwt.LoginToken;
import com.tari.tps.common.jwt.Role;
import com.tari.tps.server.engine.EngineFixture.Wallet;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the store's writer has more waiting than TPG_WRITE_QUEUE, a write is refused at once with 503 and changes nothing. */
class WriteQueueFullTest {
    @TempDir
    Path dir;

    @Test
    void aFullWriteQueueAnswers503WithRetryAfterAndChangesNothing() throws Exception {
        Wallet admin = Wallet.random();
        try (ApiServer server = new ApiServer(dir, Map.of("TPG_WRITE_QUEUE", "1"))) {
            server.engine.engine.access().updateRoles(admin.address(), List.of(Role.SUPER_ADMIN), List.of());
            server.engine.order("9001", "alice", 5_000_000);
            // The login is a write too: with one place in the queue, a background worker's write (the server has just
            // started) can take it, and the login is told 503 like any write. A client tries again, as told.
            String token = null;
            for (int attempt = 1; token == null; attempt++) {
                String login = new LoginToken(admin.address(), attempt, List.of(Role.SUPER_ADMIN)).sign(admin.key());
                try (Response r = server.post("/auth", null, Map.of("tpg_auth_token", login))) {
                    if (r.code() == 503 && attempt < 50) {
                        Thread.sleep(100);
                        continue;
                    }
                    assertThat(r.code()).as("login").isEqualTo(200);
                    token = r.body().string();
                }
            }

            // Hold the writer inside one operation, and fill the queue of one behind it.
            CountDownLatch writing = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Object> held = CompletableFuture.supplyAsync(() -> server.engine.database.write(h -> {
                writing.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }));
            assertThat(writing.await(10, TimeUnit.SECONDS)).isTrue();
            // SQLite's one writer is busy with the held write and the next one waits in the queue's one place; on
            // PostgreSQL, where writes run side by side, TPG_WRITE_QUEUE counts those in progress too, so the held
            // one fills it.
            CompletableFuture<Object> queued = com.tari.tps.server.db.TestStores.postgres() ? CompletableFuture.completedFuture(null)
                    : CompletableFuture.supplyAsync(() -> server.engine.database.write(h -> null));
            Thread.sleep(300);

            String credit = "{\"customer_id\":\"alice\",\"amount\":5000000,\"reason\":\"goodwill\"}";
            try (Response r = server.post("/api/credit", credit, Map.of("tpg_access_token", token))) {
                assertThat(r.code()).isEqualTo(503);
                assertThat(r.header("Retry-After")).isEqualTo("1");
                assertThat(r.body().string()).startsWith("{\"error\":");
            }

            release.countDown();
            held.get(10, TimeUnit.SECONDS);
            queued.get(10, TimeUnit.SECONDS);
            long payments = server.engine.database.read(h -> h.createQuery("SELECT count(*) FROM payments").mapTo(Long.class).one());
            assertThat(payments)
                    .as("the refused credit changed nothing").isZero();
            assertThat(server.engine.reload("9001").status().name()).isEqualTo("Unclaimed");
            try (Response r = server.post("/api/credit", credit, Map.of("tpg_access_token", token))) {
                assertThat(r.code()).as("once the queue drains, the same write goes through").isEqualTo(200);
            }
            assertThat(server.engine.reload("9001").status().name()).isEqualTo("Paid");
        }
    }
}
