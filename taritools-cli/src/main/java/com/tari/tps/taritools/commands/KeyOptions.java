package com.tari.tps.taritools.commands;

import com.tari.tps.common.address.Network;
import com.tari.tps.common.address.TariAddress;
import com.tari.tps.common.keys.InvalidKeyException;
import com.tari.tps.common.keys.SecretKey;
import com.tari.tps.taritools.Main;
import com.tari.tps.taritools.NetworkConverter;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The secret key and network options shared by the signing commands. */
public final class KeyOptions {
    @Option(names = {"-s", "--seckey"}, required = true, paramLabel = "<hex>",
            description = "Secret key (64 hex characters) of the wallet that signs.")
    String secretKeyHex;

    @Option(names = {"-n", "--network"}, converter = NetworkConverter.class,
            description = "Network of the address. Default: the -n given before the command, else mainnet.")
    Network givenNetwork;

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec command;

    Network network() {
        return Main.of(command).network(givenNetwork);
    }

    /** @throws CommandLine.ParameterException for a key that is not a canonical secret key (usage error, exit 2) */
    SecretKey secretKey(CommandLine cli) {
        try {
            return SecretKey.fromHex(secretKeyHex);
        } catch (InvalidKeyException e) {
            throw new CommandLine.ParameterException(cli, "Invalid secret key: " + e.getMessage());
        }
    }

    TariAddress address(SecretKey key) {
        return TariAddress.single(network(), TariAddress.FEATURES_DEFAULT, key.publicKey());
    }
}
