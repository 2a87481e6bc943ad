package com.tari.tps.taritools;

import com.tari.tps.common.address.Network;
import com.tari.tps.taritools.commands.AddressCommand;
import com.tari.tps.taritools.commands.ConfirmCommand;
import com.tari.tps.taritools.commands.MemoCommand;
import com.tari.tps.taritools.commands.PaymentCommand;
import com.tari.tps.taritools.commands.TokenCommand;
import com.tari.tps.server.config.Environment;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Entry point of {@code taritools}: keys, tokens and signatures for the Tari Payment Server. */
@Command(name = "taritools", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Keys, tokens and signatures for the Tari Payment Server.",
        subcommands = {
            AddressCommand.class,
            TokenCommand.class,
            MemoCommand.class,
            PaymentCommand.class,
            ConfirmCommand.class,
            com.tari.tps.taritools.profiles.LoginCommand.class,
            com.tari.tps.taritools.shopify.ShopifyCommand.class,
            com.tari.tps.taritools.wallet.WalletCommand.class,
            com.tari.tps.taritools.setup.SetupCommand.class,
            CommandLine.HelpCommand.class,
            picocli.AutoComplete.GenerateCompletion.class,
        })
public final class Main implements Runnable {
    private final Environment environment;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    Main(Environment environment) {
        this.environment = environment;
    }

    @Option(names = {"-n", "--network"}, defaultValue = "mainnet", converter = NetworkConverter.class,
            description = "Network of the addresses commands build (mainnet, stagenet, nextnet, localnet, igor, esmeralda);"
                    + " a -n given after the command wins. Default: ${DEFAULT-VALUE}")
    Network network;

    /** {@code --version}: the build's version, the same one the server reports on {@code /health}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"taritools " + com.tari.tps.common.BuildInfo.version()};
        }
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            // Only an empty command line is interactive; `taritools shopify` alone prints its usage instead.
            System.out.println("No command given. If this was unintended, enter `CTRL-C` to exit and run `taritools --help` to see a full list of commands.");
            Environment env = Environment.system();
            com.tari.tps.taritools.interactive.Interactive.runOnTerminal(env, new Main(env).home());
            System.out.println("Bye!");
            return;
        }
        System.exit(commandLine().execute(args));
    }

    /** The configured command line: picocli exit codes, one-line errors on stderr instead of stack traces. */
    public static CommandLine commandLine() {
        return commandLine(Environment.system());
    }

    /** As above, with settings ({@code TPG_*}) read from the given environment. */
    public static CommandLine commandLine(Environment environment) {
        CommandLine cli = new CommandLine(new Main(environment));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println(e instanceof ToolException ? e.getMessage() : "Error: " + e.getMessage());
            commandLine.getErr().flush();
            return commandLine.getCommandSpec().exitCodeOnExecutionException();
        });
        return cli;
    }

    public Network network() {
        return network;
    }

    /**
     * The network a command works on: its own {@code -n} when given (null otherwise), else the root's. Both places are
     * accepted because users write {@code taritools address -n X} as often as {@code taritools -n X address}.
     */
    public Network network(Network givenToCommand) {
        return givenToCommand != null ? givenToCommand : network;
    }

    /** The settings of this run: the process environment over {@code .env}. */
    public Environment environment() {
        return environment;
    }

    /** Saved profiles: {@code config.toml} in {@code TARITOOLS_HOME}, by default {@code ~/.taritools}. */
    public com.tari.tps.taritools.profiles.ProfileStore profiles() {
        return new com.tari.tps.taritools.profiles.ProfileStore(home());
    }

    /** The taritools folder: {@code TARITOOLS_HOME}, by default {@code ~/.taritools}. */
    public java.nio.file.Path home() {
        return environment.get("TARITOOLS_HOME").map(java.nio.file.Path::of)
                .orElse(java.nio.file.Path.of(System.getProperty("user.home"), ".taritools"));
    }

    /** The root {@link Main} of any command of this tool. */
    public static Main of(CommandLine.Model.CommandSpec spec) {
        return (Main) spec.root().userObject();
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
