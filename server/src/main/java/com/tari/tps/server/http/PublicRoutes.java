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
    private final HealthCheck health;

    PublicRoutes(ClaimService claims, WalletService wallets, HealthCheck health) {
        this.claims = claims;
        this.wallets = wallets;
        this.health = health;
    }

    void install(Javalin app) {
        app.get("/health", health::answer, Access.PUBLIC);
        app.post("/order/claim", ctx -> ctx.json(claims.claim(ctx.bodyAsClass(MemoSignature.class))), Access.PUBLIC);
        app.get("/wallet/send_to", ctx -> ctx.json(wallets.list().stream().map(WalletInfo::address).toList()), Access.PUBLIC);
    }
}
