package com.tari.tps.taritools.wallet;

import com.fasterxml.jackson.databind.JsonNode;
import com.tari.tps.common.address.TariAddress;
import com.tari.tps.common.amount.MicroTari;
import com.tari.tps.common.keys.SecretKey;
import com.tari.tps.common.signatures.ConfirmationNotification;
import com.tari.tps.common.signatures.NewPayment;
import com.tari.tps.common.signatures.PaymentNotification;
import com.tari.tps.common.signatures.TransactionConfirmation;
import com.tari.tps.common.signatures.WalletSignature;
import com.tari.tps.taritools.AmountConverter;
import com.tari.tps.taritools.Main;
import com.tari.tps.taritools.ToolException;
import com.tari.tps.taritools.client.TpsClient;
import com.tari.tps.taritools.client.TpsException;
import com.tari.tps.taritools.profiles.Profile;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * What the hot wallet's notify script ({@code scripts/tps_notify.sh}) runs: signs a payment or a confirmation with
 * the profile's wallet key and posts it to the profile's server. The option names are the script's, exactly.
 */
@Command(name = "wallet", mixinStandardHelpOptions = true, description = "Tell the payment server about hot-wallet transactions.")
public final class WalletCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "received", mixinStandardHelpOptions = true, description = "Report a payment the hot wallet received.")
    void received(
            @Option(names = {"-p", "--profile"}, required = true, description = "Profile holding the hot-wallet key.") String profileName,
            @Option(names = {"-a", "--amount"}, required = true, converter = AmountConverter.class,
                    description = "Amount with its unit: \"12.500000 T\" as the console wallet writes it, 2.5T, or 2500000uT; a bare number is refused.")
            MicroTari amount,
            @Option(names = {"-t", "--txid"}, required = true, description = "Transaction id.") String txid,
            @Option(names = {"-m", "--memo"}, description = "The transaction message.") String memo,
            @Option(names = {"-s", "--sender"}, required = true, description = "Sender's address (any form).") String sender,
            @Option(names = "--payment_id", description = "The wallet's payment id, e.g. data(<hex>) or None.") String paymentId) {
        TariAddress from;
        try {
            from = TariAddress.parse(sender);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Wallet command failed: invalid --sender: " + e.getMessage());
        }
        boolean byName = Main.of(spec).environment().get("TPG_SHOPIFY_ORDER_ID_FIELD", "id").equalsIgnoreCase("name");
        NewPayment payment = new NewPayment(from, amount, txid, memo, PaymentId.orderId(paymentId, byName).orElse(null));
        Signer signer = signer(profileName);
        String body = new PaymentNotification(payment, WalletSignature.create(signer.profile.address(), nonce(), payment, signer.key)).toJson();
        report(signer, "wallet/incoming_payment", body);
    }

    @Command(name = "confirmed", mixinStandardHelpOptions = true, description = "Report that a received payment is confirmed.")
    void confirmed(
            @Option(names = {"-p", "--profile"}, required = true, description = "Profile holding the hot-wallet key.") String profileName,
            @Option(names = {"-t", "--txid"}, required = true, description = "Transaction id.") String txid) {
        TransactionConfirmation confirmation = new TransactionConfirmation(txid);
        Signer signer = signer(profileName);
        String body = new ConfirmationNotification(confirmation,
                WalletSignature.create(signer.profile.address(), nonce(), confirmation, signer.key)).toJson();
        report(signer, "wallet/tx_confirmation", body);
    }

    private record Signer(Profile profile, SecretKey key) {}

    private Signer signer(String name) {
        Main main = Main.of(spec);
        Profile profile = main.profiles().byName(name)
                .orElseThrow(() -> new ToolException("Wallet command failed: Profile \"" + name + "\" not found in " + main.profiles().file()));
        try {
            return new Signer(profile, profile.secret(main.environment()));
        } catch (IllegalStateException e) {
            throw new ToolException("Wallet command failed: " + e.getMessage());
        }
    }

    /** Wallet nonces are Unix milliseconds: strictly increasing per wallet, as the server requires. */
    private static long nonce() {
        return System.currentTimeMillis();
    }

    private void report(Signer signer, String path, String body) {
        try {
            JsonNode answer = new TpsClient(signer.profile.server()).call("POST", path, body, null);
            PrintWriter out = spec.commandLine().getOut();
            out.println(answer == null ? "OK" : answer.path("message").asText(answer.toString()));
            out.flush();
            if (answer != null && answer.has("success") && !answer.get("success").asBoolean()) {
                throw new ToolException("Wallet command failed: " + answer.path("message").asText());
            }
        } catch (TpsException e) {
            throw new ToolException("Wallet command failed: " + e.getMessage());
        }
    }
}
