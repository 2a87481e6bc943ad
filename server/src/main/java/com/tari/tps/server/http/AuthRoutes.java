package com.tari.tps.server.http;

import com.tari.tps.common.jwt.AccessToken;
import com.tari.tps.common.jwt.LoginToken;
import com.tari.tps.common.jwt.Role;
import com.tari.tps.common.jwt.TokenFormatException;
import com.tari.tps.common.jwt.TokenRejectedException;
import com.tari.tps.server.access.AccessService;
import com.tari.tps.server.config.ServerKeys;
import com.tari.tps.server.tx.EngineException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

/** {@code POST /auth}: a signed login token in, an access token out. */
final class AuthRoutes {
    private final AccessService access;
    private final ServerKeys keys;
    private final Clock clock;
    private final Duration lifetime;

    AuthRoutes(AccessService access, ServerKeys keys, Clock clock, Duration lifetime) {
        this.access = access;
        this.keys = keys;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    void install(Javalin app) {
        app.post("/auth", this::login, Access.PUBLIC);
    }

    private void login(Context ctx) {
        String header = ctx.header("tpg_auth_token");
        if (header == null || header.isBlank() || !header.chars().allMatch(c -> c < 0x80)) {
            throw new ApiError(400, "Auth token signature invalid or not provided", "no usable login token header");
        }
        LoginToken login;
        try {
            login = LoginToken.verify(header);
        } catch (TokenFormatException e) {
            throw new ApiError(400, "Authentication Error. Login token is not in the correct format. " + e.getMessage());
        } catch (TokenRejectedException e) {
            throw new ApiError(401, "Authentication Error. Login token signature is invalid. " + e.getMessage(),
                    "login signature refused: " + e.getMessage());
        }
        // Every role asked for other than user must be assigned to the address itself: holding super_admin passes the
        // route checks, but does not make a token claim roles the address was never given. Roles are checked before
        // the nonce, so a refused login does not burn it.
        Set<Role> held = access.rolesOf(login.address());
        long notAllowed = login.desiredRoles().stream().distinct().filter(r -> r != Role.USER && !held.contains(r)).count();
        if (notAllowed > 0) {
            throw new ApiError(403, "Insufficient Permissions. User requested at least " + notAllowed + " roles that are not allowed",
                    "login for " + login.address().toBase58() + " asked for " + notAllowed + " role(s) it does not hold");
        }
        try {
            access.acceptLoginNonce(login.address(), login.nonce());
        } catch (EngineException.StaleNonce e) {
            throw new ApiError(401, "Authentication Error. Login token signature is invalid. Nonce is not strictly increasing.",
                    "login nonce " + login.nonce() + " for " + login.address().toBase58() + " is not above the last one");
        }
        String token = AccessToken.grant(login.address(), login.desiredRoles(), clock, lifetime).sign(keys.signingKey());
        ctx.contentType("application/json").result(token);
    }
}
