package com.tari.tps.taritools.setup;

import com.tari.tps.common.address.AddressFormatException;
import com.tari.tps.common.address.TariAddress;
import com.tari.tps.common.jwt.Role;
import com.tari.tps.server.db.Database;
import com.tari.tps.server.db.StoreSettings;
import com.tari.tps.server.engine.Engine;
import com.tari.tps.server.config.EngineSettings;
import com.tari.tps.server.events.EventBus;
import com.tari.tps.taritools.commands.TokenCommand;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Grants roles to an address straight in the database: how the first super_admin is made. */
@Command(name = "add-user", mixinStandardHelpOptions = true,
        description = "Grant roles to an address, writing straight to the database (e.g. the first super_admin).")
public final class AddUserCommand implements Runnable {
    @Option(names = {"-a", "--address"}, required = true, description = "The address (base58, emoji or hex).")
    String address;

    @Option(names = {"-r", "--role"}, required = true, split = ",", converter = TokenCommand.RoleConverter.class,
            description = "Role to grant, repeated or comma separated: user, read_all, write, payment_wallet, super_admin.")
    List<Role> roles;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        TariAddress parsed;
        try {
            parsed = TariAddress.parse(address);
        } catch (AddressFormatException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid address: " + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        StoreSettings store = MigrateCommand.store(spec);
        out.println("Database: " + store.display());
        out.println("Adding user with address: " + parsed.toBase58() + " and roles ["
                + roles.stream().map(Role::wireName).collect(Collectors.joining(", ")) + "]");
        try (Database database = store.open(); EventBus events = new EventBus()) {
            Engine.create(database, Clock.systemUTC(), EngineSettings.defaults(), events).access().updateRoles(parsed, roles, List.of());
        }
        out.println("User added successfully");
        out.flush();
    }
}
