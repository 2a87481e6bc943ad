package com.tari.tps.server.payments.processing;

import com.tari.tps.common.address.TariAddress;
import com.tari.tps.common.signatures.NewPayment;
import com.tari.tps.server.tx.EngineException;
import com.tari.tps.server.tx.TransactionRunner;
import com.tari.tps.server.wallets.WalletService;
import java.util.Optional;

/**
 * A hot wallet's signed notice and what it reports, in one transaction: the notice's nonce is used up only if the
 * notice is processed, so a notice that fails on the server's side (an error, a lost connection to the database) can
 * be sent again as it was, signature and all.
 */
public final class WalletNotices {
    private final TransactionRunner runner;
    private final WalletService wallets;
    private final PaymentService payments;

    public WalletNotices(TransactionRunner runner, WalletService wallets, PaymentService payments) {
        this.runner = runner;
        this.wallets = wallets;
        this.payments = payments;
    }

    /** Who sent a notice, as the signature says: the wallet, its nonce, and the IP it came from. */
    public record Sender(TariAddress wallet, long nonce, String ip, boolean checkIp) {}

    /**
     * @throws EngineException.InvalidSignature when the wallet is not registered or the IP does not match
     * @throws EngineException.StaleNonce when the nonce does not increase
     */
    public PaymentService.Received payment(Sender sender, NewPayment payment) {
        return runner.write(tx -> {
            wallets.acceptNonce(sender.wallet(), sender.nonce(), sender.ip(), sender.checkIp());
            return payments.received(payment);
        });
    }

    /**
     * Empty when there is no such payment or it cannot be confirmed; the notice's nonce is used up all the same (the
     * notice was processed, and its answer says so).
     */
    public Optional<PaymentService.Confirmed> confirmation(Sender sender, String txid) {
        return runner.write(tx -> {
            wallets.acceptNonce(sender.wallet(), sender.nonce(), sender.ip(), sender.checkIp());
            try {
                return Optional.of(payments.confirm(txid));
            } catch (EngineException.NotFound | EngineException.Refused e) {
                return Optional.empty();
            }
        });
    }
}
