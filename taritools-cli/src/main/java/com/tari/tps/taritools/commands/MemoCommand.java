package com.tari.tps.taritools.commands;

import com.tari.tps.common.address.TariAddress;
import com.tari.tps.common.keys.SecretKey;
import com.tari.tps.common.signatures.MemoSignature;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Prints a MemoSignature: the JSON a shopper posts to /order/claim or puts in the order note. */
@Command(name = "memo", mixinStandardHelpOptions = true,
        description = "Sign a claim on an order (MemoSignature JSON for /order/claim or the order note).")
public final class MemoCommand implements Runnable {
    @Mixin
    KeyOptions keys;

    @Option(names = {"-o", "--order"}, required = true, description = "The order id to claim.")
    String orderId;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        SecretKey key = keys.secretKey(spec.commandLine());
        TariAddress address = keys.address(key);
        MemoSignature memo = MemoSignature.create(address, orderId, key);
        PrintWriter out = spec.commandLine().getOut();
        Frame.open(out, "Memo Signature");
        SignerLines.print(out, address, keys.network());
        out.println("auth: " + memo.toJson());
        Frame.close(out);
    }
}
