package com.tari.tps.bench.engine;

import com.tari.tps.common.address.Network;
import com.tari.tps.common.address.TariAddress;
import com.tari.tps.common.amount.MicroTari;
import com.tari.tps.common.keys.SecretKey;
import com.tari.tps.common.signatures.NewPayment;
import com.tari.tps.server.db.Database;
import com.tari.tps.server.db.Timestamps;
import com.tari.tps.server.engine.Engine;
import com.tari.tps.server.config.EngineSettings;
import com.tari.tps.server.events.EventBus;
import com.tari.tps.server.orders.NewOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

/**
 * Engine throughput on a real SQLite file (durable commits, as in production): orders/s, payment → confirmation →
 * match/s, the raw single-row insert rate of the same database for reference, and the cost of a payment with 10k and
 * with 1M orders stored. Run: {@code java -cp bench/target/benchmarks.jar com.tari.tps.bench.engine.EngineBenchmark}.
 */
public final class EngineBenchmark {
    private static final int ORDERS = 2_000;
    private static final int PAYMENTS = 1_000;
    private static final int RAW_INSERTS = 2_000;

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("tps-bench");
        Database db = Database.open("sqlite://" + dir.resolve("bench.db"));
        try (EventBus events = new EventBus()) {
            Engine engine = Engine.create(db, Clock.systemUTC(), EngineSettings.defaults(), events);
            TariAddress payer = TariAddress.single(Network.MAINNET, 3, SecretKey.random().publicKey());

            double raw = rawInsertsPerSecond(db);
            double orders = timed(ORDERS, i -> engine.orders().newOrder(
                    NewOrder.of("bench-" + i, "customer-" + i, MicroTari.of(1_000), Instant.now())));
            double payments = paymentFlowsPerSecond(engine, payer, "first", PAYMENTS);

            fillOrders(db, 10_000);
            double at10k = paymentFlowsPerSecond(engine, payer, "at10k", 500);
            fillOrders(db, 1_000_000);
            double at1m = paymentFlowsPerSecond(engine, payer, "at1m", 500);

            System.out.printf(Locale.ROOT, "raw single-row SQLite inserts/s (one commit each): %8.0f%n", raw);
            System.out.printf(Locale.ROOT, "orders/s through the engine:                        %8.0f%n", orders);
            System.out.printf(Locale.ROOT, "payment -> confirmation -> match/s:                 %8.0f%n", payments);
            System.out.printf(Locale.ROOT, "payment flows/s with 10k orders stored:             %8.0f  (%.3f ms each)%n", at10k, 1000 / at10k);
            System.out.printf(Locale.ROOT, "payment flows/s with 1M orders stored:              %8.0f  (%.3f ms each)%n", at1m, 1000 / at1m);
            System.out.printf(Locale.ROOT, "cost ratio 1M / 10k:                                %8.2f  (goal: at most 1.30)%n", at10k / at1m);
        }
    }

    /** One order for a fresh customer, a payment naming it (which claims it), the confirmation that pays it. */
    private static double paymentFlowsPerSecond(Engine engine, TariAddress payer, String tag, int n) {
        for (int i = 0; i < n; i++) {
            engine.orders().newOrder(NewOrder.of(tag + "-order-" + i, tag + "-customer-" + i, MicroTari.of(500), Instant.now()));
        }
        return timed(n, i -> {
            engine.payments().received(new NewPayment(payer, MicroTari.of(500), tag + "-tx-" + i, null, tag + "-order-" + i));
            engine.payments().confirm(tag + "-tx-" + i);
        });
    }

    private static double rawInsertsPerSecond(Database db) {
        db.write(h -> h.execute("CREATE TABLE IF NOT EXISTS bench_raw (id INTEGER PRIMARY KEY, v TEXT NOT NULL)"));
        return timed(RAW_INSERTS, i -> db.write(h -> h.createUpdate("INSERT INTO bench_raw (v) VALUES (:v)").bind("v", "row " + i).execute()));
    }

    /** Tops the orders table up to {@code total} rows with Paid filler orders, in one transaction. */
    private static void fillOrders(Database db, int total) {
        long have = db.read(h -> h.createQuery("SELECT COUNT(*) FROM orders").mapTo(Long.class).one());
        String now = Timestamps.format(Instant.now());
        db.write(h -> {
            var batch = h.prepareBatch("INSERT INTO orders (order_id, customer_id, total_price, currency, created_at, updated_at, status) "
                    + "VALUES (:id, :c, 1000, 'XTR', :now, :now, 'Paid')");
            for (long i = have; i < total; i++) {
                batch.bind("id", "filler-" + i).bind("c", "filler-customer-" + (i % 50_000)).bind("now", now).add();
                if (i % 10_000 == 0) {
                    batch.execute();
                }
            }
            batch.execute();
            return null;
        });
    }

    private static double timed(int n, java.util.function.IntConsumer work) {
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            work.accept(i);
        }
        return n / ((System.nanoTime() - start) / 1e9);
    }
}
