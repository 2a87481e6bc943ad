package com.tari.tps.taritools.setup;

import com.tari.tps.server.db.StoreSettings;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * A consistent copy of the live store, safe while the server runs and writes: SQLite's {@code VACUUM INTO} copies
 * one read snapshot, so the copy holds every write committed before it started and none after, never half of one.
 */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Copy the server's database to a new file, consistently, while the server runs.")
public final class BackupCommand implements Runnable {
    @Option(names = "--to", required = true, description = "The backup file to create (must not exist).")
    Path to;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        StoreSettings store = MigrateCommand.store(spec);
        if (!store.isSqlite()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "setup backup copies an SQLite store; on PostgreSQL ("
                    + store.display() + ") use pg_dump (see INSTALLATION.md)");
        }
        Path source = store.file();
        Path target = to.toAbsolutePath().normalize();
        if (!Files.isRegularFile(source)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "No database at " + source + " to back up");
        }
        if (Files.exists(target)) {
            throw new CommandLine.ParameterException(spec.commandLine(), target + " exists already; choose a new file");
        }
        out.println("Database: " + source);
        try {
            Files.createDirectories(target.getParent());
            // The copy holds every balance: owner-only from its first byte. VACUUM INTO accepts an empty file.
            if (target.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(target, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(target);
            }
            try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + source);
                 PreparedStatement vacuum = db.prepareStatement("VACUUM INTO ?")) {
                vacuum.setString(1, target.toString());
                vacuum.execute();
            }
        } catch (java.io.IOException | SQLException e) {
            throw new IllegalStateException("Backup failed: " + e.getMessage());
        }
        out.println("Backup written to " + target);
        out.flush();
    }
}
