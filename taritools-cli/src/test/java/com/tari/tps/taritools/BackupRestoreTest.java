package com.tari.tps.taritools;

import static org.assertj.core.api.Assertions.assertThat;

import com.tari.tps.common.amount.MicroTari;
import com.tari.tps.server.http.ApiServer;
import com.tari.tps.server.orders.NewOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code setup backup} while a server writes, {@code setup restore} into a new directory, and a server started on
 * the restored store: it holds a consistent moment of the original (no credit without its account, no paid order
 * without its settlement) and every balance agrees with its ledger.
 */
class BackupRestoreTest {
    @TempDir
    Path dir;

    @Test
    void aBackupTakenUnderWriteLoadRestoresToAConsistentStore() throws Exception {
        Path source = dir.resolve("shop/data/tari_store.db");
        Path backup = dir.resolve("backups/tps-backup.db");
        Path restored = dir.resolve("restored/data/tari_store.db");
        Map<String, Long> sourceBalances = new HashMap<>();
        try (ApiServer server = new ApiServer(dir.resolve("shop"))) {
            var engine = server.engine.engine;
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger orders = new AtomicInteger();
            ExecutorService writers = Executors.newFixedThreadPool(4);
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                String customer = "cust-" + w;
                running.add(writers.submit(() -> {
                    while (!stop.get()) {
                        engine.orders().newOrder(NewOrder.of("order-" + orders.incrementAndGet(), customer, MicroTari.of(3),
                                server.engine.clock.instant()));
                        engine.payments().creditNote(customer, MicroTari.of(2), "load");
                    }
                    return null;
                }));
            }
            Thread.sleep(500);
            SetupCommandsTest.Run run = SetupCommandsTest.taritools("sqlite://" + source, "setup", "backup", "--to", backup.toString());
            stop.set(true);
            for (Future<?> f : running) {
                f.get(30, TimeUnit.SECONDS);
            }
            writers.shutdown();
            assertThat(run.exit()).as(run.output()).isZero();
            assertThat(run.output()).contains("Database: " + source).contains("Backup written to " + backup);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rw-------");
            for (int w = 0; w < 4; w++) {
                sourceBalances.put("cust-" + w, engine.accounts().customerHistory("cust-" + w).currentBalance());
            }
        }

        SetupCommandsTest.Run restore = SetupCommandsTest.taritools("sqlite://" + restored, "setup", "restore", "--from", backup.toString());
        assertThat(restore.exit()).as(restore.output()).isZero();
        assertThat(SetupCommandsTest.taritools("sqlite://" + restored, "setup", "restore", "--from", backup.toString()).exit())
                .as("an existing database is only replaced with --force").isEqualTo(2);

        long credits;
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + restored)) {
            credits = count(db, "SELECT COUNT(*) FROM payments WHERE memo = 'Credit note: load'");
            assertThat(credits).as("the backup caught writes in progress").isPositive();
            assertThat(count(db, "SELECT COUNT(*) FROM orders o WHERE o.status = 'Paid' "
                    + "AND NOT EXISTS (SELECT 1 FROM settlements s WHERE s.order_id = o.order_id)")).as("paid orders are settled").isZero();
        }
        try (ApiServer again = new ApiServer(dir.resolve("restored"))) {
            var engine = again.engine.engine;
            long total = 0;
            for (int w = 0; w < 4; w++) {
                var history = engine.accounts().customerHistory("cust-" + w);
                long paidPrices = history.orders().stream().filter(o -> o.status().name().equals("Paid")).mapToLong(o -> o.totalPrice().value()).sum();
                long credited = engine.payments().paymentsFrom(com.tari.tps.common.address.TariAddress.dummyForCustomerId("cust-" + w))
                        .stream().mapToLong(p -> p.amount().value()).sum();
                assertThat(history.currentBalance()).as("cust-" + w + ": credits less paid orders").isEqualTo(credited - paidPrices);
                assertThat(history.currentBalance()).isLessThanOrEqualTo(sourceBalances.get("cust-" + w) + 3);
                total += credited;
            }
            assertThat(total).isEqualTo(credits * 2);
        }
    }

    private static long count(Connection db, String sql) throws Exception {
        try (ResultSet rows = db.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
