package com.tari.tps.server.http;

import com.tari.tps.server.config.IpLiteral;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tari.tps.common.signatures.ConfirmationNotification;
import com.tari.tps.common.signatures.PaymentNotification;
import com.tari.tps.common.signatures.WalletSignature;
import com.tari.tps.server.payments.processing.PaymentService;
import com.tari.tps.server.payments.processing.WalletNotices;
import com.tari.tps.server.tx.EngineException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * Hot-wallet notifications. Signature, registration, nonce and IP are checked before anything is
 * stored (the nonce in the same transaction as the notice); every authentication failure gets the same 401 so a
 * caller cannot tell which check failed.
 */
final class WalletRoutes {
    private static final String REJECTED = "Wallet notification rejected.";

    private final WalletNotices notices;
    private final ClientIp clientIp;
    private final boolean checkIp;
    private final ObjectMapper json;

    WalletRoutes(WalletNotices notices, ClientIp clientIp, boolean checkIp, ObjectMapper json) {
        this.notices = notices;
        this.clientIp = clientIp;
        this.checkIp = checkIp;
        this.json = json;
    }

    void install(Javalin app) {
        app.post("/wallet/incoming_payment", this::incomingPayment, Access.WALLET_SIGNED);
        app.post("/wallet/tx_confirmation", this::confirmation, Access.WALLET_SIGNED);
    }

    private void incomingPayment(Context ctx) throws Exception {
        PaymentNotification n = ctx.bodyAsClass(PaymentNotification.class);
        WalletNotices.Sender sender = sender(ctx, n.auth(), n.isValid());
        PaymentService.Received received = rejectedAs401(sender, () -> notices.payment(sender, n.payment()));
        ctx.json(received.created()
                ? new JsonResponse(true, json.writeValueAsString(received.payment()))
                : new JsonResponse(true, "Payment already exists."));
    }

    private void confirmation(Context ctx) {
        ConfirmationNotification n = ctx.bodyAsClass(ConfirmationNotification.class);
        WalletNotices.Sender sender = sender(ctx, n.auth(), n.isValid());
        String txid = n.confirmation().txid();
        Optional<PaymentService.Confirmed> confirmed = rejectedAs401(sender, () -> notices.confirmation(sender, txid));
        ctx.json(confirmed.map(c -> c.alreadyConfirmed()
                        ? new JsonResponse(true, "Payment already confirmed.")
                        : new JsonResponse(true, "Payment " + txid + " confirmed successfully."))
                .orElse(new JsonResponse(false, "Could not confirm payment.")));
    }

    /** The notice's wallet, nonce and IP, once its signature verifies; the nonce itself is taken with the notice. */
    private WalletNotices.Sender sender(Context ctx, WalletSignature auth, boolean signatureValid) {
        String ip = clientIp.of(ctx).flatMap(IpLiteral::canonical).orElse(null);
        String wallet = auth == null || auth.address() == null ? "?" : auth.address().toBase58();
        if (!signatureValid) {
            throw new ApiError(401, REJECTED, "signature of wallet " + wallet + " does not verify");
        }
        if (checkIp && ip == null) {
            throw new ApiError(401, REJECTED, "no client IP to check against the whitelist of wallet " + wallet);
        }
        return new WalletNotices.Sender(auth.address(), auth.nonce(), ip, checkIp);
    }

    private static <R> R rejectedAs401(WalletNotices.Sender sender, java.util.function.Supplier<R> notice) {
        try {
            return notice.get();
        } catch (EngineException.InvalidSignature | EngineException.StaleNonce e) {
            throw new ApiError(401, REJECTED, "wallet " + sender.wallet().toBase58() + ": " + e.getMessage());
        }
    }

}
