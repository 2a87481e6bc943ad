package com.tari.tps.taritools.setup;

import com.tari.tps.server.db.Database;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Creates the database if it is missing and applies the embedded migrations. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = "Create the database if missing and apply the migrations.")
public final class MigrateCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    static String databaseUrl() {
        String url = System.getenv("TPG_DATABASE_URL");
        return url == null || url.isBlank() ? "sqlite://data/tari_store.db" : url.trim();
    }

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("Running embedded migrations on " + databaseUrl());
        Database database = Database.open(databaseUrl());
        out.println("Migrations complete (" + database.location() + ")");
        out.flush();
    }
}
