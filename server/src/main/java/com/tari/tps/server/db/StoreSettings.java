package com.tari.tps.server.db;

import com.tari.tps.server.config.Environment;
import java.nio.file.Path;

/**
 * Where the store is and how many connections it may use: {@code TPG_DATABASE_URL} (default
 * {@code sqlite://data/tari_store.db}, a relative path being relative to the working directory) and
 * {@code TPG_MAX_CONNECTIONS}, and {@code TPG_WRITE_QUEUE}: how many writes may wait for the single writer before new ones
 * are answered 503 with Retry-After (memory stays bounded under a burst). The server and taritools' set-up commands
 * both read it here, so they open the same file.
 */
public record StoreSettings(String url, int maxConnections, int writeQueue) {
    public static final String DEFAULT_URL = "sqlite://data/tari_store.db";

    public static StoreSettings from(Environment env) {
        StoreSettings settings = new StoreSettings(env.get("TPG_DATABASE_URL", DEFAULT_URL),
                env.positiveInt("TPG_MAX_CONNECTIONS", Database.DEFAULT_MAX_CONNECTIONS),
                env.positiveInt("TPG_WRITE_QUEUE", Database.WRITE_QUEUE));
        try {
            settings.file();
        } catch (IllegalArgumentException e) {
            throw new Environment.ConfigException(e.getMessage());
        }
        return settings;
    }

    /** The database file, absolute. */
    public Path file() {
        return Database.fileOf(url).toAbsolutePath().normalize();
    }

    /** The generated access-token key lives beside the database, so moving one moves the other. */
    public Path keyFile() {
        return file().resolveSibling("server_key.json");
    }

    public Database open() {
        return Database.open(url, maxConnections, writeQueue, CommitObserver.NONE);
    }

    /** Opens the store with an observer of its write batches (the server's metrics). */
    public Database open(CommitObserver observer) {
        return Database.open(url, maxConnections, writeQueue, observer);
    }
}
