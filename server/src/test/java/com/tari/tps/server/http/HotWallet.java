package com.tari.tps.server.http;

import com.tari.tps.common.address.TariAddress;
import com.tari.tps.common.amount.MicroTari;
import com.tari.tps.common.signatures.ConfirmationNotification;
import com.tari.tps.common.signatures.NewPayment;
import com.tari.tps.common.signatures.PaymentNotification;
import com.tari.tps.common.signatures.TransactionConfirmation;
import com.tari.tps.common.signatures.WalletSignature;
import com.tari.tps.server.engine.EngineFixture.Wallet;
import java.util.concurrent.atomic.AtomicLong;

/** A test's hot wallet: signs payment and confirmation notices with nonces that keep increasing. */
final class HotWallet {
    private final Wallet wallet = Wallet.random();
    private final AtomicLong nonce = new AtomicLong(1);

    TariAddress address() {
        return wallet.address();
    }

    /** Its keys, for a test that signs something wrong with them on purpose. */
    Wallet wallet() {
        return wallet;
    }

    /** The body of {@code POST /wallet/incoming_payment} for a payment naming no order. */
    String payment(TariAddress payer, String txid, long microTari) {
        return payment(new NewPayment(payer, MicroTari.of(microTari), txid, null, null));
    }

    /** The body of {@code POST /wallet/incoming_payment} for any payment (with a memo, naming an order...). */
    String payment(NewPayment p) {
        return new PaymentNotification(p, WalletSignature.create(wallet.address(), nonce.getAndIncrement(), p, wallet.key())).toJson();
    }

    /** The body of {@code POST /wallet/tx_confirmation}. */
    String confirmation(String txid) {
        TransactionConfirmation c = new TransactionConfirmation(txid);
        return new ConfirmationNotification(c, WalletSignature.create(wallet.address(), nonce.getAndIncrement(), c, wallet.key())).toJson();
    }
}
