package com.tari.tps.bench.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tari.tps.bench.RawSqlite;
import com.tari.tps.common.address.Network;
import com.tari.tps.common.address.TariAddress;
import com.tari.tps.common.amount.MicroTari;
import com.tari.tps.common.jwt.LoginToken;
import com.tari.tps.common.jwt.Role;
import com.tari.tps.common.keys.SecretKey;
import com.tari.tps.common.signatures.ConfirmationNotification;
import com.tari.tps.common.signatures.NewPayment;
import com.tari.tps.common.signatures.PaymentNotification;
import com.tari.tps.common.signatures.TransactionConfirmation;
import com.tari.tps.common.signatures.WalletSignature;
import com.tari.tps.server.App;
import com.tari.tps.server.ServerConfig;
import com.tari.tps.server.config.Environment;
import com.tari.tps.server.db.TestPostgres;
import com.tari.tps.server.db.Timestamps;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The server over HTTP, started through the same composition root as {@code Main} ({@link App#start}) from
 * {@code TPG_*} settings on a fresh SQLite file, loaded by many concurrent OkHttp clients:
 * <ol>
 * <li>raw single-row SQLite insert + commit, {@code synchronous=FULL} and {@code NORMAL}, same disk (reference);</li>
 * <li>HMAC-signed Shopify {@code orders/create} webhooks, orders/s;</li>
 * <li>pairs/s: each client has its own hot wallet (registered with {@code POST /api/wallets} as a super admin) and
 * customer, and for each pair sends the order webhook, the wallet's signed payment notice naming the order and the
 * signed confirmation; afterwards every order must be Paid and every balance exact, read back over the API. A JFR
 * profile is recorded in-process while this row runs and summarised after the table;</li>
 * <li>latency of one payment notice request under that load;</li>
 * <li>cost of a payment + confirmation (one client, one customer) with 10k and with many stored orders, the filler
 * orders inserted directly with SQL into the store;</li>
 * <li>the shipped server jar in a process of its own ({@code java -jar}, run from the checkout): three cold starts
 * to {@code /health} on an existing store, then the pairs row against it with its resident memory and CPU read from
 * {@code /proc}.</li>
 * </ol>
 * With {@code --postgres} anywhere in the arguments, the pairs row is also run (after its own warm-up, same clients
 * and counts, fresh wallets and customers) on PostgreSQL: one instance, then two instances on the same database. The
 * PostgreSQL server is {@link TestPostgres#startDurable()} (Debian's binaries, {@code fsync} and
 * {@code synchronous_commit} on), one fresh migrated database per row. The two instances are two {@link App#start}
 * in this JVM sharing nothing but the database (each its own pool, workers, metrics, Jetty); load is spread by the
 * clients themselves, each alternating its requests between the two ports (webhook, notice and confirmation of one
 * pair land on different instances). The same correctness check follows each row, through both instances.
 * Wallet signatures are made before each timed row (a real hot wallet signs on its own machine), so the client's
 * signing does not take CPU from the server while it is measured; the Shopify HMAC is computed per request.
 * Run: {@code java -cp bench/target/benchmarks.jar com.tari.tps.bench.http.HttpThroughputBenchmark
 * [clients=64] [orders and pairs per client=20] [pairs per store size=300] [large store=1000000]
 * [warm-up pairs per client=40] [--postgres] [--shipped-only]}; {@code --shipped-only} runs the shipped jar's rows
 * alone, for trying its JVM options.
 * The server logs (access log at INFO, as shipped) go to stdout; the table is printed last.
 */
public final class HttpThroughputBenchmark {
    private static final String HMAC_SECRET = "bench-hmac-secret";
    private static final MediaType JSON_TYPE = MediaType.get("application/json");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long PRICE_MICRO = 1_500_000; // "1.50" XTR, at parity
    private static final AtomicLong ORDER_IDS = new AtomicLong(5_000_000_000L);
    /** A client sends a request again after a 5xx answer, as a wallet or Shopify would, up to this many times in all. */
    private static final int CLIENT_ATTEMPTS = 5;
    /** 5xx answers (each followed by a resend, or by giving up) and requests given up after CLIENT_ATTEMPTS, per row. */
    private static final AtomicLong SERVER_ERRORS = new AtomicLong();
    private static final AtomicLong GAVE_UP = new AtomicLong();

    public static void main(String[] allArgs) {
        try {
            benchmark(allArgs);
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1); // the servers' threads would keep the JVM alive
        }
    }

    private static void benchmark(String[] allArgs) throws Exception {
        boolean postgres = Arrays.asList(allArgs).contains("--postgres");
        boolean shippedOnly = Arrays.asList(allArgs).contains("--shipped-only");
        String[] args = Arrays.stream(allArgs).filter(a -> !a.startsWith("--")).toArray(String[]::new);
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 64;
        int perClient = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int matchPairs = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        int largeStore = args.length > 3 ? Integer.parseInt(args[3]) : 1_000_000;
        // Pairs per client before anything is timed. The JIT compiles signature verification fully only after a few
        // thousand calls (measured: about 500 us per verify before that, 75 us after), so fewer than ~2 000 warm-up
        // pairs in all time the compiler, not the server a merchant runs for days.
        int warmPerClient = args.length > 4 ? Integer.parseInt(args[4]) : 40;
        Path dir = Files.createTempDirectory("tps-http-bench");
        List<String[]> rows = new ArrayList<>();
        List<String> compare = new ArrayList<>(); // the pairs row per store, for the comparison table
        Path jar = Path.of(System.getProperty("tps.server.jar", "server/target/tari-payment-server.jar"));
        Path taritools = Path.of(System.getProperty("tps.taritools.jar", "taritools-cli/target/taritools.jar"));
        if (shippedOnly) {
            // For trying the server's JVM options (-Dtps.server.jvm) quickly: only the shipped jar's rows.
            OkHttpClient http = client(clients);
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            StringBuilder table = new StringBuilder("\n| what | result |\n|---|---|\n");
            for (String[] r : shippedJar(jar, taritools, dir.resolve("process"), http, pool, clients, perClient, warmPerClient)) {
                table.append("| ").append(r[0]).append(" | ").append(r[1]).append(" |\n");
            }
            System.out.println(table);
            System.exit(0);
        }

        double rawFull = RawSqlite.insertsPerSecond(dir.resolve("raw-full.db"), "FULL", 1_000);
        double rawNormal = RawSqlite.insertsPerSecond(dir.resolve("raw-normal.db"), "NORMAL", 5_000);
        rows.add(new String[] {"raw single-row SQLite insert + commit, `synchronous=FULL` / `NORMAL`",
                String.format(Locale.ROOT, "%,.0f /s / %,.0f /s", rawFull, rawNormal)});

        OkHttpClient http = client(clients);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        String profile;
        // Started before anything runs and summarised for the pairs row only: starting a JFR recording in a running
        // JVM made HotSpot throw away its compiled code (all of it, seen with -XX:+PrintCompilation), so a row
        // recorded from its own start measured the interpreter while the JIT compiled everything again.
        jdk.jfr.Recording recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
        recording.start();
        try (Server server = Server.start(sqlite(dir.resolve("load")), http)) {
            // Warm-up (JIT, connections, statement caches): webhooks and pairs from wallets of their own, not counted.
            int warm = Math.max(1, warmPerClient);
            List<Shopper> warmers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                Shopper s = new Shopper(400_000_000L + c);
                server.registerWallet(s.hotWallet);
                s.presign(warm);
                warmers.add(s);
            }
            run(pool, clients, c -> warmers.get(c).pairs(server, warm));

            // 2. webhook order ingest
            CpuClock ingestCpu = CpuClock.start();
            Stats ingest = run(pool, clients, c -> {
                Mac mac = mac();
                long[] micros = new long[perClient];
                for (int i = 0; i < perClient; i++) {
                    long id = ORDER_IDS.incrementAndGet();
                    long t = System.nanoTime();
                    server.webhook(mac, id, 100_000 + c * 1_000L + i);
                    micros[i] = (System.nanoTime() - t) / 1_000;
                }
                return new long[][] {micros};
            });
            double[] ingestSeconds = ingestCpu.stop();
            rows.add(new String[] {clients + " clients: HMAC-signed `orders/create` webhooks (order stored)",
                    String.format(Locale.ROOT, "%,.0f orders/s (%d in %.1f s; %.2f× raw NORMAL); latency p50 / p99 / max %s",
                            ingest.perSecond(0), ingest.count(0), ingest.seconds, ingest.perSecond(0) / rawNormal, ingest.latency(0))
                            + String.format(Locale.ROOT, "; CPU per order %.1f ms (JVM) / %.2f ms (store-writer), machine %.0f%% busy",
                            ingestSeconds[0] * 1000 / ingest.count(0), ingestSeconds[1] * 1000 / ingest.count(0), 100 * ingestSeconds[2])});

            // 3. + 4. payment pairs, one hot wallet and one customer per client
            List<Shopper> shoppers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                Shopper s = new Shopper(200_000_000L + c);
                server.registerWallet(s.hotWallet);
                s.presign(perClient);
                shoppers.add(s);
            }
            java.time.Instant pairsStarted = java.time.Instant.now();
            CpuClock cpu = CpuClock.start();
            resetErrors();
            Stats pairs = run(pool, clients, c -> shoppers.get(c).pairs(server, perClient));
            String errors = errors();
            double[] cpuSeconds = cpu.stop();
            recording.stop();
            Path jfr = dir.resolve("pairs.jfr");
            recording.dump(jfr);
            recording.close();
            profile = Profile.summarise(jfr, pairsStarted);

            long[] checked = verifyAll(shoppers, List.of(server), perClient);
            long paid = checked[0];
            long wrong = checked[1];
            rows.add(new String[] {clients + " clients: order webhook + signed payment notice + signed confirmation → Paid",
                    String.format(Locale.ROOT, "%,.0f pairs/s (%d pairs in %.1f s); checked over the API: %d of %d orders Paid, %d balances not exact",
                            pairs.perSecond(0), pairs.count(0), pairs.seconds, paid, (long) clients * perClient, wrong) + "; " + errors});
            rows.add(new String[] {"latency under that load: payment notice / confirmation / whole pair (3 requests), p50 / p99 / max",
                    pairs.latency(1) + " / " + pairs.latency(2) + " / " + pairs.latency(0)});
            double n = pairs.count(0);
            rows.add(new String[] {"CPU per pair during that row: whole JVM (server + clients) / store-writer thread; machine busy",
                    String.format(Locale.ROOT, "%.1f ms / %.2f ms (writer busy %.0f%% of the row's wall time); machine %.0f%% busy (all processes)",
                            cpuSeconds[0] * 1000 / n, cpuSeconds[1] * 1000 / n, 100 * cpuSeconds[1] / pairs.seconds, 100 * cpuSeconds[2])});
            compare.add(compareRow("SQLite, one instance", pairs, paid, wrong, (long) clients * perClient, cpuSeconds, Double.NaN, errors));
        }

        // 3b. the same pairs row on PostgreSQL (durable settings): one instance, then two on one database
        if (postgres) {
            TestPostgres pg = TestPostgres.startDurable();
            String settings = pgSettings(pg);
            SecretKey jwt = SecretKey.random(); // the same on every instance, as the server requires on PostgreSQL
            double[] perSecond = new double[3];
            for (int instances = 1; instances <= 2; instances++) {
                Map<String, String> store = new java.util.HashMap<>(Map.of("TPG_DATABASE_URL", pg.newDatabase(),
                        "TPG_JWT_SIGNING_KEY", jwt.toHex(), "TPG_JWT_VERIFICATION_KEY", jwt.publicKey().toHex()));
                // -Dtps.bench.pg.pool=N: each instance's pool size (TPG_DATABASE_POOL_SIZE), for trying it
                String poolSize = System.getProperty("tps.bench.pg.pool", "");
                if (!poolSize.isBlank()) {
                    store.put("TPG_DATABASE_POOL_SIZE", poolSize);
                }
                List<Server> servers = new ArrayList<>();
                try {
                    for (int i = 0; i < instances; i++) {
                        servers.add(Server.start(store, http));
                    }
                    String label = "PostgreSQL, " + (instances == 1 ? "one instance" : "two instances (client-side alternation per request)");
                    long base = 500_000_000L + instances * 10_000_000L;
                    int warm = Math.max(1, Math.min(perClient, 5));
                    List<Shopper> warmers = shoppers(servers, clients, base, warm);
                    resetErrors();
                    run(pool, clients, c -> warmers.get(c).pairs(servers, warm));
                    if (Boolean.getBoolean("tps.bench.pg.analyze")) {
                        servers.get(0).app.database().write(h -> h.execute("ANALYZE"));
                    }
                    String warmErrors = errors();
                    List<Shopper> shoppers = shoppers(servers, clients, base + 1_000_000L, perClient);
                    CpuClock cpu = CpuClock.start();
                    double pgStart = PostgresCpu.seconds(pg);
                    long conflictsBefore = serializationFailures(pg);
                    resetErrors();
                    Stats pairs = run(pool, clients, c -> shoppers.get(c).pairs(servers, perClient));
                    String errors = errors();
                    double pgSeconds = PostgresCpu.seconds(pg) - pgStart;
                    long conflicts = serializationFailures(pg) - conflictsBefore;
                    double[] cpuSeconds = cpu.stop();
                    long[] checked = verifyAll(shoppers, servers, perClient);
                    long paid = checked[0];
                    long wrong = checked[1];
                    perSecond[instances] = pairs.perSecond(0);
                    rows.add(new String[] {clients + " clients, " + label + ": order webhook + signed payment notice + signed confirmation → Paid",
                            String.format(Locale.ROOT, "%,.0f pairs/s (%d pairs in %.1f s); pair p50 / p99 / max %s; checked over the API: %d of %d orders Paid, %d balances not exact",
                                    pairs.perSecond(0), pairs.count(0), pairs.seconds, pairs.latency(0), paid, (long) clients * perClient, wrong)
                            + "; " + errors + " (in its warm-up: " + warmErrors + ")"
                            + String.format(Locale.ROOT, "; serializable transactions aborted by PostgreSQL and run again: %,d (%.2f per request)",
                                    conflicts, conflicts / (3.0 * pairs.count(0)))
                            + String.format(Locale.ROOT, "; CPU per pair: JVM (servers + clients) %.1f ms, PostgreSQL processes %.1f ms; machine %.0f%% busy; %s",
                                    cpuSeconds[0] * 1000 / pairs.count(0), pgSeconds * 1000 / pairs.count(0), 100 * cpuSeconds[2], settings)});
                    compare.add(compareRow(label, pairs, paid, wrong, (long) clients * perClient, cpuSeconds, pgSeconds, errors));
                } finally {
                    servers.forEach(Server::close);
                }
            }
            rows.add(new String[] {"PostgreSQL two instances / one instance (target ≥ 1.7×)",
                    String.format(Locale.ROOT, "%.2f×", perSecond[2] / perSecond[1])});
        }

        // 5. matching cost: a store with 10k orders and one with many, measured in alternating rounds (same JVM state)
        try (Server small = Server.start(sqlite(dir.resolve("match-10k")), http);
             Server large = Server.start(sqlite(dir.resolve("match-large")), http)) {
            fillOrders(small.app, 10_000);
            long fillStart = System.nanoTime();
            fillOrders(large.app, largeStore);
            double fillSeconds = (System.nanoTime() - fillStart) / 1e9;
            int rounds = 3;
            int perRound = Math.max(1, matchPairs / rounds);
            Shopper a = new Shopper(300_000_000L);
            Shopper b = new Shopper(300_000_001L);
            small.registerWallet(a.hotWallet);
            large.registerWallet(b.hotWallet);
            a.presign(30 + rounds * perRound);
            b.presign(30 + rounds * perRound);
            a.pairs(small, 30); // warm-up
            b.pairs(large, 30);
            double smallTotal = 0;
            double largeTotal = 0;
            for (int r = 0; r < rounds; r++) {
                a.pairs(small, perRound);
                smallTotal += a.lastMeanMillis;
                b.pairs(large, perRound);
                largeTotal += b.lastMeanMillis;
            }
            double smallMs = smallTotal / rounds;
            double largeMs = largeTotal / rounds;
            rows.add(new String[] {String.format(Locale.ROOT, "payment notice + confirmation, one client, 10k vs %,d orders stored", largeStore),
                    String.format(Locale.ROOT, "%.2f ms vs %.2f ms per pair (%.2f×; %d rounds of %d pairs each, alternating; %,d filler rows inserted in %.0f s)",
                            smallMs, largeMs, largeMs / smallMs, rounds, perRound, largeStore, fillSeconds)});
        }
        // 6. the shipped jar in a process of its own: cold start on an existing store, memory and CPU under the pairs load
        if (Files.isRegularFile(jar) && Files.isRegularFile(taritools)) {
            rows.addAll(shippedJar(jar, taritools, dir.resolve("process"), http, pool, clients, perClient, warmPerClient));
        } else {
            rows.add(new String[] {"the shipped jar in its own process", "not run: " + jar + " or " + taritools
                    + " is missing (run from the checkout after `mvn package`)"});
        }

        pool.shutdown();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();

        StringBuilder table = new StringBuilder("\n| what | result |\n|---|---|\n");
        for (String[] r : rows) {
            table.append("| ").append(r[0]).append(" | ").append(r[1]).append(" |\n");
        }
        if (postgres) {
            table.append("\n| store, pairs row | pairs/s | whole pair p50 / p99 / max | payment notice p50 / p99 / max "
                    + "| confirmation p50 / p99 / max | checked over the API | CPU per pair: JVM; PostgreSQL; machine busy |\n|---|---|---|---|---|---|---|\n");
            compare.forEach(table::append);
        }
        System.out.println(table);
        System.out.println(profile);
        Files.writeString(dir.resolve("results.md"), table + "\n" + profile);
        System.out.println("(table and profile also in " + dir.resolve("results.md") + ")");
        System.exit(0);
    }

    /**
     * The server jar started as a merchant starts it ({@code java -jar}, no JVM options, the default SQLite store in
     * its working directory): three cold starts on the existing store, timed to the first {@code /health} answer;
     * then the pairs row against it, from this JVM's clients, with the server's resident memory sampled every 20 ms
     * and its CPU read from /proc (so the clients' share is not in it).
     */
    private static List<String[]> shippedJar(Path jar, Path taritools, Path dir, OkHttpClient http, ExecutorService pool,
                                             int clients, int perClient, int warmPerClient) throws Exception {
        Map<String, String> env = Map.of("TPG_HOST", "127.0.0.1", "TPG_SHOPIFY_HMAC_SECRET", HMAC_SECRET);
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        long firstStart;
        try (ServerProcess first = ServerProcess.start(jar, dir, env, port)) {
            firstStart = first.startMillis; // creates the store and the server's keys
        }
        SecretKey adminKey = SecretKey.random();
        TariAddress admin = TariAddress.single(Network.MAINNET, 3, adminKey.publicKey());
        ProcessBuilder addUser = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                taritools.toAbsolutePath().toString(), "setup", "add-user", "-a", admin.toBase58(), "-r", "super_admin,read_all")
                .directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("taritools.log").toFile()));
        addUser.environment().putAll(env);
        if (addUser.start().waitFor() != 0) {
            throw new IllegalStateException("taritools setup add-user failed; see " + dir.resolve("taritools.log"));
        }
        long[] starts = new long[3];
        double[] idleRss = new double[3];
        for (int i = 0; i < starts.length; i++) {
            try (ServerProcess s = ServerProcess.start(jar, dir, env, port)) {
                starts[i] = s.startMillis;
                idleRss[i] = s.rssMib();
            }
        }
        List<String[]> rows = new ArrayList<>();
        String jvm = System.getProperty("tps.server.jvm", "").isBlank() ? "no JVM options" : "JVM options `" + System.getProperty("tps.server.jvm").trim() + "`";
        rows.add(new String[] {"the shipped jar (`java -jar`, " + jvm + ") on an existing store: start to the first `/health` answer",
                String.format(Locale.ROOT, "%d / %d / %d ms (three starts; the first start, which made the store, %d ms); resident memory just after: %.0f MiB",
                        starts[0], starts[1], starts[2], firstStart, Arrays.stream(idleRss).max().orElse(0))});
        try (ServerProcess s = ServerProcess.start(jar, dir, env, port)) {
            Server server = Server.remote(s.base, http, admin, adminKey);
            List<Shopper> warmers = shoppers(List.of(server), clients, 700_000_000L, warmPerClient);
            run(pool, clients, c -> warmers.get(c).pairs(server, warmPerClient));
            double warmRss = s.rssMib();
            List<Shopper> shoppers = shoppers(List.of(server), clients, 710_000_000L, perClient);
            java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean(true);
            double[] maxRss = {0};
            Thread sampler = new Thread(() -> {
                while (running.get()) {
                    try {
                        maxRss[0] = Math.max(maxRss[0], s.rssMib());
                        Thread.sleep(20);
                    } catch (IOException | InterruptedException e) {
                        return;
                    }
                }
            }, "rss-sampler");
            double cpu0 = s.cpuSeconds();
            sampler.start();
            resetErrors();
            Stats pairs = run(pool, clients, c -> shoppers.get(c).pairs(server, perClient));
            running.set(false);
            sampler.join();
            double cpu = s.cpuSeconds() - cpu0;
            String errors = errors();
            long[] checked = verifyAll(shoppers, List.of(server), perClient);
            long paid = checked[0];
            long wrong = checked[1];
            rows.add(new String[] {"the shipped jar (" + jvm + "): " + clients + " clients, order webhook + signed payment notice + signed confirmation → Paid",
                    String.format(Locale.ROOT, "%,.0f pairs/s; whole pair p50 / p99 / max %s; server process CPU per pair %.1f ms; resident memory "
                                    + "at most %.0f MiB during the row (%.0f MiB after the warm-up of %d pairs); checked over the API: %d of %d orders Paid, "
                                    + "%d balances not exact; %s",
                            pairs.perSecond(0), pairs.latency(0), cpu * 1000 / pairs.count(0), maxRss[0], warmRss,
                            (long) clients * warmPerClient, paid, (long) clients * perClient, wrong, errors)});
        }
        return rows;
    }

    /**
     * Serialization failures so far, counted in the PostgreSQL server's log (it logs every aborted statement); each
     * was a write the server ran again.
     */
    private static long serializationFailures(TestPostgres pg) throws IOException {
        Path log = pg.dataDirectory().getParent().resolve("server.log");
        try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.filter(l -> l.contains("could not serialize access")).count();
        }
    }

    /** The durability settings the PostgreSQL server reports, to show they are on. */
    private static String pgSettings(TestPostgres pg) throws java.sql.SQLException {
        StringBuilder b = new StringBuilder("PostgreSQL");
        try (java.sql.Connection c = pg.connect("postgres"); java.sql.Statement st = c.createStatement()) {
            for (String name : List.of("server_version", "fsync", "synchronous_commit", "full_page_writes")) {
                try (java.sql.ResultSet r = st.executeQuery("SHOW " + name)) {
                    r.next();
                    b.append(name.equals("server_version") ? " " : ", " + name + "=").append(r.getString(1));
                }
            }
        }
        return b.toString();
    }

    /** CPU time of the PostgreSQL server: its postmaster and all its children (backends, WAL writer, ...), from /proc. */
    private static final class PostgresCpu {
        static double seconds(TestPostgres pg) {
            try {
                long postmaster = Long.parseLong(Files.readAllLines(pg.dataDirectory().resolve("postmaster.pid")).get(0).trim());
                long jiffies = 0;
                try (var procs = Files.list(Path.of("/proc"))) {
                    for (Path p : (Iterable<Path>) procs.filter(d -> d.getFileName().toString().matches("[0-9]+"))::iterator) {
                        String stat;
                        try {
                            stat = Files.readString(p.resolve("stat"));
                        } catch (IOException gone) {
                            continue;
                        }
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" "); // f[0] is field 3 (state)
                        long pid = Long.parseLong(p.getFileName().toString());
                        if (pid == postmaster || Long.parseLong(f[1]) == postmaster) {
                            jiffies += Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
                        }
                    }
                }
                return jiffies / 100.0; // USER_HZ
            } catch (IOException | RuntimeException e) {
                return Double.NaN;
            }
        }
    }

    private static Map<String, String> sqlite(Path dir) {
        return Map.of("TPG_DATABASE_URL", "sqlite://" + dir.resolve("tari_store.db"));
    }

    /** One shopper per client, its wallet registered (through the first server: the others share its database), n pairs signed. */
    private static List<Shopper> shoppers(List<Server> servers, int clients, long customerBase, int n) throws IOException {
        List<Shopper> shoppers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Shopper s = new Shopper(customerBase + c);
            s.rr = c; // half the clients start on each instance
            servers.get(0).registerWallet(s.hotWallet);
            s.presign(n);
            shoppers.add(s);
        }
        return shoppers;
    }

    /** {orders Paid, balances not exact} over every shopper, the checks spread over {@code servers} in turn. */
    private static long[] verifyAll(List<Shopper> shoppers, List<Server> servers, int perClient) throws IOException {
        long[] total = new long[2];
        for (int c = 0; c < shoppers.size(); c++) {
            long[] check = shoppers.get(c).verify(servers.get(c % servers.size()), perClient);
            total[0] += check[0];
            total[1] += check[1];
        }
        return total;
    }

    private static void resetErrors() {
        SERVER_ERRORS.set(0);
        GAVE_UP.set(0);
    }

    private static String errors() {
        return SERVER_ERRORS.get() + " answers 5xx (each resent), " + GAVE_UP.get() + " requests given up after " + CLIENT_ATTEMPTS + " attempts";
    }

    private static String compareRow(String label, Stats pairs, long paid, long wrong, long expected, double[] cpuSeconds, double pgSeconds,
            String errors) {
        String pg = Double.isNaN(pgSeconds) ? "–" : String.format(Locale.ROOT, "%.1f ms", pgSeconds * 1000 / pairs.count(0));
        return String.format(Locale.ROOT, "| %s | %,.0f | %s | %s | %s | %d of %d orders Paid, %d balances not exact; %s | %.1f ms; %s; %.0f%% |\n",
                label, pairs.perSecond(0), pairs.latency(0), pairs.latency(1), pairs.latency(2), paid, expected, wrong, errors,
                cpuSeconds[0] * 1000 / pairs.count(0), pg, 100 * cpuSeconds[2]);
    }

    /** One client's hot wallet, payer address and customer, with wallet notices signed ahead. */
    private static final class Shopper {
        final long customerId;
        final SecretKey walletKey = SecretKey.random();
        final TariAddress hotWallet = TariAddress.single(Network.MAINNET, 3, walletKey.publicKey());
        final TariAddress payer = TariAddress.single(Network.MAINNET, 3, SecretKey.random().publicKey());
        private final List<String[]> notices = new ArrayList<>(); // {order id, payment json, confirmation json}
        private final List<NewPayment> payments = new ArrayList<>();
        private int next;
        private double lastMeanMillis;
        private int rr; // which server takes the next request, round-robin

        Shopper(long customerId) {
            this.customerId = customerId;
        }

        void presign(int n) {
            for (int i = 0; i < n; i++) {
                long id = ORDER_IDS.incrementAndGet();
                NewPayment p = new NewPayment(payer, MicroTari.of(PRICE_MICRO), "tx-" + id, null, Long.toString(id));
                int k = notices.size();
                notices.add(new String[] {Long.toString(id), payment(k, 1, p), confirmation(k, 1, "tx-" + id)});
                payments.add(p);
            }
        }

        /*
         * Pair k's notices use nonces 10k+1..10k+5 (payment) and 10k+6..10k+10 (confirmation), one per attempt: the server
         * takes a notice's nonce before it runs the operation, so a notice answered 5xx has used its nonce, and a wallet
         * resending it signs it again with a new one (the same signed notice would be refused as stale).
         */
        private String payment(int k, int attempt, NewPayment p) {
            return new PaymentNotification(p, WalletSignature.create(hotWallet, 10L * k + attempt, p, walletKey)).toJson();
        }

        private String confirmation(int k, int attempt, String txid) {
            TransactionConfirmation t = new TransactionConfirmation(txid);
            return new ConfirmationNotification(t, WalletSignature.create(hotWallet, 10L * k + 5 + attempt, t, walletKey)).toJson();
        }

        /** n pairs in a row: latencies in µs of {whole pair, payment notice, confirmation}; sets the mean notice+confirmation time. */
        long[][] pairs(Server server, int n) throws IOException {
            return pairs(List.of(server), n);
        }

        /** The same, each request sent to the next of {@code servers} in turn. */
        long[][] pairs(List<Server> servers, int n) throws IOException {
            Mac mac = mac();
            long[][] micros = new long[3][n];
            long noticeTotal = 0;
            for (int i = 0; i < n; i++) {
                int k = next++;
                String[] pair = notices.get(k);
                long t0 = System.nanoTime();
                Server w = next(servers);
                w.expectSuccess(attempt -> w.webhookRequest(mac, Long.parseLong(pair[0]), customerId));
                long t1 = System.nanoTime();
                Server p = next(servers);
                p.expectSuccess(attempt -> p.post("/wallet/incoming_payment",
                        attempt == 1 ? pair[1] : payment(k, attempt, payments.get(k)), Map.of()));
                long t2 = System.nanoTime();
                Server c = next(servers);
                c.expectSuccess(attempt -> c.post("/wallet/tx_confirmation",
                        attempt == 1 ? pair[2] : confirmation(k, attempt, payments.get(k).txid()), Map.of()));
                long t3 = System.nanoTime();
                micros[0][i] = (t3 - t0) / 1_000;
                micros[1][i] = (t2 - t1) / 1_000;
                micros[2][i] = (t3 - t2) / 1_000;
                noticeTotal += t3 - t1;
            }
            lastMeanMillis = n == 0 ? 0 : noticeTotal / 1e6 / n;
            return micros;
        }

        private Server next(List<Server> servers) {
            return servers.get(rr++ % servers.size());
        }

        /** {orders Paid, 1 if the balance is not exactly what was paid}, read over the admin API. */
        long[] verify(Server server, int expected) throws IOException {
            JsonNode orders = JSON.readTree(server.get("/api/orders/" + payer.toBase58())).get("orders");
            long paid = 0;
            for (JsonNode o : orders) {
                if ("Paid".equals(o.get("status").asText())) {
                    paid++;
                }
            }
            JsonNode balance = JSON.readTree(server.get("/api/balance/" + payer.toBase58()));
            long want = expected * PRICE_MICRO;
            boolean exact = orders.size() == expected && balance.get("total_confirmed").asLong() == want
                    && balance.get("total_paid").asLong() == want && balance.get("current_balance").asLong() == 0;
            return new long[] {paid, exact ? 0 : 1};
        }
    }

    /** The running server and an admin's access token. */
    private static final class Server implements AutoCloseable {
        /** Null for a server in a child process ({@link #remote}). */
        final App app;
        final OkHttpClient http;
        final String base;
        final String adminToken;

        private Server(App app, OkHttpClient http, String base, TariAddress admin, SecretKey adminKey) throws IOException {
            this.app = app;
            this.http = http;
            this.base = base;
            String login = new LoginToken(admin, 1, List.of(Role.USER, Role.SUPER_ADMIN, Role.READ_ALL)).sign(adminKey);
            this.adminToken = body(post("/auth", "", Map.of("tpg_auth_token", login)));
        }

        /** A server on {@code store}: {@code TPG_DATABASE_URL} and, on PostgreSQL, the JWT keys. */
        static Server start(Map<String, String> store, OkHttpClient http) throws IOException {
            Map<String, String> settings = new HashMap<>(store);
            settings.put("TPG_HOST", "127.0.0.1");
            settings.put("TPG_SHOPIFY_HMAC_SECRET", HMAC_SECRET);
            ServerConfig config = ServerConfig.from(new Environment(settings::get)).withPort(0);
            App app = App.start(config, Clock.systemUTC());
            // The first super admin is made as `taritools setup add-user` does it, directly in the store; then it logs in.
            SecretKey adminKey = SecretKey.random();
            TariAddress admin = TariAddress.single(Network.MAINNET, 3, adminKey.publicKey());
            app.engine().access().updateRoles(admin, List.of(Role.SUPER_ADMIN, Role.READ_ALL), List.of());
            return new Server(app, http, "http://127.0.0.1:" + app.port(), admin, adminKey);
        }

        /** A server running elsewhere (the shipped jar in a child process) whose super admin is {@code admin}. */
        static Server remote(String base, OkHttpClient http, TariAddress admin, SecretKey adminKey) throws IOException {
            return new Server(null, http, base, admin, adminKey);
        }

        void registerWallet(TariAddress wallet) throws IOException {
            body(post("/api/wallets", "{\"address\":\"" + wallet.toBase58() + "\",\"ip_address\":\"127.0.0.1\",\"initial_nonce\":0}",
                    Map.of("tpg_access_token", adminToken)));
        }

        void webhook(Mac mac, long id, long customer) throws IOException {
            expectSuccess(webhookRequest(mac, id, customer));
        }

        Response webhookRequest(Mac mac, long id, long customer) throws IOException {
            String json = "{\"id\":" + id + ",\"name\":\"#" + id + "\",\"created_at\":\"" + Instant.now() + "\",\"currency\":\"XTR\","
                    + "\"total_price\":\"1.50\",\"customer\":{\"id\":" + customer + "},\"note\":null}";
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            String hmac = Base64.getEncoder().encodeToString(mac.doFinal(bytes));
            return post("/shopify/webhook/checkout_create", json, Map.of("X-Shopify-Hmac-Sha256", hmac,
                    "X-Shopify-Topic", "orders/create", "X-Shopify-Webhook-Id", "bench-" + id));
        }

        Response post(String path, String json, Map<String, String> headers) throws IOException {
            Request.Builder b = new Request.Builder().url(base + path).post(RequestBody.create(json, JSON_TYPE));
            headers.forEach(b::header);
            return http.newCall(b.build()).execute();
        }

        String get(String path) throws IOException {
            return body(http.newCall(new Request.Builder().url(base + path).header("tpg_access_token", adminToken).build()).execute());
        }

        /** The body of a 200 answer. */
        static String body(Response response) throws IOException {
            try (response) {
                String body = response.body().string();
                if (response.code() != 200) {
                    throw new IllegalStateException(response.request().url().encodedPath() + " answered " + response.code() + ": " + body);
                }
                return body;
            }
        }

        /**
         * Sends a request (signed again for each attempt by the caller) until it gets an answer below 500, at most {@link #CLIENT_ATTEMPTS} times, pausing
         * 50 ms × attempt in between; that answer must be a success. Every 5xx is counted; giving up is counted and
         * returns normally, so the run goes on and the check afterwards shows what was lost.
         */
        void expectSuccess(IoCall call) throws IOException {
            for (int attempt = 1; ; attempt++) {
                Response response = call.send(attempt);
                if (response.code() < 500) {
                    expectSuccess(response);
                    return;
                }
                response.close();
                SERVER_ERRORS.incrementAndGet();
                if (attempt == CLIENT_ATTEMPTS) {
                    GAVE_UP.incrementAndGet();
                    return;
                }
                try {
                    Thread.sleep(50L * attempt);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                }
            }
        }

        interface IoCall {
            Response send(int attempt) throws IOException;
        }

        /** A 200 answer whose JsonResponse says success. */
        void expectSuccess(Response response) throws IOException {
            String path = response.request().url().encodedPath();
            String body = body(response);
            if (!JSON.readTree(body).path("success").asBoolean(false)) {
                throw new IllegalStateException(path + " did not succeed: " + body);
            }
        }

        @Override
        public void close() {
            if (app != null) {
                app.close();
            }
        }
    }

    /** Tops the orders table up to {@code total} rows with filler orders of 50k other customers (9 in 10 Paid), in one transaction. */
    private static void fillOrders(App app, int total) {
        long have = app.database().read(h -> h.createQuery("SELECT COUNT(*) FROM orders").mapTo(Long.class).one());
        String now = Timestamps.format(Instant.now());
        app.database().write(h -> {
            var batch = h.prepareBatch("INSERT INTO orders (order_id, customer_id, total_price, currency, created_at, updated_at, status) "
                    + "VALUES (:id, :c, 1000, 'XTR', :now, :now, :s)");
            for (long i = have; i < total; i++) {
                batch.bind("id", "filler-" + i).bind("c", "filler-customer-" + (i % 50_000)).bind("now", now)
                        .bind("s", i % 10 == 0 ? "New" : "Paid").add();
                if (i % 10_000 == 0) {
                    batch.execute();
                }
            }
            batch.execute();
            return null;
        });
    }

    private static OkHttpClient client(int clients) {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(clients);
        dispatcher.setMaxRequestsPerHost(clients);
        return new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(clients, 5, TimeUnit.MINUTES))
                .readTimeout(Duration.ofSeconds(60))
                .build();
    }

    private static Mac mac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(HMAC_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** CPU seconds of this JVM and of the store-writer thread between start and stop, and the machine's load. */
    private record CpuClock(long process, long writer, long threadId, double[] machine) {
        static CpuClock start() {
            long id = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("store-writer"))
                    .mapToLong(Thread::getId).findFirst().orElse(-1);
            return new CpuClock(os().getProcessCpuTime(), writerCpu(id), id, sampleMachine());
        }

        /** {JVM CPU s, writer CPU s, machine busy fraction over the interval}. */
        double[] stop() {
            double[] now = sampleMachine();
            double busy = 1 - (now[1] - machine[1]) / (now[0] - machine[0]);
            return new double[] {(os().getProcessCpuTime() - process) / 1e9,
                    (writerCpu(threadId) - writer) / 1e9, busy};
        }

        /** 0 when there is no store-writer thread (PostgreSQL has none). */
        private static long writerCpu(long id) {
            return id <= 0 ? 0 : Math.max(0, threads().getThreadCpuTime(id));
        }

        /** {total jiffies, idle + iowait jiffies} from /proc/stat. */
        private static double[] sampleMachine() {
            try {
                String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                double total = 0;
                for (int i = 1; i < f.length; i++) {
                    total += Double.parseDouble(f[i]);
                }
                return new double[] {total, Double.parseDouble(f[4]) + Double.parseDouble(f[5])};
            } catch (IOException | RuntimeException e) {
                return new double[] {1, 0};
            }
        }

        private static com.sun.management.OperatingSystemMXBean os() {
            return (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        }

        private static java.lang.management.ThreadMXBean threads() {
            return java.lang.management.ManagementFactory.getThreadMXBean();
        }
    }

    interface ClientWork {
        long[][] run(int client) throws Exception;
    }

    /** Latency series (µs) of all clients, merged per series, and the wall time of the whole run. */
    record Stats(long[][] series, double seconds) {
        long count(int s) {
            return series[s].length;
        }

        double perSecond(int s) {
            return series[s].length / seconds;
        }

        String latency(int s) {
            long[] v = series[s];
            return String.format(Locale.ROOT, "%.1f / %.1f / %.1f ms", v[v.length / 2] / 1000.0,
                    v[Math.min(v.length - 1, (int) (v.length * 0.99))] / 1000.0, v[v.length - 1] / 1000.0);
        }
    }

    private static Stats run(ExecutorService pool, int clients, ClientWork work) throws Exception {
        List<Future<long[][]>> results = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            results.add(pool.submit((Callable<long[][]>) () -> work.run(client)));
        }
        List<long[][]> all = new ArrayList<>();
        for (Future<long[][]> f : results) {
            all.add(f.get());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int n = all.get(0).length;
        long[][] merged = new long[n][];
        for (int s = 0; s < n; s++) {
            int total = 0;
            for (long[][] a : all) {
                total += a[s].length;
            }
            merged[s] = new long[total];
            int k = 0;
            for (long[][] a : all) {
                System.arraycopy(a[s], 0, merged[s], k, a[s].length);
                k += a[s].length;
            }
            Arrays.sort(merged[s]);
        }
        return new Stats(merged, seconds);
    }
}
