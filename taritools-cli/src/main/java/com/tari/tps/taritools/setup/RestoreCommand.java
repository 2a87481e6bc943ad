package com.tari.tps.taritools.setup;

import com.tari.tps.server.db.StoreSettings;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Puts a backup in place as the server's database. Run it with the server stopped. The backup is checked first
 * (SQLite's integrity check, and that it is a payment-server store), then copied beside the target and moved over it
 * in one step, so a failed restore leaves the old database as it was.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Replace the server's database with a backup (stop the server first).")
public final class RestoreCommand implements Runnable {
    @Option(names = "--from", required = true, description = "The backup file (from `setup backup`).")
    Path from;

    @Option(names = "--force", description = "Replace a database that exists already.")
    boolean force;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        StoreSettings store = MigrateCommand.store(spec);
        if (!store.isSqlite()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "setup restore restores an SQLite store; on PostgreSQL ("
                    + store.display() + ") use pg_restore (see INSTALLATION.md)");
        }
        Path target = store.file();
        Path backup = from.toAbsolutePath().normalize();
        out.println("Database: " + target);
        if (!Files.isRegularFile(backup)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "No backup at " + backup);
        }
        if (Files.exists(target) && !force) {
            throw new CommandLine.ParameterException(spec.commandLine(), target + " exists; add --force to replace it (stop the server first)");
        }
        check(backup);
        try {
            Files.createDirectories(target.getParent());
            Path staged = target.resolveSibling(target.getFileName() + ".restoring");
            Files.copy(backup, staged, StandardCopyOption.REPLACE_EXISTING);
            if (staged.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(staged, PosixFilePermissions.fromString("rw-------"));
            }
            // The old database's journal belongs to the old file; left behind it would be replayed into the restored one.
            Files.deleteIfExists(target.resolveSibling(target.getFileName() + "-wal"));
            Files.deleteIfExists(target.resolveSibling(target.getFileName() + "-shm"));
            Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Restore failed: " + e.getMessage());
        }
        out.println("Restored " + backup + " as " + target);
        out.flush();
    }

    private void check(Path backup) {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:file:" + backup + "?mode=ro");
             ResultSet integrity = db.createStatement().executeQuery("PRAGMA integrity_check");
             ResultSet tables = db.createStatement().executeQuery(
                     "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('orders', 'payments', 'flyway_schema_history')")) {
            if (!integrity.next() || !"ok".equals(integrity.getString(1))) {
                throw new CommandLine.ParameterException(spec.commandLine(), backup + " is damaged (integrity check failed)");
            }
            if (!tables.next() || tables.getInt(1) != 3) {
                throw new CommandLine.ParameterException(spec.commandLine(), backup + " is not a payment-server database");
            }
        } catch (SQLException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), backup + " cannot be read as a database: " + e.getMessage());
        }
    }
}
