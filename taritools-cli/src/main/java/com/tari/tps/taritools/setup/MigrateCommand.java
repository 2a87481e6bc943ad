package com.tari.tps.taritools.setup;

import com.tari.tps.server.db.Database;
import com.tari.tps.server.db.StoreSettings;
import com.tari.tps.taritools.Main;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Creates the database if it is missing and applies the embedded migrations. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = "Create the database if missing and apply the migrations.")
public final class MigrateCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * The server's own store settings: the environment over the {@code .env} of the working directory, read by the same
     * code as the server, so a set-up command run where the server runs opens the server's database.
     */
    static StoreSettings store(CommandLine.Model.CommandSpec spec) {
        return StoreSettings.from(Main.of(spec).environment());
    }

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        StoreSettings store = store(spec);
        out.println("Database: " + store.display());
        try (Database database = store.open()) {
            out.println("Migrations complete (" + database.location() + ")");
        }
        out.flush();
    }
}
