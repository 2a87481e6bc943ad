package com.tari.tps.taritools.setup;

import picocli.CommandLine.Command;

/** Direct database set-up on the server's machine: migrations and the first admin. */
@Command(name = "setup", mixinStandardHelpOptions = true,
        description = "Set up the server's database directly (TPG_DATABASE_URL, default sqlite://data/tari_store.db).",
        subcommands = {AddUserCommand.class, MigrateCommand.class})
public final class SetupCommand {
}
