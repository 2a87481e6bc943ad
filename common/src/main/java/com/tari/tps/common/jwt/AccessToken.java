package com.tari.tps.common.jwt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tari.tps.common.address.TariAddress;
import com.tari.tps.common.address.TariAddressSerdeJson;
import com.tari.tps.common.keys.PublicKey;
import com.tari.tps.common.keys.SecretKey;
import com.tari.tps.common.signatures.CanonicalJson;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The server-signed token that grants roles: claims {@code {exp, iat, address, roles}} in that order,
 * signed with the server key. Valid while {@code now <= exp} (no leeway).
 */
public record AccessToken(TariAddress address, List<Role> roles, Instant issuedAt, Instant expiresAt) {
    public static final Duration DEFAULT_LIFETIME = Duration.ofHours(24);
    private static final ObjectMapper JSON = new ObjectMapper();

    public AccessToken {
        roles = List.copyOf(roles);
    }

    public static AccessToken grant(TariAddress address, List<Role> roles, Clock clock, Duration lifetime) {
        Instant now = Instant.ofEpochSecond(clock.instant().getEpochSecond());
        return new AccessToken(address, roles, now, now.plus(lifetime));
    }

    /** True when the token carries the role, or super_admin. */
    public boolean allows(Role role) {
        return roles.contains(role) || roles.contains(Role.SUPER_ADMIN);
    }

    public String claimsJson() {
        return CanonicalJson.object()
                .field("exp", expiresAt.getEpochSecond())
                .field("iat", issuedAt.getEpochSecond())
                .rawField("address", TariAddressSerdeJson.toJson(address))
                .rawField("roles", CanonicalJson.stringArray(roles.stream().map(Role::wireName).toList()))
                .build();
    }

    public String sign(SecretKey serverKey) {
        return CompactJwt.sign(claimsJson(), serverKey);
    }

    /**
     * @throws TokenFormatException (400) for a malformed token
     * @throws TokenRejectedException (401) for a bad signature, unreadable claims, no exp, or now after exp
     */
    public static AccessToken verify(String token, PublicKey serverKey, Clock clock) {
        CompactJwt jwt = CompactJwt.parse(token);
        jwt.verify(serverKey);
        AccessToken claims = readClaims(jwt.unverifiedClaims());
        if (clock.instant().getEpochSecond() > claims.expiresAt.getEpochSecond()) {
            throw new TokenRejectedException("token has expired");
        }
        return claims;
    }

    private static AccessToken readClaims(byte[] json) {
        try {
            JsonNode node = JSON.readTree(json);
            if (node == null || !node.isObject()) {
                throw new TokenRejectedException("claims are not a JSON object");
            }
            JsonNode exp = node.get("exp");
            if (exp == null || !exp.isIntegralNumber()) {
                throw new TokenRejectedException("token has no expiry (exp) claim");
            }
            JsonNode iat = node.get("iat");
            TariAddress address = TariAddressSerdeJson.fromNode(node.get("address"));
            JsonNode rolesNode = node.get("roles");
            if (rolesNode == null || !rolesNode.isArray()) {
                throw new TokenRejectedException("claims need a roles array");
            }
            List<Role> roles = new ArrayList<>();
            for (JsonNode r : rolesNode) {
                roles.add(Role.fromWire(r.asText()));
            }
            Instant issued = iat != null && iat.isIntegralNumber() ? Instant.ofEpochSecond(iat.asLong()) : Instant.EPOCH;
            return new AccessToken(address, roles, issued, Instant.ofEpochSecond(exp.asLong()));
        } catch (IOException e) {
            throw new TokenRejectedException("claims are not valid JSON");
        } catch (TokenRejectedException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new TokenRejectedException(e.getMessage());
        }
    }
}
