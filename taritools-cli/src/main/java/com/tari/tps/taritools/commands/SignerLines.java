package com.tari.tps.taritools.commands;

import com.tari.tps.common.address.Network;
import com.tari.tps.common.address.TariAddress;
import java.io.PrintWriter;

/**
 * The lines memo, payment and confirm print about the signing wallet. The Rust tool also echoed the secret key
 * here; it is left out, since the caller already has it and terminals and CI logs keep what is printed.
 */
final class SignerLines {
    private SignerLines() {}

    static void print(PrintWriter out, TariAddress address, Network network) {
        out.println("Wallet address: " + address.toBase58());
        out.println("Public key    : " + address.spendKey().toHex());
        out.println("emoji id      : " + address.toEmoji());
        out.println("Network       : " + network);
    }
}
