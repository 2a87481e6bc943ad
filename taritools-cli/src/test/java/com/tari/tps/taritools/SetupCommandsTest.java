package com.tari.tps.taritools;

import static org.assertj.core.api.Assertions.assertThat;

import com.tari.tps.common.address.TariAddress;
import com.tari.tps.common.jwt.Role;
import com.tari.tps.server.db.Database;
import com.tari.tps.server.engine.Engine;
import com.tari.tps.server.config.EngineSettings;
import com.tari.tps.server.events.EventBus;
import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** setup add-user and setup migrate, run as a separate process so TPG_DATABASE_URL comes from the environment. */
class SetupCommandsTest {
    private static final String ALICE = "14wqR3rjyVbjgXDyLVaL97p3CksHc84cz9hLLMMTMYDjtBt";

    @TempDir
    Path dir;

    @Test
    void addUserGrantsRolesInTheDatabaseAndMigrateCreatesIt() throws Exception {
        String url = "sqlite://" + dir.resolve("db/tari_store.db");
        Run migrate = taritools(url, "setup", "migrate");
        assertThat(migrate.exit()).as(migrate.output()).isZero();
        assertThat(migrate.output()).contains("Migrations complete");

        Run add = taritools(url, "setup", "add-user", "-a", ALICE, "-r", "super_admin,read_all");
        assertThat(add.exit()).as(add.output()).isZero();
        assertThat(add.output()).contains("User added successfully");
        try (EventBus events = new EventBus()) {
            Engine engine = Engine.create(Database.open(url), Clock.systemUTC(), EngineSettings.defaults(), events);
            assertThat(engine.access().rolesOf(TariAddress.parse(ALICE))).containsExactlyInAnyOrder(Role.SUPER_ADMIN, Role.READ_ALL);
            assertThat(engine.access().hasNoAdmins()).isFalse();
        }

        Run bad = taritools(url, "setup", "add-user", "-a", "nope", "-r", "user");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.output()).contains("Invalid address");
        assertThat(taritools(url, "setup", "add-user", "-a", ALICE, "-r", "admin").exit()).isEqualTo(2);
    }

    @Test
    void setupReadsTheServersDotEnvFromTheWorkingDirectoryAndSaysWhichFileItChanged() throws Exception {
        Path shop = dir.resolve("shop");
        java.nio.file.Files.createDirectories(shop);
        java.nio.file.Files.writeString(shop.resolve(".env"), "# as the server reads it\nTPG_DATABASE_URL=sqlite://store/tps.db\n");
        Run add = taritools(null, shop, "setup", "add-user", "-a", ALICE, "-r", "super_admin");
        Path expected = shop.resolve("store/tps.db").toAbsolutePath().normalize();
        assertThat(add.exit()).as(add.output()).isZero();
        assertThat(add.output()).contains("Database: " + expected);
        assertThat(java.nio.file.Files.getPosixFilePermissions(expected))
                .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        assertThat(java.nio.file.Files.exists(shop.resolve("data"))).as("nothing written to the default database").isFalse();
        try (EventBus events = new EventBus()) {
            Engine engine = Engine.create(Database.open("sqlite://" + expected), Clock.systemUTC(), EngineSettings.defaults(), events);
            assertThat(engine.access().rolesOf(TariAddress.parse(ALICE))).containsExactly(Role.SUPER_ADMIN);
        }

        Run broken = taritools("postgres-or-something", shop, "setup", "migrate");
        assertThat(broken.exit()).isNotZero();
        assertThat(broken.output()).contains("TPG_DATABASE_URL").doesNotContain("Exception");
    }

    @Test
    void migrateAndAddUserWorkOnPostgresAndNeverPrintThePassword() throws Exception {
        String url = com.tari.tps.server.db.TestPostgres.shared().newEmptyDatabase();
        String shown = com.tari.tps.server.db.StoreUrl.parse(url).display();
        assertThat(shown).startsWith("postgresql://tps:***@127.0.0.1:");

        Run migrate = taritools(url, "setup", "migrate");
        assertThat(migrate.exit()).as(migrate.output()).isZero();
        assertThat(migrate.output()).contains("Database: " + shown).contains("Migrations complete (" + shown + ")");

        Run add = taritools(url, "setup", "add-user", "-a", ALICE, "-r", "super_admin");
        assertThat(add.exit()).as(add.output()).isZero();
        assertThat(add.output()).contains("Database: " + shown).contains("User added successfully");
        assertThat(migrate.output() + add.output()).doesNotContain(com.tari.tps.server.db.TestPostgres.PASSWORD);

        try (java.sql.Connection db = com.tari.tps.server.db.TestPostgres.shared().connect(url.substring(url.lastIndexOf('/') + 1));
             java.sql.ResultSet roles = db.createStatement().executeQuery("SELECT address, role FROM role_assignments")) {
            assertThat(roles.next()).isTrue();
            assertThat(roles.getString("role")).isEqualTo("super_admin");
            assertThat(TariAddress.parse(roles.getString("address"))).isEqualTo(TariAddress.parse(ALICE));
            assertThat(roles.next()).isFalse();
        }
    }

    record Run(int exit, String output) {}

    static Run taritools(String databaseUrl, String... args) throws Exception {
        return taritools(databaseUrl, null, args);
    }

    /** Runs taritools in {@code workingDir} (null: this one), with TPG_DATABASE_URL set only when given. */
    private static Run taritools(String databaseUrl, Path workingDir, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().remove("TPG_DATABASE_URL");
        if (databaseUrl != null) {
            pb.environment().put("TPG_DATABASE_URL", databaseUrl);
        }
        if (workingDir != null) {
            pb.directory(workingDir.toFile());
        }
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), output);
    }
}
