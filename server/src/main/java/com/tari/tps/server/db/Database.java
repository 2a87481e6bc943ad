package com.tari.tps.server.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The embedded SQLite database: WAL journal, synchronous=FULL, foreign keys on, a busy timeout, migrations applied
 * on open. All writes go through one writer that commits what is waiting together ({@link GroupCommit}), so many
 * concurrent writers cost one fsync per batch instead of one each. Readers run beside it on their own connections
 * (WAL). Thread-safe.
 */
public final class Database {
    private static final int BUSY_TIMEOUT_MS = 30_000;

    public static final int DEFAULT_MAX_CONNECTIONS = 25;

    /** Writes that may wait for the writer before new ones are refused, and the most committed at once. */
    public static final int WRITE_QUEUE = 4096;
    static final int MAX_BATCH = 256;

    private final Jdbi jdbi;
    private final GroupCommit writer;
    private final java.util.concurrent.Semaphore connections;
    private final String location;

    private Database(Jdbi jdbi, String location, int maxConnections, int writeQueue, CommitObserver observer) {
        this.jdbi = jdbi;
        this.writer = new GroupCommit(jdbi, writeQueue, MAX_BATCH, observer);
        this.location = location;
        this.connections = new java.util.concurrent.Semaphore(maxConnections, true);
    }

    public static Database open(String databaseUrl) {
        return open(databaseUrl, DEFAULT_MAX_CONNECTIONS);
    }

    /**
     * Opens (creating it and its folder if needed) and migrates the database at a {@code TPG_DATABASE_URL}:
     * {@code sqlite://relative/or/absolute/path.db}, {@code sqlite:path.db} or {@code jdbc:sqlite:path.db}.
     *
     * @throws IllegalArgumentException for a URL this server cannot use
     */
    public static Database open(String databaseUrl, int maxConnections) {
        return open(databaseUrl, maxConnections, WRITE_QUEUE, CommitObserver.NONE);
    }

    /** With an observer told of every write batch (the server's metrics). */
    public static Database open(String databaseUrl, int maxConnections, CommitObserver observer) {
        return open(databaseUrl, maxConnections, WRITE_QUEUE, observer);
    }

    /** With a write queue of the caller's size (tests of a full queue). */
    static Database open(String databaseUrl, int maxConnections, int writeQueue) {
        return open(databaseUrl, maxConnections, writeQueue, CommitObserver.NONE);
    }

    /** With a write queue of the given size and an observer of write batches. */
    public static Database open(String databaseUrl, int maxConnections, int writeQueue, CommitObserver observer) {
        if (maxConnections < 1) {
            throw new IllegalArgumentException("TPG_MAX_CONNECTIONS must be at least 1");
        }
        Path file = fileOf(databaseUrl).toAbsolutePath().normalize();
        try {
            Files.createDirectories(file.getParent());
            ownerOnly(file);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("cannot create the database file " + file + ": " + e.getMessage(), e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return new Database(Jdbi.create(dataSource), file.toString(), maxConnections, writeQueue, observer);
    }

    /**
     * The store holds who may log in and every balance: only its owner may read it. A new file is created 0600 before
     * SQLite opens it (SQLite gives its -wal and -shm files the same permissions); an existing one is tightened.
     */
    private static void ownerOnly(Path file) throws java.io.IOException {
        if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return; // e.g. Windows: the folder's ACL applies
        }
        var owner = java.nio.file.attribute.PosixFilePermissions.fromString("rw-------");
        if (Files.notExists(file)) {
            try {
                Files.createFile(file, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(owner));
                return;
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                // another process created it first: check it like any existing file
            }
        }
        if (!Files.getPosixFilePermissions(file).equals(owner)) {
            Files.setPosixFilePermissions(file, owner);
            org.slf4j.LoggerFactory.getLogger(Database.class).info("Restricted {} to its owner (0600)", file);
        }
    }

    /**
     * Runs the work as one write operation: atomic on its own, committed durably (possibly together with other
     * operations waiting at the same time) before this returns. A failing operation changes nothing.
     *
     * @throws WriteQueueFull when too many writes are already waiting
     */
    public <R> R write(Function<Handle, R> work) {
        return writer.write(work);
    }

    /** Runs read-only work on its own connection, beside any writer. */
    public <R> R read(Function<Handle, R> work) {
        return withConnection(() -> jdbi.withHandle(work::apply));
    }

    /** At most TPG_MAX_CONNECTIONS connections are open at once; callers beyond that wait their turn. */
    private <R> R withConnection(java.util.function.Supplier<R> work) {
        connections.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            connections.release();
        }
    }

    /** Where the database file is, for logs. */
    public String location() {
        return location;
    }

    static Path fileOf(String url) {
        String u = url == null ? "" : url.trim();
        String path;
        if (u.startsWith("sqlite://")) {
            path = u.substring("sqlite://".length());
        } else if (u.startsWith("jdbc:sqlite:")) {
            path = u.substring("jdbc:sqlite:".length());
        } else if (u.startsWith("sqlite:")) {
            path = u.substring("sqlite:".length());
        } else {
            throw new IllegalArgumentException("TPG_DATABASE_URL must be an SQLite URL such as sqlite://data/tari_store.db");
        }
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        if (path.isBlank() || path.contains(":memory:")) {
            throw new IllegalArgumentException("TPG_DATABASE_URL must name a database file (in-memory databases lose payments)");
        }
        return Path.of(path);
    }
}
