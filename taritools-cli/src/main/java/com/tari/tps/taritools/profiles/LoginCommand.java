package com.tari.tps.taritools.profiles;

import com.tari.tps.common.address.Network;
import com.tari.tps.common.address.TariAddress;
import com.tari.tps.common.jwt.LoginToken;
import com.tari.tps.common.jwt.Role;
import com.tari.tps.common.keys.SecretKey;
import com.tari.tps.server.config.Environment;
import com.tari.tps.taritools.Main;
import com.tari.tps.taritools.NetworkConverter;
import com.tari.tps.taritools.ToolException;
import com.tari.tps.taritools.client.TpsClient;
import com.tari.tps.taritools.client.TpsException;
import com.tari.tps.taritools.commands.TokenCommand;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code taritools login}: makes a profile (from a new key, a key typed at the terminal, or a key in an environment
 * variable) and proves it works by
 * signing a login token and having the server accept it, so a new admin never has to build a token by hand. With a
 * profile that already exists it only checks the login.
 * <p>
 * A new key is saved even when the server refuses the login (typically: the address has not been granted the roles
 * yet), since it would otherwise be lost; the message says how to grant them.
 */
@Command(name = "login", mixinStandardHelpOptions = true,
        description = {"Create a profile and check that the server accepts its login, or check an existing profile.",
            "Examples:",
            "  taritools login -p Admin --new-key -r super_admin --server https://tps.example.com",
            "  taritools login -p Admin --secret-key-env <VAR> -r read_all -r write",
            "  taritools login -p Admin --secret-key -r write   (asks for the key; it is not shown)",
            "  taritools login -p Admin"})
public final class LoginCommand implements Runnable {
    @Option(names = {"-p", "--profile"}, required = true, description = "Profile name (created if it does not exist).")
    String name;

    @Option(names = "--server", description = "Payment server URL for a new profile. Default: TPG_SCHEMA/TPG_HOST/TPG_PORT, "
            + "else http://localhost:4444.")
    String server;

    @Option(names = "--new-key", description = "Generate a new secret key for the profile (stored in the profiles file, mode 0600).")
    boolean newKey;

    @Option(names = "--secret-key-env", paramLabel = "<VAR>",
            description = "Environment variable holding the secret key (hex); only its name is stored.")
    String secretKeyEnv;

    @Option(names = "--secret-key", interactive = true, arity = "0..1", paramLabel = "<HEX>", prompt = "Secret key (hex), not shown: ",
            description = "Type the secret key (hex) when asked; it is not shown, and is stored in the profiles file (mode 0600). "
                    + "Also asked for when a new profile is given no key option and a terminal is present.")
    char[] secretKey;

    @Option(names = {"-r", "--role"}, split = ",", converter = TokenCommand.RoleConverter.class,
            description = "Roles of a new profile, repeated or comma separated (read_all, write, payment_wallet, super_admin). "
                    + "Default: user only.")
    List<Role> roles = List.of();

    @Option(names = {"-n", "--network"}, converter = NetworkConverter.class,
            description = "Network of a new profile's address. Default: the -n given before the command, else mainnet.")
    Network network;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        Main main = Main.of(spec);
        ProfileStore store = main.profiles();
        PrintWriter out = spec.commandLine().getOut();
        Optional<Profile> existing = store.byName(name);
        Profile profile;
        boolean created = false;
        if (existing.isPresent()) {
            if (newKey || secretKeyEnv != null || secretKey != null) {
                throw new ToolException("A profile named '" + name + "' already exists in " + store.file()
                        + "; run `taritools login -p \"" + name + "\"` alone to check it, or choose another name.");
            }
            profile = existing.get();
        } else {
            profile = newProfile(main.environment(), main.network(network));
            created = true;
            if (newKey) {
                // Saved before the server is asked: a refused login must not lose the only copy of the key.
                store.add(profile);
                out.println("New key saved in profile '" + name + "' (" + store.file() + ")");
            }
        }
        out.println("Address: " + profile.address().toBase58());
        try {
            String access = login(profile, main.environment());
            new TpsClient(profile.server()).text("api/check_token", access); // the access token works on /api too
        } catch (TpsException e) {
            throw new ToolException("The server at " + profile.server() + " refused the login of profile '" + name + "': " + e.getMessage()
                    + (e.status() == 403 || e.status() == 401 ? "\nGrant the roles first, on the server machine:\n  taritools setup add-user -a "
                    + profile.address().toBase58() + roleArgs(profile) + "\n(or as a super admin: Admin Menu » Grant roles), then run "
                    + "`taritools login -p \"" + name + "\"` again." : ""));
        }
        if (created && !newKey) {
            store.add(profile);
        }
        out.println("Logged in to " + profile.server() + " as '" + name + "' with roles "
                + (profile.roles().isEmpty() ? "[user]" : profile.roles()) + ": the server accepted the login token.");
        if (created) {
            out.println("Profile '" + name + "' is ready in " + store.file() + "; the menus (taritools with no arguments) use it.");
        }
    }

    private Profile newProfile(Environment env, Network net) {
        if (!newKey && secretKeyEnv == null && secretKey == null && System.console() != null) {
            secretKey = System.console().readPassword("Secret key (hex) of the new profile '%s' (not shown): ", name);
        }
        int sources = (newKey ? 1 : 0) + (secretKeyEnv != null ? 1 : 0) + (secretKey != null ? 1 : 0);
        if (sources != 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "A new profile needs its key, from one place: give --new-key, "
                    + "--secret-key (asks for it), or --secret-key-env <VAR> naming a variable that holds it.");
        }
        SecretKey key;
        if (newKey) {
            key = SecretKey.random();
        } else if (secretKey != null) {
            try {
                key = SecretKey.fromHex(new String(secretKey).trim());
            } catch (IllegalArgumentException e) {
                throw new ToolException("That is not a secret key (64 hex characters).");
            } finally {
                java.util.Arrays.fill(secretKey, '\0');
            }
        } else {
            String hex = env.get(secretKeyEnv).orElseThrow(() -> new ToolException("The environment variable " + secretKeyEnv + " is not set."));
            try {
                key = SecretKey.fromHex(hex.trim());
            } catch (IllegalArgumentException e) {
                throw new ToolException("The environment variable " + secretKeyEnv + " does not hold a secret key (64 hex characters).");
            }
        }
        TariAddress address = TariAddress.single(net, TariAddress.FEATURES_DEFAULT, key.publicKey());
        String url = server != null ? server : DefaultServer.url(env);
        return new Profile(name, address, secretKeyEnv == null ? Optional.of(key.toHex()) : Optional.empty(),
                Optional.ofNullable(secretKeyEnv), roles.stream().map(Role::wireName).toList(), url);
    }

    /** Signs a login token with the profile's key and roles; the server's access token. */
    static String login(Profile profile, Environment env) {
        List<Role> desired = profile.roles().stream().map(Role::fromWire).toList();
        String token = new LoginToken(profile.address(), Clock.systemUTC().instant().getEpochSecond(), desired).sign(profile.secret(env));
        return new TpsClient(profile.server()).login(token);
    }

    private static String roleArgs(Profile profile) {
        StringBuilder args = new StringBuilder();
        profile.roles().forEach(r -> args.append(" -r ").append(r));
        return args.toString();
    }
}
