package com.tari.tps.taritools.commands;

import com.tari.tps.common.address.AddressFormatException;
import com.tari.tps.common.address.TariAddress;
import com.tari.tps.common.amount.MicroTari;
import com.tari.tps.common.keys.SecretKey;
import com.tari.tps.common.signatures.NewPayment;
import com.tari.tps.common.signatures.WalletSignature;
import com.tari.tps.taritools.AmountConverter;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Test helper: prints a payment notification signed by a hot wallet. Sends nothing. */
@Command(name = "payment", mixinStandardHelpOptions = true,
        description = "Print a signed payment notification (as a hot wallet would send it). Sends nothing.")
public final class PaymentCommand implements Runnable {
    @Mixin
    KeyOptions keys;

    @Option(names = {"-c", "--nonce"}, defaultValue = "1", description = "Wallet nonce. Default: ${DEFAULT-VALUE}")
    long nonce;

    @Option(names = {"-a", "--amount"}, defaultValue = "250T", converter = AmountConverter.class,
            description = "Amount with its unit: 1.5T (Tari) or 250000uT (microTari); a bare number is refused. Default: ${DEFAULT-VALUE}")
    MicroTari amount;

    @Option(names = {"-t", "--txid"}, defaultValue = "payment001", description = "Transaction id. Default: ${DEFAULT-VALUE}")
    String txid;

    @Option(names = {"-m", "--memo"}, description = "Payment memo.")
    String memo;

    @Option(names = {"-o", "--order"}, description = "Order id.")
    String orderId;

    @Option(names = {"-x", "--sender"}, required = true, description = "Address that sent the payment (base58, emoji or hex).")
    String sender;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        CommandLine cli = spec.commandLine();
        SecretKey key = keys.secretKey(cli);
        TariAddress wallet = keys.address(key);
        NewPayment payment = new NewPayment(senderAddress(cli), amount, txid, memo, orderId);
        WalletSignature auth = WalletSignature.create(wallet, nonce, payment, key);
        PrintWriter out = cli.getOut();
        Frame.open(out, "Wallet Auth");
        SignerLines.print(out, wallet, keys.network());
        out.println("Nonce: " + nonce);
        out.println("auth: " + auth.toJson());
        out.println("payment: " + payment.canonicalJson());
        Frame.close(out);
    }

    private TariAddress senderAddress(CommandLine cli) {
        try {
            return TariAddress.parse(sender);
        } catch (AddressFormatException e) {
            throw new CommandLine.ParameterException(cli, "Invalid sender address: " + e.getMessage());
        }
    }
}
