package com.tari.tps.server.http;

import com.tari.tps.common.jwt.AccessToken;
import com.tari.tps.common.jwt.LoginToken;
import com.tari.tps.common.jwt.Role;
import com.tari.tps.common.jwt.TokenFormatException;
import com.tari.tps.common.jwt.TokenRejectedException;
import com.tari.tps.server.access.AccessService;
import com.tari.tps.server.config.ServerKeys;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

/** {@code POST /auth}: a signed login token in, an access token out (server_api.md §2.2). */
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
        app.post("/auth", this::login);
    }

    private void login(Context ctx) {
        String header = ctx.header("tpg_auth_token");
        if (header == null || header.isBlank() || !header.chars().allMatch(c -> c < 0x80)) {
            throw new ApiError(400, "Auth token signature invalid or not provided");
        }
        LoginToken login;
        try {
            login = LoginToken.verify(header);
        } catch (TokenFormatException e) {
            throw new ApiError(400, "Authentication Error. Login token is not in the correct format. " + e.getMessage());
        } catch (TokenRejectedException e) {
            throw new ApiError(401, "Authentication Error. Login token signature is invalid. " + e.getMessage());
        }
        // Roles first, so a refused role check does not burn the nonce.
        Set<Role> held = access.rolesOf(login.address());
        for (Role role : login.desiredRoles()) {
            if (role != Role.USER && !held.contains(role) && !held.contains(Role.SUPER_ADMIN)) {
                throw new ApiError(403, "Insufficient Permissions. The address does not hold the " + role.wireName() + " role.");
            }
        }
        access.acceptLoginNonce(login.address(), login.nonce());
        String token = AccessToken.grant(login.address(), login.desiredRoles(), clock, lifetime).sign(keys.signingKey());
        ctx.contentType("application/json").result(token);
    }
}
