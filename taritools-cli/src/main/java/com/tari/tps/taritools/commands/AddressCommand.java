package com.tari.tps.taritools.commands;

import com.tari.tps.common.address.Network;
import com.tari.tps.common.address.TariAddress;
import com.tari.tps.common.keys.SecretKey;
import com.tari.tps.taritools.Main;
import com.tari.tps.taritools.NetworkConverter;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Generates a random key pair and prints its address. */
@Command(name = "address", mixinStandardHelpOptions = true,
        description = "Generate a new random key pair and print its Tari address.")
public final class AddressCommand implements Runnable {
    @CommandLine.ParentCommand
    Main root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = {"-n", "--network"}, converter = NetworkConverter.class,
            description = "Network of the address. Default: the -n given before the command, else mainnet.")
    Network givenNetwork;

    @Override
    public void run() {
        SecretKey key = SecretKey.random();
        Network network = root.network(givenNetwork);
        TariAddress address = TariAddress.single(network, TariAddress.FEATURES_DEFAULT, key.publicKey());
        PrintWriter out = spec.commandLine().getOut();
        Frame.open(out, "Tari Address");
        out.println("Network: " + network);
        out.println("Secret key: " + key.toHex());
        out.println("Public key: " + key.publicKey().toHex());
        out.println("Address (hex): " + address.toHex());
        out.println("Address      : " + address.toBase58());
        out.println("Emoji ID: " + address.toEmoji());
        Frame.close(out);
    }
}
