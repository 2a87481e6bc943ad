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
 * The store. Embedded SQLite by default: WAL journal, synchronous=FULL, foreign keys on, a busy timeout, and all
 * writes through one writer that commits what is waiting together ({@link GroupCommit}), so many concurrent writers
 * cost one fsync per batch instead of one each, while readers run beside it (WAL) on a pool of their own. Or
 * PostgreSQL, for several server instances on one database: a HikariCP pool, every write its own serializable
 * transaction retried on conflict ({@link SerializableWrites}), no in-process lock. Migrations are applied on open,
 * from the folder of the dialect.
 * Thread-safe.
 */
public final class Database implements AutoCloseable {
    private static final int BUSY_TIMEOUT_MS = 30_000;

    public static final int DEFAULT_MAX_CONNECTIONS = 25;
    /** The smallest pool a PostgreSQL store runs with. */
    public static final int MIN_POSTGRES_POOL = 4;

    /** Writes that may wait for the writer before new ones are refused, and the most committed at once. */
    public static final int WRITE_QUEUE = 4096;
    static final int MAX_BATCH = 256;

    private final Jdbi jdbi;
    private final Writes writer;
    private final java.util.concurrent.Semaphore connections;
    private final String location;
    private final Dialect dialect;
    private final AutoCloseable pool;
    private final java.util.Set<Long> localLocks = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final java.util.Optional<StoreUrl.Postgres> postgres;

    private Database(Jdbi jdbi, Writes writer, Dialect dialect, String location, int maxConnections, AutoCloseable pool,
                     java.util.Optional<StoreUrl.Postgres> postgres) {
        this.postgres = postgres;
        this.jdbi = jdbi;
        this.writer = writer;
        this.dialect = dialect;
        this.location = location;
        this.connections = new java.util.concurrent.Semaphore(maxConnections, true);
        this.pool = pool;
    }

    public static Database open(String databaseUrl) {
        return open(databaseUrl, DEFAULT_MAX_CONNECTIONS);
    }

    /**
     * Opens (creating it and its folder if needed) and migrates the database at a {@code TPG_DATABASE_URL}:
     * {@code sqlite://relative/or/absolute/path.db}, {@code sqlite:path.db} or {@code jdbc:sqlite:path.db}, or
     * {@code postgresql://user:password@host:5432/database} (also {@code postgres://}, and {@code ?sslmode=...}).
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
        StoreUrl url = StoreUrl.parse(databaseUrl);
        if (url instanceof StoreUrl.Postgres pg) {
            return openPostgres(pg, maxConnections, writeQueue, observer);
        }
        Path file = ((StoreUrl.Sqlite) url).file().toAbsolutePath().normalize();
        try {
            Files.createDirectories(file.getParent());
            ownerOnly(file);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("cannot create the database file " + file + ": " + e.getMessage(), e);
        }
        SQLiteDataSource writes = sqlite(file, SQLiteConfig.TransactionMode.IMMEDIATE);
        migrate(writes, Dialect.SQLITE);
        // Readers keep their connections (opening one costs its pragmas and a read of the schema, a sizeable share of
        // a small read), and their transactions are DEFERRED: a streamed search only holds a WAL snapshot, never the
        // write lock that the writer's IMMEDIATE transactions take.
        com.zaxxer.hikari.HikariConfig readers = new com.zaxxer.hikari.HikariConfig();
        readers.setDataSource(sqlite(file, SQLiteConfig.TransactionMode.DEFERRED));
        readers.setMaximumPoolSize(maxConnections);
        readers.setMinimumIdle(Math.min(2, maxConnections));
        readers.setPoolName("tps-sqlite-readers");
        com.zaxxer.hikari.HikariDataSource readPool = new com.zaxxer.hikari.HikariDataSource(readers);
        return new Database(Jdbi.create(readPool), new GroupCommit(Jdbi.create(writes), writeQueue, MAX_BATCH, observer),
                Dialect.SQLITE, file.toString(), maxConnections, readPool, java.util.Optional.empty());
    }

    private static SQLiteDataSource sqlite(Path file, SQLiteConfig.TransactionMode mode) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setTransactionMode(mode);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file);
        return dataSource;
    }

    /**
     * The pool holds TPG_MAX_CONNECTIONS connections (TPG_DATABASE_POOL_SIZE when set); a server that cannot reach
     * the database fails at start with the reason, not on the first request.
     */
    private static Database openPostgres(StoreUrl.Postgres url, int maxConnections, int writeQueue, CommitObserver observer) {
        if (maxConnections < MIN_POSTGRES_POOL) {
            // A callback being sent holds one connection for its lock and needs another to record the outcome; a
            // write and a read may run beside it.
            throw new IllegalArgumentException("TPG_DATABASE_POOL_SIZE must be at least " + MIN_POSTGRES_POOL + " on PostgreSQL");
        }
        com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();
        config.setJdbcUrl(url.jdbcUrl());
        config.setUsername(url.user().isEmpty() ? null : url.user());
        config.setPassword(url.password().isEmpty() ? null : url.password());
        config.setMaximumPoolSize(maxConnections);
        config.setPoolName("tps-postgres");
        config.setConnectionTimeout(30_000);
        config.setInitializationFailTimeout(5_000); // a database still starting (compose, systemd) gets a moment
        config.setAutoCommit(true);
        com.zaxxer.hikari.HikariDataSource pool;
        try {
            pool = new com.zaxxer.hikari.HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("cannot connect to the database at " + url.display() + ": " + rootMessage(e, url), e);
        }
        try {
            migrate(pool, Dialect.POSTGRESQL);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        Jdbi jdbi = Jdbi.create(pool);
        return new Database(jdbi, new SerializableWrites(jdbi, writeQueue, observer, pool::evictConnection), Dialect.POSTGRESQL, url.display(),
                maxConnections, pool, java.util.Optional.of(url));
    }

    /** The driver's own words, with the password taken out should a driver ever echo it. */
    private static String rootMessage(Throwable e, StoreUrl.Postgres url) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = String.valueOf(t.getMessage());
        return url.password().isEmpty() ? message : message.replace(url.password(), "***");
    }

