package com.tari.tps.bench.engine;

import com.tari.tps.bench.RawSqlite;
import com.tari.tps.common.address.Network;
import com.tari.tps.common.address.TariAddress;
import com.tari.tps.common.amount.MicroTari;
import com.tari.tps.common.keys.SecretKey;
import com.tari.tps.common.signatures.NewPayment;
import com.tari.tps.server.db.Database;
import com.tari.tps.server.engine.Engine;
import com.tari.tps.server.config.EngineSettings;
import com.tari.tps.server.events.EventBus;
import com.tari.tps.server.orders.NewOrder;
import com.tari.tps.server.orders.OrderStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Payment pairs per second through the engine with many concurrent clients, each its own customer and sender:
 * a new order, the wallet's payment for it, the confirmation that pays it. Durable commits as in production (group
 * commit batches what waits). The raw single-row SQLite insert rate of the same disk, with synchronous FULL and
 * NORMAL, is measured in the same run for reference; afterwards every order must be Paid.
 * Run: {@code java -cp bench/target/benchmarks.jar com.tari.tps.bench.engine.ConcurrentPaymentsBenchmark [clients] [pairs per client]}.
 */
public final class ConcurrentPaymentsBenchmark {
    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 64;
        int perClient = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        Path dir = Files.createTempDirectory("tps-bench");
        double rawFull = RawSqlite.insertsPerSecond(dir.resolve("raw-full.db"), "FULL", 1_000);
        double rawNormal = RawSqlite.insertsPerSecond(dir.resolve("raw-normal.db"), "NORMAL", 1_000);

        Database db = Database.open("sqlite://" + dir.resolve("bench.db"));
        try (EventBus events = new EventBus()) {
            Engine engine = Engine.create(db, Clock.systemUTC(), EngineSettings.defaults(), events);
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            List<Future<long[]>> latencies = new ArrayList<>();
            long start = System.nanoTime();
            for (int c = 0; c < clients; c++) {
                int client = c;
                latencies.add(pool.submit(() -> {
                    TariAddress payer = TariAddress.single(Network.MAINNET, 3, SecretKey.random().publicKey());
                    long[] micros = new long[perClient];
                    for (int i = 0; i < perClient; i++) {
                        String id = "c" + client + "-o" + i;
                        engine.orders().newOrder(NewOrder.of(id, "customer-" + client, MicroTari.of(500), Instant.now()));
                        long t = System.nanoTime();
                        engine.payments().received(new NewPayment(payer, MicroTari.of(500), "c" + client + "-tx" + i, null, id));
                        engine.payments().confirm("c" + client + "-tx" + i);
                        micros[i] = (System.nanoTime() - t) / 1_000;
                    }
                    return micros;
                }));
            }
            long[] all = new long[clients * perClient];
            int k = 0;
            for (Future<long[]> f : latencies) {
                for (long v : f.get()) {
                    all[k++] = v;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            long unpaid = db.read(h -> h.createQuery("SELECT COUNT(*) FROM orders WHERE status <> :s")
                    .bind("s", OrderStatus.Paid.name()).mapTo(Long.class).one());
            Arrays.sort(all);
            System.out.printf(Locale.ROOT, "raw single-row inserts/s, synchronous=FULL:   %8.0f%n", rawFull);
            System.out.printf(Locale.ROOT, "raw single-row inserts/s, synchronous=NORMAL: %8.0f%n", rawNormal);
            System.out.printf(Locale.ROOT, "%d clients: order + payment + confirmation/s:  %8.0f  (%d pairs in %.1f s)%n",
                    clients, all.length / seconds, all.length, seconds);
            System.out.printf(Locale.ROOT, "payment+confirmation latency p50 / p99 / max: %.1f / %.1f / %.1f ms%n",
                    all[all.length / 2] / 1000.0, all[(int) (all.length * 0.99)] / 1000.0, all[all.length - 1] / 1000.0);
            System.out.printf(Locale.ROOT, "orders not Paid afterwards:                   %8d (must be 0)%n", unpaid);
        }
    }
}
