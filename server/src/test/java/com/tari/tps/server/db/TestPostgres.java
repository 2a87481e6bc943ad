package com.tari.tps.server.db;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for tests, started by the tests themselves: Debian's binaries ({@code postgresql}
 * package, installed by {@code .ci/run}) on a free loopback port, its data in a temp folder, password authentication
 * over TCP. PostgreSQL refuses to run as root, and CI machines run as root, so there it runs as the unprivileged
 * {@code postgres} (or {@code nobody}) user through {@code runuser}. One server per test JVM, a fresh database per
 * test; it is stopped when the JVM exits. Durability settings are off: these tests kill server processes, never
 * the database's machine. {@link #startDurable()} starts one with PostgreSQL's durable defaults instead, for benchmarks.
 */
public final class TestPostgres {
    public static final String USER = "tps";
    /** Not a secret: a throwaway server on loopback. Tests check it never shows in logs or errors. */
    public static final String PASSWORD = com.tari.tps.common.testing.TestSecrets.DATABASE_PASSWORD;

    private static TestPostgres shared;

    private final Path bin;
    private final Path data;
    private final int port;
    private final Optional<String> runAs;
    private final AtomicInteger databases = new AtomicInteger();

    private TestPostgres(Path bin, Path data, int port, Optional<String> runAs) {
        this.bin = bin;
        this.data = data;
        this.port = port;
        this.runAs = runAs;
    }

    /** The JVM's server, started on first use. */
    public static synchronized TestPostgres shared() {
        if (shared == null) {
            shared = start(false);
            TestPostgres server = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "test-postgres-stop"));
        }
        return shared;
    }

    /**
     * A server of its own (not {@link #shared()}) with durable settings, as a production database would run:
     * {@code fsync}, {@code synchronous_commit} and {@code full_page_writes} on (PostgreSQL's defaults). For
     * benchmarks; stopped when the JVM exits.
     */
    public static TestPostgres startDurable() {
        TestPostgres server = start(true);
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "test-postgres-stop"));
        return server;
    }

    /** Where Debian keeps PostgreSQL's server binaries (the newest version installed). */
    public static Optional<Path> binaries() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(b -> b.getParent().getFileName().toString(), Comparator.comparingInt(TestPostgres::major)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * On a fresh Debian machine where the tests run as root, {@code mvn -B verify} installs the package itself, so the
     * README's one test command needs nothing done by hand (as {@code .ci/run} does before it).
     */
    private static Optional<Path> installed() {
        if (!"root".equals(System.getProperty("user.name")) || !Files.isExecutable(Path.of("/usr/bin/apt-get"))) {
            return Optional.empty();
        }
        try {
            Path log = Files.createTempFile("apt-postgresql", ".log");
            ProcessBuilder apt = new ProcessBuilder("sh", "-c", "apt-get update -qq && apt-get install -y -qq postgresql")
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            apt.environment().put("DEBIAN_FRONTEND", "noninteractive");
            Process p = apt.start();
            if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
                p.destroyForcibly();
                System.err.println("apt-get install postgresql failed: " + Files.readString(log));
            }
        } catch (IOException e) {
            System.err.println("apt-get install postgresql failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return binaries();
    }

    private static int major(String version) {
        try {
            return Integer.parseInt(version.replaceAll("[^0-9].*", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static TestPostgres start(boolean durable) {
        Path bin = binaries().or(TestPostgres::installed).orElseThrow(() -> new IllegalStateException(
                "PostgreSQL tests need Debian's postgresql package (apt-get install postgresql); .ci/run installs it"));
        try {
            Optional<String> runAs = "root".equals(System.getProperty("user.name")) ? Optional.of(unprivilegedUser()) : Optional.empty();
            Path dir = Files.createTempDirectory("tps-postgres");
            Path data = dir.resolve("data");
            Path pwfile = dir.resolve("pw");
            Files.writeString(pwfile, PASSWORD + "\n");
            if (runAs.isPresent()) {
                run(List.of("chown", "-R", runAs.get(), dir.toString()), dir.resolve("chown.log"));
            }
            int port = freePort();
            TestPostgres server = new TestPostgres(bin, data, port, runAs);
            server.runAsUser(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", USER, "--pwfile=" + pwfile,
                    "-A", "scram-sha-256", "--auth-local=trust", "-E", "UTF8", "--locale=C", "--no-sync"), dir.resolve("initdb.log"));
            String durability = durable ? " -c fsync=on -c synchronous_commit=on -c full_page_writes=on"
                    : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
            Files.deleteIfExists(pwfile);
            server.runAsUser(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("server.log").toString(),
                    "-w", "-t", "60", "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1" + durability
                            + " -c max_connections=400 -c shared_buffers=64MB"
                            // more server settings, for a benchmark trying them (-Dtps.test.pg.options="-c name=value")
                            + " " + System.getProperty("tps.test.pg.options", ""),
                    "start"), dir.resolve("pg_ctl.log"));
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("could not start PostgreSQL for the tests: " + e.getMessage(), e);
        }
    }

    private static String unprivilegedUser() throws IOException {
        for (String user : List.of("postgres", "nobody")) {
            Process id = new ProcessBuilder("id", "-u", user).redirectErrorStream(true).start();
            try {
                if (id.waitFor(10, TimeUnit.SECONDS) && id.exitValue() == 0) {
                    return user;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
        throw new IOException("no unprivileged user (postgres or nobody) to run PostgreSQL as");
    }

    private void runAsUser(List<String> command, Path log) throws IOException {
        List<String> full = new ArrayList<>();
        runAs.ifPresent(user -> full.addAll(List.of("runuser", "-u", user, "--")));
        full.addAll(command);
        run(full, log);
    }

    private static void run(List<String> command, Path log) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", command.subList(0, Math.min(4, command.size()))) + " failed: " + Files.readString(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    public int port() {
        return port;
    }

    /** The server's data folder (its {@code postmaster.pid} names the server process, for CPU accounting in benchmarks). */
    public Path dataDirectory() {
        return data;
    }

    /** A new database with no tables; its {@code TPG_DATABASE_URL}, password included. */
    public String newEmptyDatabase() {
        String name = "tps_" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
        sql("CREATE DATABASE " + name);
        return url(name);
    }

    /**
     * A new database holding the current schema, copied from one migrated once per JVM (migrating each test's
     * database anew costs a second or more); opening it still runs Flyway, which finds nothing left to apply.
     */
    public synchronized String newDatabase() {
        if (!migratedTemplate) {
            sql("CREATE DATABASE tps_template");
            Database.open(url("tps_template")).close();
            migratedTemplate = true;
        }
        String name = "tps_" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
        sql("CREATE DATABASE " + name + " TEMPLATE tps_template");
        return url(name);
    }

    private boolean migratedTemplate;

    private void sql(String statement) {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", USER, PASSWORD);
             Statement s = c.createStatement()) {
            s.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException("could not run " + statement + " on the test PostgreSQL: " + e.getMessage(), e);
        }
    }

    public String url(String database) {
        return "postgresql://" + USER + ":" + PASSWORD + "@127.0.0.1:" + port + "/" + database;
    }

    /** A plain JDBC connection to one of this server's databases, for checks beside the server. */
    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, USER, PASSWORD);
    }

    private void stop() {
        try {
            runAsUser(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop"),
                    data.getParent().resolve("stop.log"));
        } catch (IOException | RuntimeException e) {
            System.err.println("stopping the test PostgreSQL failed: " + e.getMessage());
        }
    }
}
