package com.tari.tps.server.db;

import com.tari.tps.server.config.Environment;
import java.nio.file.Path;

/**
 * Where the store is and how many connections it may use: {@code TPG_DATABASE_URL} (default
 * {@code sqlite://data/tari_store.db}, a relative path being relative to the working directory; or
 * {@code postgresql://user:password@host:5432/db}), {@code TPG_MAX_CONNECTIONS} (on PostgreSQL the pool's size,
 * {@code TPG_DATABASE_POOL_SIZE} overriding it), and {@code TPG_WRITE_QUEUE}: how many writes may wait before new ones
 * are answered 503 with Retry-After (memory stays bounded under a burst; on PostgreSQL, where writes run side by side,
 * the writes in progress count too). The server and taritools' set-up commands
 * both read it here, so they open the same store.
 */
public record StoreSettings(String url, int maxConnections, int writeQueue) {
    public static final String DEFAULT_URL = "sqlite://data/tari_store.db";

    public static StoreSettings from(Environment env) {
        int connections = env.positiveInt("TPG_MAX_CONNECTIONS", Database.DEFAULT_MAX_CONNECTIONS);
        StoreSettings settings = new StoreSettings(env.get("TPG_DATABASE_URL", DEFAULT_URL),
                env.positiveInt("TPG_DATABASE_POOL_SIZE", connections),
                env.positiveInt("TPG_WRITE_QUEUE", Database.WRITE_QUEUE));
        try {
            settings.where();
        } catch (IllegalArgumentException e) {
            throw new Environment.ConfigException(e.getMessage());
        }
        return settings;
    }

    /** The parsed URL: an SQLite file or a PostgreSQL server (its password kept out of every printable form). */
    public StoreUrl where() {
        return StoreUrl.parse(url);
    }

    public boolean isSqlite() {
        return where() instanceof StoreUrl.Sqlite;
    }

    /** The store as it may be printed: the absolute SQLite file, or the PostgreSQL URL without its password. */
    public String display() {
        return isSqlite() ? file().toString() : where().display();
    }

    /**
     * The SQLite database file, absolute.
     *
     * @throws IllegalArgumentException on PostgreSQL, which has no file
     */
    public Path file() {
        return Database.fileOf(url).toAbsolutePath().normalize();
    }

    /**
     * The generated access-token key lives beside an SQLite database, so moving one moves the other. PostgreSQL has
     * none: several instances share the database and must sign with one key, so it comes from the environment.
     */
    public java.util.Optional<Path> keyFile() {
        return isSqlite() ? java.util.Optional.of(file().resolveSibling("server_key.json")) : java.util.Optional.empty();
    }

    public Database open() {
        return Database.open(url, maxConnections, writeQueue, CommitObserver.NONE);
    }

    /** Opens the store with an observer of its write batches (the server's metrics). */
    public Database open(CommitObserver observer) {
        return Database.open(url, maxConnections, writeQueue, observer);
    }
}
