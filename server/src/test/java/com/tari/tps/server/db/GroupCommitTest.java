package com.tari.tps.server.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's one writer: operations committed together, each atomic on its own, a bounded queue. */
class GroupCommitTest {
    @TempDir
    Path dir;

    private static int rates(Database db) {
        return db.read(h -> h.createQuery("SELECT COUNT(*) FROM exchange_rates").mapTo(Integer.class).one());
    }

    private static void insertRate(org.jdbi.v3.core.Handle h, String currency) {
        h.createUpdate("INSERT INTO exchange_rates (currency, rate, updated_at) VALUES (:c, 1, 'x')").bind("c", currency).execute();
    }

    @Test
    void aFailingOperationInABatchChangesNothingAndTheOthersCommit() throws Exception {
        Database db = Database.open("sqlite://" + dir.resolve("tps.db"));
        CountDownLatch writerBusy = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            // Hold the writer so the next operations queue up and are committed as one batch.
            Future<?> blocker = pool.submit(() -> db.write(h -> {
                writerBusy.countDown();
                await(release);
                return null;
            }));
            assertThat(writerBusy.await(5, TimeUnit.SECONDS)).isTrue();
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                int n = i;
                results.add(pool.submit(() -> db.write(h -> {
                    insertRate(h, "C" + n);
                    if (n % 3 == 0) {
                        throw new IllegalStateException("operation " + n + " refuses");
                    }
                    return n;
                })));
            }
            Thread.sleep(200); // let all ten reach the queue
            release.countDown();
            blocker.get(5, TimeUnit.SECONDS);
            for (int i = 0; i < 10; i++) {
                int n = i;
                if (n % 3 == 0) {
                    assertThatThrownBy(() -> results.get(n).get(5, TimeUnit.SECONDS))
                            .hasCauseInstanceOf(IllegalStateException.class).hasMessageContaining("operation " + n);
                } else {
                    assertThat(results.get(n).get(5, TimeUnit.SECONDS)).isEqualTo(n);
                }
            }
            List<String> stored = db.read(h -> h.createQuery("SELECT currency FROM exchange_rates ORDER BY currency").mapTo(String.class).list());
            assertThat(stored).containsExactly("C1", "C2", "C4", "C5", "C7", "C8");
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void aFullQueueRefusesAtOnceAndChangesNothing() throws Exception {
        Database db = Database.open("sqlite://" + dir.resolve("tps.db"), 5, 3);
        CountDownLatch writerBusy = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            pool.submit(() -> db.write(h -> {
                writerBusy.countDown();
                await(release);
                return null;
            }));
            assertThat(writerBusy.await(5, TimeUnit.SECONDS)).isTrue();
            List<Future<?>> queued = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                int n = i;
                queued.add(pool.submit(() -> db.write(h -> {
                    insertRate(h, "Q" + n);
                    return null;
                })));
            }
            Thread.sleep(200);
            assertThatThrownBy(() -> db.write(h -> {
                insertRate(h, "NO");
                return null;
            })).isInstanceOf(WriteQueueFull.class);
            release.countDown();
            for (Future<?> f : queued) {
                f.get(5, TimeUnit.SECONDS);
            }
            assertThat(rates(db)).isEqualTo(3);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void aWriteFromInsideAWriteJoinsItsTransaction() {
        Database db = Database.open("sqlite://" + dir.resolve("tps.db"));
        assertThatThrownBy(() -> db.write(h -> {
            insertRate(h, "OUT");
            db.write(inner -> {
                insertRate(inner, "IN");
                return null;
            });
            throw new IllegalStateException("outer fails");
        })).hasMessage("outer fails");
        assertThat(rates(db)).isZero();
    }

    @Test
    void aFailedWriteNestedTwoDeepUndoesItsOwnChangesOnly() {
        // Every level's savepoint has the same name; each rollback must reach its own, the innermost. On both stores
        // (SQLite's writer and PostgreSQL's serializable writes nest the same way).
        Database db = Database.open(TestStores.freshUrl(dir));
        db.write(h -> {
            insertRate(h, "OUTER");
            db.write(middle -> {
                insertRate(middle, "MIDDLE");
                assertThatThrownBy(() -> db.write(inner -> {
                    insertRate(inner, "INNER");
                    throw new IllegalStateException("inner fails");
                })).hasMessage("inner fails");
                insertRate(middle, "AFTER");
                return null;
            });
            assertThatThrownBy(() -> db.write(second -> {
                insertRate(second, "SECOND");
                throw new IllegalStateException("second fails");
            })).hasMessage("second fails");
            return null;
        });
        List<String> kept = db.read(h -> h.createQuery("SELECT currency FROM exchange_rates ORDER BY currency")
                .mapTo(String.class).list());
        assertThat(kept).containsExactly("AFTER", "MIDDLE", "OUTER");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
