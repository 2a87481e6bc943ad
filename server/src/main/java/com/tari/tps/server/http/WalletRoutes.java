package com.tari.tps.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tari.tps.common.signatures.ConfirmationNotification;
import com.tari.tps.common.signatures.PaymentNotification;
import com.tari.tps.common.signatures.WalletSignature;
import com.tari.tps.server.tx.EngineException;
import com.tari.tps.server.payments.PaymentService;
import com.tari.tps.server.wallets.WalletService;
import io.javalin.Javalin;
import io.javalin.http.Context;

/**
 * Hot-wallet notifications (server_api.md §4). Signature, registration, nonce and IP are checked before anything is
 * stored; every authentication failure gets the same 401 so a caller cannot tell which check failed.
 */
final class WalletRoutes {
    private static final String REJECTED = "Wallet notification rejected.";

    private final PaymentService payments;
    private final WalletService wallets;
    private final ClientIp clientIp;
    private final boolean checkIp;
    private final ObjectMapper json;

    WalletRoutes(PaymentService payments, WalletService wallets, ClientIp clientIp, boolean checkIp, ObjectMapper json) {
        this.payments = payments;
        this.wallets = wallets;
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
        authenticate(ctx, n.auth(), n.isValid());
        PaymentService.Received received = payments.received(n.payment());
        ctx.json(received.created()
                ? new JsonResponse(true, json.writeValueAsString(received.payment()))
                : new JsonResponse(true, "Payment already exists."));
    }

    private void confirmation(Context ctx) {
        ConfirmationNotification n = ctx.bodyAsClass(ConfirmationNotification.class);
        authenticate(ctx, n.auth(), n.isValid());
        String txid = n.confirmation().txid();
        try {
            PaymentService.Confirmed confirmed = payments.confirm(txid);
            ctx.json(confirmed.alreadyConfirmed()
                    ? new JsonResponse(true, "Payment already confirmed.")
                    : new JsonResponse(true, "Payment " + txid + " confirmed successfully."));
        } catch (EngineException.NotFound | EngineException.Refused e) {
            ctx.json(new JsonResponse(false, "Could not confirm payment."));
        }
    }

    private void authenticate(Context ctx, WalletSignature auth, boolean signatureValid) {
        String ip = clientIp.of(ctx).flatMap(IpLiteral::canonical).orElse(null);
        String wallet = auth == null || auth.address() == null ? "?" : auth.address().toBase58();
        if (!signatureValid) {
            throw new ApiError(401, REJECTED, "signature of wallet " + wallet + " does not verify");
        }
        if (checkIp && ip == null) {
            throw new ApiError(401, REJECTED, "no client IP to check against the whitelist of wallet " + wallet);
        }
        try {
            wallets.acceptNonce(auth.address(), auth.nonce(), ip, checkIp);
        } catch (EngineException.InvalidSignature | EngineException.StaleNonce e) {
            throw new ApiError(401, REJECTED, "wallet " + wallet + ": " + e.getMessage());
        }
    }

}
