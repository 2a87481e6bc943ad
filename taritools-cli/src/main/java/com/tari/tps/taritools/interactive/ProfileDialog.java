package com.tari.tps.taritools.interactive;

import com.tari.tps.common.address.Network;
import com.tari.tps.common.address.TariAddress;
import com.tari.tps.common.keys.SecretKey;
import com.tari.tps.common.seed.WalletKeys;
import com.tari.tps.server.config.Environment;
import com.tari.tps.taritools.profiles.Profile;
import com.tari.tps.taritools.profiles.ProfileStore;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * "Add profile" (taritools.md §5.2): name, secret (a key, a console wallet's seed words, or an environment variable),
 * network, roles, server; the address is confirmed before saving.
 */
final class ProfileDialog {
    private static final Map<String, String> ROLES = Map.of("User", "user", "ReadAll", "read_all", "Write", "write",
            "SuperAdmin", "super_admin", "PaymentWallet", "payment_wallet");

    private final Ui ui;
    private final ProfileStore store;
    private final Environment env;

    ProfileDialog(Ui ui, ProfileStore store, Environment env) {
        this.ui = ui;
        this.store = store;
        this.env = env;
    }

    String run() {
        String name = ui.ask("Enter profile name");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("A profile needs a name");
        }
        String type = ui.choose("Select secret type", List.of("Provide secret key", "Provide seed phrase", "Use environment variable"));
        Optional<String> stored = Optional.empty();
        Optional<String> envar = Optional.empty();
        SecretKey key;
        WalletKeys seedKeys = null;
        if (type.equals("Provide seed phrase")) {
            // Only the spend secret is kept; the words themselves are never stored.
            seedKeys = WalletKeys.fromSeedWords(ui.ask("Enter seed phrase (space separated):", true));
            key = seedKeys.spendKey();
            stored = Optional.of(key.toHex());
        } else if (type.equals("Provide secret key")) {
            key = parse(ui.ask("Enter secret key (in hex):", true));
            stored = Optional.of(key.toHex());
        } else {
            String variable = ui.ask("Enter environment variable name");
            key = parse(env.get(variable).orElseThrow(() -> new IllegalArgumentException("Environment variable " + variable + " is not set")));
            envar = Optional.of(variable);
        }
        Network network = Network.valueOf(ui.choose("Select network", List.of("Mainnet", "Stagenet", "Nextnet", "Esmeralda"))
                .toUpperCase(Locale.ROOT));
        TariAddress address = seedKeys != null ? seedKeys.address(network)
                : TariAddress.single(network, TariAddress.FEATURES_DEFAULT, key.publicKey());
        if (!ui.confirm("Use address " + address.toBase58() + " (" + address.toEmoji() + ")?")) {
            throw new IllegalArgumentException("Cancelled");
        }
        List<String> roles = ui.chooseMany("Select roles", List.of("User", "ReadAll", "Write", "SuperAdmin", "PaymentWallet"))
                .stream().map(ROLES::get).toList();
        String server = ui.ask("Enter server URL");
        try {
            URI uri = URI.create(server);
            if (uri.getScheme() == null || !uri.getScheme().startsWith("http") || uri.getHost() == null) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Not a server URL: '" + server + "' (e.g. https://tps.example.com)");
        }
        store.add(new Profile(name, address, stored, envar, roles, server));
        return "Profile added successfully (" + store.file() + ")";
    }

    /** Never echoes what was typed: it is a secret. */
    private static SecretKey parse(String hex) {
        try {
            return SecretKey.fromHex(hex.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("That is not a secret key (64 hex characters)");
        }
    }
}
