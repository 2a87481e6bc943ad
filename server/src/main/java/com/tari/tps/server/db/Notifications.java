package com.tari.tps.server.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL {@code LISTEN} on one channel, on a connection of its own (outside the pool: it stays open for the
 * server's life). Lost connections are opened again; a caller is then told to re-read, because notifications sent
 * meanwhile are gone. Used by one thread at a time.
 */
public final class Notifications implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Notifications.class);

    private final StoreUrl.Postgres url;
    private final String channel;
    private Connection connection;
    private volatile boolean closed;

    Notifications(StoreUrl.Postgres url, String channel) {
        if (!channel.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("bad channel name " + channel);
        }
        this.url = url;
        this.channel = channel;
    }

    /**
     * Waits up to {@code timeout} for a notification. True when one came, and also when the connection was
     * (re)opened: either way something may be new. False after a quiet wait.
     */
    public boolean await(Duration timeout) throws InterruptedException {
        try {
            if (connection == null) {
                connection = java.sql.DriverManager.getConnection(url.jdbcUrl(), url.user(), url.password());
                try (Statement s = connection.createStatement()) {
                    s.execute("LISTEN " + channel);
                }
                return true;
            }
            PGNotification[] received = connection.unwrap(PGConnection.class).getNotifications((int) Math.max(1, timeout.toMillis()));
            return received != null && received.length > 0;
        } catch (SQLException e) {
            drop();
            if (closed) {
                return false;
            }
            log.warn("Listening for {} on {} failed, trying again in 1 s: {}", channel, url.display(), e.getMessage());
            Thread.sleep(1000);
            return true;
        }
    }

    private void drop() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already broken
            }
            connection = null;
        }
    }

    @Override
    public void close() {
        closed = true;
        drop();
    }
}
