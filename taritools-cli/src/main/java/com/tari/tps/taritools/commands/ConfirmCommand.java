package com.tari.tps.taritools.commands;

import com.tari.tps.common.address.TariAddress;
import com.tari.tps.common.keys.SecretKey;
import com.tari.tps.common.signatures.TransactionConfirmation;
import com.tari.tps.common.signatures.WalletSignature;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Test helper: prints a transaction confirmation signed by a hot wallet. Sends nothing. */
@Command(name = "confirm", mixinStandardHelpOptions = true,
        description = "Print a signed transaction confirmation (as a hot wallet would send it). Sends nothing.")
public final class ConfirmCommand implements Runnable {
    @Mixin
    KeyOptions keys;

    @Option(names = {"-c", "--nonce"}, defaultValue = "1", description = "Wallet nonce. Default: ${DEFAULT-VALUE}")
    long nonce;

    @Option(names = {"-t", "--txid"}, defaultValue = "payment001", description = "Transaction id. Default: ${DEFAULT-VALUE}")
    String txid;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        SecretKey key = keys.secretKey(spec.commandLine());
        TariAddress wallet = keys.address(key);
        TransactionConfirmation confirmation = new TransactionConfirmation(txid);
        WalletSignature auth = WalletSignature.create(wallet, nonce, confirmation, key);
        PrintWriter out = spec.commandLine().getOut();
        Frame.open(out, "Wallet Auth");
        SignerLines.print(out, wallet, keys.network());
        out.println("Nonce: " + nonce);
        out.println("auth: " + auth.toJson());
        out.println("confirmation: " + confirmation.canonicalJson());
        Frame.close(out);
    }
}