    /**
     * The highest migration version shipped; both dialects have the same versions (DatabaseTest holds this to the
     * files). Bump it with every new migration.
     */
    static final int SCHEMA_VERSION = 7;

    /**
     * Brings the store to {@link #SCHEMA_VERSION}. A store already there is left alone without starting Flyway, whose
     * scan of the jar for migrations was a fifth of every start (about 0.4 s); a new, older, newer or half-migrated
     * store goes through Flyway, which migrates it or says what is wrong.
     */
    private static void migrate(javax.sql.DataSource dataSource, Dialect dialect) {
        if (appliedVersion(dataSource).equals(java.util.OptionalInt.of(SCHEMA_VERSION))) {
            return;
        }
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/" + dialect.migrations()).load().migrate();
    }

    /**
     * The highest version in Flyway's history table when every recorded migration succeeded and has a number; empty
     * otherwise, and for a store Flyway never ran on (no such table).
     */
    static java.util.OptionalInt appliedVersion(javax.sql.DataSource dataSource) {
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.Statement s = c.createStatement();
             java.sql.ResultSet rows = s.executeQuery("SELECT version, success FROM flyway_schema_history")) {
            int highest = 0;
            while (rows.next()) {
                String version = rows.getString(1);
                if (!rows.getBoolean(2) || version == null || !version.matches("[0-9]{1,9}")) {
                    return java.util.OptionalInt.empty();
                }
                highest = Math.max(highest, Integer.parseInt(version));
            }
            return highest == 0 ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(highest);
        } catch (java.sql.SQLException noHistory) {
            return java.util.OptionalInt.empty();
        }
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

    /** Where the store is, for logs: the file, or the PostgreSQL URL without its password. */
    public String location() {
        return location;
    }

    /** Which SQL the store speaks, for the few statements that must differ. */
    public Dialect dialect() {
        return dialect;
    }

    /**
     * Claims {@code key} for this instance until the returned lock is closed, or empty when another holds it. On
     * PostgreSQL the claim holds a connection of the pool for its lifetime: keep it for the length of one task.
     */
    public java.util.Optional<StoreLock> tryLock(long key) {
        if (dialect == Dialect.SQLITE) {
            if (!localLocks.add(key)) {
                return java.util.Optional.empty();
            }
            java.util.concurrent.atomic.AtomicBoolean open = new java.util.concurrent.atomic.AtomicBoolean(true);
            return java.util.Optional.of(() -> {
                if (open.getAndSet(false)) {
                    localLocks.remove(key);
                }
            });
        }
        Handle h = jdbi.open();
        try {
            if (!h.createQuery("SELECT pg_try_advisory_lock(:key)").bind("key", key).mapTo(Boolean.class).one()) {
                h.close();
                return java.util.Optional.empty();
            }
        } catch (RuntimeException e) {
            h.close();
            throw e;
        }
        java.util.concurrent.atomic.AtomicBoolean open = new java.util.concurrent.atomic.AtomicBoolean(true);
        return java.util.Optional.of(() -> {
            if (open.getAndSet(false)) {
                try (h) {
                    h.createQuery("SELECT pg_advisory_unlock(:key)").bind("key", key).mapTo(Boolean.class).one();
                } catch (RuntimeException e) {
                    // The connection broke, and the session's locks went with it.
                    org.slf4j.LoggerFactory.getLogger(Database.class).warn("Releasing store lock {} failed: {}", key, e.toString());
                }
            }
        });
    }

    /**
     * Inside a write: claims {@code key} until the transaction ends, or false when another instance's transaction
     * holds it. On SQLite, whose one writer runs one operation at a time, always true.
     */
    public boolean tryTransactionLock(Handle h, long key) {
        return dialect == Dialect.SQLITE
                || h.createQuery("SELECT pg_try_advisory_xact_lock(:key)").bind("key", key).mapTo(Boolean.class).one();
    }

    /**
     * A {@code LISTEN} on {@code channel}, on a connection of its own, for the instances sharing a PostgreSQL database.
     *
     * @throws IllegalStateException on SQLite, which one process serves and which has no notifications
     */
    public Notifications listen(String channel) {
        return new Notifications(postgres.orElseThrow(() -> new IllegalStateException("notifications need PostgreSQL")), channel);
    }

    /** Stops taking writes and closes the store's connections. */
    @Override
    public void close() {
        writer.close();
        try {
            pool.close();
        } catch (Exception e) {
            org.slf4j.LoggerFactory.getLogger(Database.class).warn("Closing the store's connections failed: {}", e.toString());
        }
    }

    static Path fileOf(String url) {
        if (StoreUrl.parse(url) instanceof StoreUrl.Sqlite sqlite) {
            return sqlite.file();
        }
        throw new IllegalArgumentException("TPG_DATABASE_URL names a PostgreSQL database, not a file");
    }
}
