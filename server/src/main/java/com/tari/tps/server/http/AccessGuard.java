package com.tari.tps.server.http;

import com.tari.tps.common.jwt.AccessToken;
import com.tari.tps.common.jwt.Role;
import com.tari.tps.common.jwt.TokenFormatException;
import com.tari.tps.common.jwt.TokenRejectedException;
import com.tari.tps.common.keys.PublicKey;
import io.javalin.http.Context;
import io.javalin.security.RouteRole;
import java.time.Clock;
import java.util.Set;

/**
 * The one access check: reads the access token of an /api request, then holds the token's roles against the
 * {@link Access} the matched route declared.
 */
final class AccessGuard {
    private static final String TOKEN = "tps.access-token";
    static final String NO_TOKEN = "An error occurred, no cookie containing a jwt was found in the request. "
            + "Please first authenticate with this application.";
    static final String BAD_TOKEN = "An error occurred, the provided jwt could not be processed.";

    private final PublicKey serverKey;
    private final Clock clock;

    AccessGuard(PublicKey serverKey, Clock clock) {
        this.serverKey = serverKey;
        this.clock = clock;
    }

    /**
     * Header {@code tpg_access_token}, else {@code Authorization: Bearer} (what scrapers such as Prometheus send), else
     * the cookie {@code tpg_access_token}; missing, malformed, expired or forged → 401.
     */
    void authenticate(Context ctx) {
        String token = ctx.header("tpg_access_token");
        if (token == null) {
            token = bearer(ctx.header("Authorization"));
        }
        if (token == null) {
            token = ctx.cookie("tpg_access_token");
        }
        if (token == null || token.isBlank()) {
            throw new ApiError(401, NO_TOKEN, "no access token");
        }
        try {
            ctx.attribute(TOKEN, AccessToken.verify(token, serverKey, clock));
        } catch (TokenFormatException | TokenRejectedException e) {
            throw new ApiError(401, BAD_TOKEN, "access token refused: " + e.getMessage());
        }
    }

    private static String bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return authorization.substring(7).trim();
    }

    /** Before a matched route: the route's declared access, against the token when it needs one (403 without the role). */
    void check(Context ctx) {
        Access access = declared(ctx.routeRoles(), ctx.endpointHandlerPath());
        if (access.role().isEmpty()) {
            return;
        }
        AccessToken token = ctx.attribute(TOKEN);
        if (token == null) {
            authenticate(ctx);
            token = ctx.attribute(TOKEN);
        }
        Role needed = access.role().get();
        if (needed != Role.USER && !token.allows(needed)) { // every valid token is a user's
            throw new ApiError(403, "Insufficient permissions.", "the token lacks the " + needed.wireName() + " role");
        }
    }

    /** The single Access of a route. */
    static Access declared(Set<RouteRole> roles, String path) {
        if (roles.size() != 1 || !(roles.iterator().next() instanceof Access access)) {
            throw new IllegalStateException("route " + path + " must declare exactly one Access, not " + roles);
        }
        return access;
    }

    static AccessToken token(Context ctx) {
        AccessToken token = ctx.attribute(TOKEN);
        if (token == null) {
            throw new ApiError(401, NO_TOKEN, "no access token");
        }
        return token;
    }
}
