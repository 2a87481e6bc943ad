package com.tari.tps.server.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tari.tps.server.config.Environment;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoreUrlTest {
    @Test
    void postgresUrlsKeepThePasswordOutOfEverythingPrintable() {
        StoreUrl.Postgres pg = (StoreUrl.Postgres) StoreUrl.parse("postgres://shop:s3cr%40t@db.example.com:6543/tari?sslmode=require");
        assertThat(pg.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com:6543/tari?sslmode=require");
        assertThat(pg.user()).isEqualTo("shop");
        assertThat(pg.password()).isEqualTo("s3cr@t");
        assertThat(pg.display()).isEqualTo("postgresql://shop:***@db.example.com:6543/tari?sslmode=require");
        assertThat(pg.toString()).doesNotContain("s3cr");
        assertThat(pg.jdbcUrl()).doesNotContain("s3cr");

        StoreUrl.Postgres plain = (StoreUrl.Postgres) StoreUrl.parse("postgresql://[::1]/tari");
        assertThat(plain.jdbcUrl()).isEqualTo("jdbc:postgresql://[::1]:5432/tari");
        assertThat(plain.user()).isEmpty();
    }

    @Test
    void badUrlsAreRefusedWithoutEchoingThem() {
        assertThatThrownBy(() -> StoreUrl.parse("postgresql://shop:hunter2@host:5432"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("hunter2").hasMessageContaining("postgresql://user:password@host");
        assertThatThrownBy(() -> StoreUrl.parse("postgresql://shop@host/db?password=hunter2"))
                .hasMessageNotContaining("hunter2").hasMessageContaining("before the host");
        assertThatThrownBy(() -> StoreUrl.parse("postgresql://shop:hunter2@host:99999/db")).hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> StoreUrl.parse("mysql://shop:hunter2@host/db")).hasMessageNotContaining("hunter2")
                .hasMessageContaining("sqlite://").hasMessageContaining("postgresql://");
    }

    @Test
    void settingsNameTheStoreAsItMayBePrinted() {
        StoreSettings pg = StoreSettings.from(new Environment(Map.of("TPG_DATABASE_URL", "postgresql://shop:hunter2@127.0.0.1/tari",
                "TPG_DATABASE_POOL_SIZE", "7")::get));
        assertThat(pg.display()).isEqualTo("postgresql://shop:***@127.0.0.1:5432/tari");
        assertThat(pg.maxConnections()).isEqualTo(7);
        assertThat(pg.keyFile()).as("instances share a key from the environment").isEmpty();
        assertThatThrownBy(pg::file).isInstanceOf(IllegalArgumentException.class);

        StoreSettings sqlite = StoreSettings.from(new Environment(Map.of("TPG_DATABASE_URL", "sqlite://data/x.db")::get));
        assertThat(sqlite.display()).isEqualTo(Path.of("data/x.db").toAbsolutePath().toString());
        assertThat(sqlite.keyFile()).contains(Path.of("data/server_key.json").toAbsolutePath());
    }

    @Test
    void aPoolTooSmallForTheWorkersIsRefused() {
        assertThatThrownBy(() -> Database.open("postgresql://shop:hunter2@127.0.0.1:1/tari", 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("TPG_DATABASE_POOL_SIZE must be at least 4 on PostgreSQL");
    }

    @Test
    void anUnreachableServerFailsAtOpenNamingItWithoutThePassword() {
        assertThatThrownBy(() -> Database.open("postgresql://shop:hunter2@127.0.0.1:1/tari"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("postgresql://shop:***@127.0.0.1:1/tari").hasMessageNotContaining("hunter2");
    }
}
