package com.tari.tps.server.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void opensInWalModeWithForeignKeysAndCreatesItsFolder() {
        Path file = dir.resolve("nested/deeper/tari_store.db");
        Database db = Database.open("sqlite://" + file);
        assertThat(Files.exists(file)).isTrue();
        String journal = db.read(h -> h.createQuery("PRAGMA journal_mode").mapTo(String.class).one());
        Integer foreignKeys = db.read(h -> h.createQuery("PRAGMA foreign_keys").mapTo(Integer.class).one());
        Integer busy = db.read(h -> h.createQuery("PRAGMA busy_timeout").mapTo(Integer.class).one());
        assertThat(journal).isEqualToIgnoringCase("wal");
        assertThat(foreignKeys).isEqualTo(1);
        assertThat(busy).isPositive();
    }

    @Test
    void migrationsAreAppliedOnceAndReopeningKeepsData() {
        String url = "sqlite://" + dir.resolve("tps.db");
        Database first = Database.open(url);
        first.write(h -> h.createUpdate("INSERT INTO exchange_rates (currency, rate, updated_at) VALUES ('USD', 5, 'x')").execute());
        Database again = Database.open(url);
        List<String> tables = again.read(h -> h.createQuery("SELECT name FROM sqlite_master WHERE type = 'table'").mapTo(String.class).list());
        assertThat(tables).contains("orders", "payments", "settlements", "address_customer", "order_audit", "payment_audit",
                "role_assignments", "login_nonces", "wallets", "wallet_audit", "exchange_rates", "shopify_transactions", "outbox");
        Integer rates = again.read(h -> h.createQuery("SELECT COUNT(*) FROM exchange_rates").mapTo(Integer.class).one());
        assertThat(rates).isEqualTo(1);
    }

    @Test
    void theSchemaVersionIsTheHighestMigrationOfBothDialects() throws Exception {
        // Open skips Flyway for a store at SCHEMA_VERSION: a migration added without raising it would never be applied.
        for (String dialect : List.of("sqlite", "postgresql")) {
            Path folder = Path.of(DatabaseTest.class.getClassLoader().getResource("db/migration/" + dialect).toURI());
            try (var files = Files.list(folder)) {
                int highest = files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V[0-9]+__.*\\.sql"))
                        .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
                assertThat(highest).as(dialect).isEqualTo(Database.SCHEMA_VERSION);
            }
        }
    }

    @Test
    void aStoreBehindTheLatestMigrationIsMigratedWhenOpened() {
        String url = "sqlite://" + dir.resolve("behind.db");
        Database db = Database.open(url);
        assertThat(Database.appliedVersion(dataSource(url))).hasValue(Database.SCHEMA_VERSION);
        // As a store migrated by the previous release would be: without the last migration and its index.
        db.write(h -> h.execute("DROP INDEX payments_by_alt_order"));
        db.write(h -> h.execute("DROP INDEX shopify_transactions_by_order"));
        db.write(h -> h.createUpdate("DELETE FROM flyway_schema_history WHERE version = :v")
                .bind("v", Integer.toString(Database.SCHEMA_VERSION)).execute());
        assertThat(Database.appliedVersion(dataSource(url))).hasValue(Database.SCHEMA_VERSION - 1);

        Database reopened = Database.open(url);
        List<String> indexes = reopened.read(h -> h.createQuery("SELECT name FROM sqlite_master WHERE type = 'index'")
                .mapTo(String.class).list());
        assertThat(indexes).contains("payments_by_alt_order", "shopify_transactions_by_order");
        assertThat(Database.appliedVersion(dataSource(url))).hasValue(Database.SCHEMA_VERSION);
    }

    @Test
    void aStoreWithoutFlywaysHistoryHasNoAppliedVersion() {
        Path file = dir.resolve("empty.db");
        assertThat(Database.appliedVersion(dataSource("sqlite://" + file))).isEmpty();
    }

    private static javax.sql.DataSource dataSource(String url) {
        org.sqlite.SQLiteDataSource ds = new org.sqlite.SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + Database.fileOf(url));
        return ds;
    }

    @Test
    void refusesUrlsThatWouldLoseData() {
        assertThatThrownBy(() -> Database.open("sqlite::memory:")).hasMessageContaining("file");
        assertThatThrownBy(() -> Database.open("mysql://localhost/tps")).hasMessageContaining("SQLite URL").hasMessageContaining("PostgreSQL URL");
        assertThat(Database.fileOf("sqlite://data/tari_store.db")).isEqualTo(Path.of("data/tari_store.db"));
        assertThat(Database.fileOf("jdbc:sqlite:/tmp/x.db")).isEqualTo(Path.of("/tmp/x.db"));
    }

    @Test
    void aSingleConnectionCapStillServesConcurrentCallersInTurn() throws Exception {
        Database db = Database.open("sqlite://" + dir.resolve("one.db"), 1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        java.util.List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int n = i;
            results.add(pool.submit(() -> n % 2 == 0
                    ? db.write(h -> h.createUpdate("INSERT INTO exchange_rates (currency, rate, updated_at) VALUES ('X', 1, 'x')").execute())
                    : db.read(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one())));
        }
        for (var r : results) {
            assertThat(r.get()).isEqualTo(1);
        }
        pool.shutdown();
        assertThatThrownBy(() -> Database.open("sqlite://" + dir.resolve("zero.db"), 0)).hasMessageContaining("TPG_MAX_CONNECTIONS");
    }

    @Test
    void foreignKeysAreEnforced() {
        Database db = Database.open("sqlite://" + dir.resolve("fk.db"));
        assertThatThrownBy(() -> db.write(h -> h.createUpdate("INSERT INTO settlements (order_id, payment_address, settlement_type, "
                + "amount, created_at) VALUES ('missing', 'a', 'Single', 1, 'x')").execute()))
                .hasMessageContaining("FOREIGN KEY");
    }
}
