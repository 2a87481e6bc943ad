package com.tari.tps.taritools.setup;

import picocli.CommandLine.Command;

/** Direct database set-up on the server's machine: migrations and the first admin. */
@Command(name = "setup", mixinStandardHelpOptions = true,
        description = {"Set up the server's database directly. Run it where the server runs: it reads TPG_DATABASE_URL "
                + "(default sqlite://data/tari_store.db, relative to the working directory) from the environment or ./.env, "
                + "as the server does, and prints the database file it used."},
        subcommands = {AddUserCommand.class, MigrateCommand.class, BackupCommand.class, RestoreCommand.class,
                CopyDbCommand.class})
public final class SetupCommand {
}
