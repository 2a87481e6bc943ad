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
 * "Add profile": name, secret (a key, a console wallet's seed words, or an environment variable),
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
        String[] name = {""};
        String[] server = {""};
        Secret[] secret = {null};
        Network[] network = {null};
        TariAddress[] address = {null};
        List<List<String>> roles = new java.util.ArrayList<>(List.of(List.of()));
        new Wizard()
                .step(() -> name[0] = ui.ask("Enter profile name", false, name[0], text -> {
                    if (text.isEmpty()) {
                        throw new IllegalArgumentException("a profile needs a name");
                    }
                    return text;
                }))
                .step(() -> secret[0] = secret())
                .step(() -> network[0] = Network.valueOf(ui.choose("Select network", List.of("Mainnet", "Stagenet", "Nextnet", "Esmeralda"))
                        .toUpperCase(Locale.ROOT)))
                .step(() -> {
                    address[0] = secret[0].seedKeys() != null ? secret[0].seedKeys().address(network[0])
                            : TariAddress.single(network[0], TariAddress.FEATURES_DEFAULT, secret[0].key().publicKey());
                    if (!ui.confirm("Use address " + com.tari.tps.taritools.display.Formats.address(address[0], ui.look()) + "?")) {
                        throw new Cancelled(); // "No": back to the network
                    }
                })
                .step(() -> roles.set(0, ui.chooseMany("Select roles", List.of("User", "ReadAll", "Write", "SuperAdmin", "PaymentWallet"))
                        .stream().map(ROLES::get).toList()))
                .step(() -> server[0] = ui.ask("Enter server URL", false, server[0], ProfileDialog::serverUrl))
                .run();
        store.add(new Profile(name[0], address[0], secret[0].stored(), secret[0].envar(), roles.get(0), server[0]));
        return "Profile added successfully (" + store.file() + ")";
    }

    /** Where the key came from; only the spend secret (or the variable's name) is kept, never seed words. */
    private record Secret(SecretKey key, WalletKeys seedKeys, Optional<String> stored, Optional<String> envar) {}

    private Secret secret() {
        String type = ui.choose("Select secret type", List.of("Provide secret key", "Provide seed phrase", "Use environment variable"));
        if (type.equals("Provide seed phrase")) {
            WalletKeys keys = ui.ask("Enter seed phrase (space separated):", true, "", words -> {
                try {
                    return WalletKeys.fromSeedWords(words);
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("those words are not a wallet seed phrase (" + e.getMessage() + ")");
                }
            });
            return new Secret(keys.spendKey(), keys, Optional.of(keys.spendKey().toHex()), Optional.empty());
        }
        if (type.equals("Provide secret key")) {
            SecretKey key = ui.ask("Enter secret key (in hex):", true, "", ProfileDialog::parse);
            return new Secret(key, null, Optional.of(key.toHex()), Optional.empty());
        }
        String[] variable = {""};
        SecretKey key = ui.ask("Enter environment variable name", false, "", v -> {
            variable[0] = v;
            return parse(env.get(v).orElseThrow(() -> new IllegalArgumentException("environment variable " + v + " is not set")));
        });
        return new Secret(key, null, Optional.empty(), Optional.of(variable[0]));
    }

    static String serverUrl(String server) {
        try {
            URI uri = URI.create(server);
            if (uri.getScheme() == null || !uri.getScheme().startsWith("http") || uri.getHost() == null) {
                throw new IllegalArgumentException();
            }
            return server;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a server URL: '" + server + "' (e.g. https://tps.example.com)");
        }
    }

    /** Never echoes what was typed: it is a secret. */
    private static SecretKey parse(String hex) {
        try {
            return SecretKey.fromHex(hex.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("that is not a secret key (64 hex characters)");
        }
    }
}
