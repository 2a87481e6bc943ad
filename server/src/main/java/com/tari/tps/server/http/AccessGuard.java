package com.tari.tps.server.http;

import com.tari.tps.common.jwt.AccessToken;
import com.tari.tps.common.jwt.Role;
import com.tari.tps.common.jwt.TokenFormatException;
import com.tari.tps.common.jwt.TokenRejectedException;
import com.tari.tps.common.keys.PublicKey;
import io.javalin.http.Context;
import java.time.Clock;

/** Reads and checks the access token of an /api request (server_api.md §2.3). */
final class AccessGuard {
    private static final String TOKEN = "tps.access-token";

    private final PublicKey serverKey;
    private final Clock clock;

    AccessGuard(PublicKey serverKey, Clock clock) {
        this.serverKey = serverKey;
        this.clock = clock;
    }

    /** Header {@code tpg_access_token}, else the cookie of that name; missing, malformed, expired or forged → 401. */
    void authenticate(Context ctx) {
        String token = ctx.header("tpg_access_token");
        if (token == null) {
            token = ctx.cookie("tpg_access_token");
        }
        if (token == null || token.isBlank()) {
            throw new ApiError(401, "An access token is required (header tpg_access_token).");
        }
        try {
            ctx.attribute(TOKEN, AccessToken.verify(token, serverKey, clock));
        } catch (TokenFormatException | TokenRejectedException e) {
            throw new ApiError(401, "Access token is invalid: " + e.getMessage());
        }
    }

    static AccessToken token(Context ctx) {
        AccessToken token = ctx.attribute(TOKEN);
        if (token == null) {
            throw new ApiError(401, "An access token is required (header tpg_access_token).");
        }
        return token;
    }

    /** 403 unless the token carries every role (super_admin carries all). */
    static AccessToken require(Context ctx, Role... roles) {
        AccessToken token = token(ctx);
        for (Role role : roles) {
            if (!token.allows(role)) {
                throw new ApiError(403, "Insufficient permissions: this needs the " + role.wireName() + " role.");
            }
        }
        return token;
    }
}
