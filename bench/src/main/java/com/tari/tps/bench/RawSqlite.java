package com.tari.tps.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;

/** The reference every benchmark's database write is measured against: plain SQLite on the same disk. */
public final class RawSqlite {
    private RawSqlite() {}

    /**
     * Single-row inserts per second, one durable transaction (autocommit) each, on a plain connection in WAL mode with
     * the given {@code synchronous} setting (FULL or NORMAL), into a new file.
     */
    public static double insertsPerSecond(Path file, String synchronous, int n) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA synchronous=" + synchronous);
            s.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO t (v) VALUES (?)")) {
                long start = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    insert.setString(1, "row " + i);
                    insert.executeUpdate();
                }
                return n / ((System.nanoTime() - start) / 1e9);
            }
        }
    }
}
