package com.tari.tps.server.db;

import java.nio.file.Path;
import java.util.Map;

/**
 * Which store the engine, storage and HTTP tests run on: SQLite files by default, a fresh database on a real
 * PostgreSQL server ({@link TestPostgres}) when the build sets {@code -Dtps.test.store=postgresql} (the server
 * module's second test run does). One switch, so the same tests prove both stores.
 */
public final class TestStores {
    private TestStores() {}

    public static boolean postgres() {
        return "postgresql".equals(System.getProperty("tps.test.store"));
    }

    /** A fresh store's {@code TPG_DATABASE_URL}: the SQLite file at {@code dir/data/tari_store.db}, or a new database. */
    public static String freshUrl(Path dir) {
        return postgres() ? TestPostgres.shared().newDatabase() : "sqlite://" + dir.resolve("data/tari_store.db");
    }

    /**
     * The settings a server over that store needs besides its URL: on PostgreSQL the token keys, which several
     * instances share and which therefore come from the environment there.
     */
    public static Map<String, String> serverSettings() {
        return postgres() ? Map.of("TPG_JWT_SIGNING_KEY", SIGNING, "TPG_JWT_VERIFICATION_KEY", VERIFICATION) : Map.of();
    }

    // The suite's configured key pair, which the log scan looks for.
    private static final String SIGNING = com.tari.tps.common.testing.TestSecrets.JWT_SIGNING_KEY;
    private static final String VERIFICATION = com.tari.tps.common.keys.SecretKey.fromHex(SIGNING).publicKey().toHex();
}
