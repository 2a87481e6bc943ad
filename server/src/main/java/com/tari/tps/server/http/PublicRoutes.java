package com.tari.tps.server.http;

import com.tari.tps.common.signatures.MemoSignature;
import com.tari.tps.server.claims.ClaimService;
import com.tari.tps.server.wallets.WalletInfo;
import com.tari.tps.server.wallets.WalletService;
import io.javalin.Javalin;

/** Routes without login: health, the shopper's claim, and where to pay. */
final class PublicRoutes {
    static final String HEALTH_BODY = "👍️\n";

    private final ClaimService claims;
    private final WalletService wallets;

    PublicRoutes(ClaimService claims, WalletService wallets) {
        this.claims = claims;
        this.wallets = wallets;
    }

    void install(Javalin app) {
        app.get("/health", ctx -> ctx.contentType("text/plain; charset=utf-8").result(HEALTH_BODY));
        app.post("/order/claim", ctx -> ctx.json(claims.claim(ctx.bodyAsClass(MemoSignature.class))));
        app.get("/wallet/send_to", ctx -> ctx.json(wallets.list().stream().map(WalletInfo::address).toList()));
    }
}
