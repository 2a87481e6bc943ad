package com.tari.tps.server.http;

import com.tari.tps.common.jwt.Role;
import io.javalin.security.RouteRole;
import java.util.Optional;

/**
 * Who may call a route, declared where the route is registered; one check ({@link AccessGuard#check}) enforces it.
 * Every route must declare exactly one: the server refuses to start with a route that declares none.
 */
public enum Access implements RouteRole {
    /** Anyone: health, claims, checkout pages, payment links. */
    PUBLIC(null),
    /** Anyone, authenticated by a hot wallet's signature in the body (checked by the route). */
    WALLET_SIGNED(null),
    /** Anyone, authenticated by Shopify's HMAC and the IP whitelist (checked by the route's guard). */
    SHOPIFY_SIGNED(null),
    /** A valid access token of any address (its own data). */
    USER(Role.USER),
    READ_ALL(Role.READ_ALL),
    WRITE(Role.WRITE),
    SUPER_ADMIN(Role.SUPER_ADMIN);

    private final Role role;

    Access(Role role) {
        this.role = role;
    }

    /** The token role this access needs; empty for routes that take no access token. */
    public Optional<Role> role() {
        return Optional.ofNullable(role);
    }
}
